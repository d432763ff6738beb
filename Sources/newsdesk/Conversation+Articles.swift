import Foundation
import NewsdeskCore

/// Commands that show the articles themselves: `:sources`, `:show`, `:about`.
extension Conversation {
  /// One line per article: number, date, sentences, format, title; `filter` keeps those
  /// whose title, file name or date contains it.
  func sourcesText(filter: String) -> String {
    let articles = session.library.articles
    guard !articles.isEmpty else { return "No articles are loaded. Use :load PATH to add some." }
    let wanted = filter.lowercased()
    let width = renderer.width
    let lines = articles.enumerated().compactMap { number, article -> String? in
      let file = (article.path as NSString).lastPathComponent
      if !wanted.isEmpty,
        !(article.title.lowercased().contains(wanted) || file.lowercased().contains(wanted)
          || (article.date?.iso.contains(wanted) ?? false))
      {
        return nil
      }
      let date = article.date?.iso ?? "no date   "
      var title = renderer.safe(article.title)
      if renderer.sharedTitles.contains(article.title) { title += " (\(renderer.safe(file)))" }
      // The format, padded to the longest name ("JSON Lines"), so titles line up.
      let format =
        article.format.name + String(repeating: " ", count: max(0, 10 - article.format.name.count))
      if article.isSummary { title += renderer.style.dim(" (summary only)") }
      let line =
        "\(String(number + 1).leftPadded(to: 4)). \(date)  \(String(article.sentences.count).leftPadded(to: 4)) sentence\(article.sentences.count == 1 ? " " : "s")  \(format)  \(title)"
      // One line per article on a terminal: cut the title rather than wrap it.
      guard let width, line.count > width - 1 else { return line }
      return String(line.prefix(width - 2)) + "…"
    }
    guard !lines.isEmpty else {
      return "No article's title, file name or date contains \(TerminalSafe(filter).quoted)."
    }
    return lines.joined(separator: "\n")
  }

  /// The whole article, or at `N:M` sentence M with two sentences either side.
  func show(_ argument: String) {
    guard let reference = reference(argument, command: ":show") else { return }
    let article = session.library.articles[reference.article]
    var lines = [renderer.style.bold("[\(reference.article + 1)] \(renderer.safe(article.title))")]
    lines.append(
      renderer.style.dim(
        ([article.date?.iso ?? "no date", renderer.safe(article.path), article.format.name]
          + (article.isSummary ? ["summary only"] : [])
          + (article.source.map { [renderer.safe($0)] } ?? [])).joined(separator: " · ")))
    var shown = article.sentences.indices
    if let sentence = reference.sentence {
      shown = max(0, sentence - 3)..<min(article.sentences.count, sentence + 2)
      if shown.lowerBound > 0 { lines.append(renderer.style.dim("  …")) }
    }
    var paragraph: Int32 = -1
    let width = renderer.width
    for index in shown {
      if article.sentences[index].paragraph != paragraph {
        // Paragraphs apart in the whole article; the five lines around a sentence stay together.
        if reference.sentence == nil { lines.append("") }
        paragraph = article.sentences[index].paragraph
      }
      let isTarget = index + 1 == reference.sentence
      let text = TextStyle.wrap(
        "\(isTarget ? "›" : " ")\(String(index + 1).leftPadded(to: 3)). \(renderer.safe(article.sentence(index)))",
        width: width, indent: "", hanging: "      ")
      lines.append(isTarget ? renderer.style.bold(text) : text)
    }
    if reference.sentence != nil, shown.upperBound < article.sentences.count {
      lines.append(renderer.style.dim("  … :show \(reference.article + 1) for the whole article"))
    }
    say(lines.joined(separator: "\n"), paged: true)
  }

  /// `:about N`, or with no argument the focused article (the only one, if one is loaded).
  func about(_ argument: String) {
    let library = session.library
    guard !library.articles.isEmpty else {
      say("No articles are loaded. Use :load PATH to add some.", isError: true)
      return
    }
    var number = session.focus ?? (library.articles.count == 1 ? 0 : nil)
    if !argument.isEmpty {
      guard let reference = reference(argument, command: ":about") else { return }
      number = reference.article
    }
    guard let number else {
      say(
        "\(library.articles.count) articles are loaded: :about N tells what article N is about, :focus N makes it the one asked, :sources lists them."
      )
      return
    }
    say(aboutText(ArticleOverview(article: number, in: library)), paged: true)
  }

  func aboutText(_ overview: ArticleOverview) -> String {
    let width = renderer.width
    var lines = [
      renderer.style.bold(
        "[\(overview.articleNumber + 1)] \(renderer.safe(overview.article.title))"),
      renderer.style.dim(
        "\(overview.article.date?.iso ?? "no date") · \(overview.sentenceCount) sentences · \(renderer.safe(overview.article.path))"
      ),
    ]
    for fact in overview.lead {
      lines.append(
        TextStyle.wrap(
          "\(renderer.safe(fact.text)) \(renderer.style.dim("[\(overview.articleNumber + 1):\(fact.sentence)]"))",
          width: width, indent: "  "))
    }
    func factLine(_ label: String, _ facts: [ArticleOverview.Fact]) {
      guard !facts.isEmpty else { return }
      let listed = facts.map {
        "\(renderer.safe($0.text)) \(renderer.style.dim("[\(overview.articleNumber + 1):\($0.sentence)]"))"
      }
      lines.append(
        TextStyle.wrap(
          "\(label.padding(toLength: 6, withPad: " ", startingAt: 0)) \(listed.joined(separator: ", "))",
          width: width, indent: "  "))
    }
    factLine("Who", overview.who)
    factLine("Orgs", overview.organizations)
    factLine("Where", overview.places)
    factLine("When", overview.when)
    return lines.joined(separator: "\n")
  }
}
