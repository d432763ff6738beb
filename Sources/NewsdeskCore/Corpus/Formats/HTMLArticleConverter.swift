import Foundation

/// Turns a saved news page into an article.
///
/// Title: `og:title`, else `<title>`, else the first `<h1>`. Date: `article:published_time`,
/// else the first `<time datetime>`, else `datePublished` in JSON-LD (the file name's date
/// is the loader's fallback). Source: the canonical link or `og:url`. Body: the `<article>`
/// holding the most text, else `<main>`, else the whole `<body>`, leaving out what is never
/// article text (scripts, styles, navigation, page header and footer, asides, forms) and
/// what is marked as page furniture (ARIA navigation/banner/dialog roles, hidden elements,
/// cookie and consent notices).
struct HTMLArticleConverter {
  /// Elements whose content is never article text.
  static let leftOut: Set<String> = [
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
    "svg", "iframe", "button", "select", "textarea", "object",
  ]
  /// ARIA roles of page furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
  ]
  /// Words in an element's id or class that mark a cookie or consent notice.
  static let noticeWords = ["cookie", "consent", "gdpr"]

  func convert(_ bytes: [UInt8], path: String) -> Result<ConvertedArticle, LoadWarning> {
    guard let document = MarkupDocument.html(bytes) else {
      return .failure(LoadWarning(path: path, reason: "not a readable HTML page"))
    }
    var state = State()
    document.walk { state.visit($0) }
    let title = [state.ogTitle, state.titleElement, state.firstH1]
      .compactMap { $0.map(\.trimmedTitle) }.first { !$0.isEmpty }
    var paragraphs = state.body()
    // The headline heading the story is its title, kept apart as a Markdown `# Heading` is.
    if let first = paragraphs.first, first == title || first == state.firstH1?.trimmedTitle {
      paragraphs.removeFirst()
    }
    let body = paragraphs.joined(separator: "\n\n")
    if body.isEmpty {
      return .failure(LoadWarning(path: path, reason: "no article text in this HTML page"))
    }
    let date =
      state.publishedTime.flatMap(Self.date(in:))
      ?? state.timeDatetime.flatMap(Self.date(in:))
      ?? state.jsonLD.lazy.compactMap(Self.datePublished(inJSON:)).first
    return .success(
      ConvertedArticle(
        title: title, date: date, source: state.canonical ?? state.ogURL, body: body,
        format: .html))
  }

  /// A calendar date from the start of an ISO 8601 date or date-time.
  static func date(in text: String) -> CalendarDate? {
    CalendarDate(iso: text.trimmingWhitespace().prefix(10))
  }

  /// The first `datePublished` anywhere in a JSON-LD block (objects, arrays, `@graph`).
  static func datePublished(inJSON text: String) -> CalendarDate? {
    guard
      let value = try? JSONSerialization.jsonObject(
        with: Data(text.utf8), options: [.fragmentsAllowed])
    else { return nil }
    var pending: [Any] = [value]
    while let next = pending.popLast() {
      if let object = next as? [String: Any] {
        if let published = object["datePublished"] as? String, let date = date(in: published) {
          return date
        }
        pending.append(contentsOf: object.values)
      } else if let array = next as? [Any] {
        pending.append(contentsOf: array.reversed())
      }
    }
    return nil
  }

  /// What the walk has seen so far.
  struct State {
    var ogTitle: String?
    var titleElement: String?
    var firstH1: String?
    var publishedTime: String?
    var timeDatetime: String?
    var canonical: String?
    var ogURL: String?
    var jsonLD: [String] = []

    /// Which text the walk is capturing besides the body blocks.
    enum Capture { case none, title, h1, jsonLD }
    var capture = Capture.none
    var captured = ""

    var blocks = TextBlocks()
    var articleCount = 0
    var articleDepth = 0
    var mainDepth = 0
    var textBlockDepth = 0

    mutating func visit(_ event: MarkupDocument.Event) -> MarkupDocument.Step {
      switch event {
      case .open(let element): return open(element)
      case .close(let name): close(name)
      case .text(let text):
        if capture != .none { captured += text }
        if capture != .jsonLD, capture != .title { addText(text) }
      }
      return .descend
    }

    private mutating func open(_ element: MarkupDocument.Element) -> MarkupDocument.Step {
      let name = element.name
      switch name {
      case "meta":
        readMeta(element)
        return .skip
      case "link":
        if element.attribute("rel")?.lowercased() == "canonical" {
          canonical = canonical ?? element.attribute("href")
        }
        return .skip
      case "title" where titleElement == nil && capture == .none:
        capture = .title
        return .descend
      case "script" where element.attribute("type")?.lowercased() == "application/ld+json":
        capture = .jsonLD
        return .descend
      case "time":
        if timeDatetime == nil, let value = element.attribute("datetime") { timeDatetime = value }
        // A timestamp standing alone is the page's dating, not a sentence of the story; one
        // inside a paragraph ("on <time>Thursday</time>") is part of its sentence.
        if textBlockDepth == 0 { return .skip }
      default: break
      }
      if HTMLArticleConverter.leftOut.contains(name) || Self.isFurniture(element) { return .skip }
      if name == "h1", firstH1 == nil, capture == .none {
        capture = .h1
        captured = ""
      }
      if Self.textBlocks.contains(name) { textBlockDepth += 1 }
      if TextBlocks.blockElements.contains(name) { blocks.breakParagraph() }
      if name == "article" {
        if articleDepth == 0 { articleCount += 1 }
        articleDepth += 1
      }
      if name == "main" { mainDepth += 1 }
      updateRegion()
      return .descend
    }

    private mutating func close(_ name: String) {
      switch (name, capture) {
      case ("title", .title):
        titleElement = captured
        capture = .none
        captured = ""
      case ("h1", .h1):
        firstH1 = captured
        capture = .none
        captured = ""
      case ("script", .jsonLD):
        jsonLD.append(captured)
        capture = .none
        captured = ""
      default: break
      }
      if TextBlocks.blockElements.contains(name) { blocks.breakParagraph() }
      if name == "article" { articleDepth = max(0, articleDepth - 1) }
      if name == "main" { mainDepth = max(0, mainDepth - 1) }
      updateRegion()
      if Self.textBlocks.contains(name) { textBlockDepth = max(0, textBlockDepth - 1) }
    }

    /// Elements that hold running text, so a `<time>` inside them belongs to a sentence.
    static let textBlocks: Set<String> = [
      "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dd", "dt",
      "figcaption", "caption", "pre",
    ]

    private mutating func readMeta(_ element: MarkupDocument.Element) {
      guard
        let key = (element.attribute("property") ?? element.attribute("name"))?.lowercased(),
        let content = element.attribute("content")
      else { return }
      switch key {
      case "og:title": ogTitle = ogTitle ?? content
      case "og:url": ogURL = ogURL ?? content
      case "article:published_time", "datepublished", "date":
        publishedTime = publishedTime ?? content
      default: break
      }
    }

    private static func isFurniture(_ element: MarkupDocument.Element) -> Bool {
      guard element.hasAttributes else { return false }
      if let role = element.attribute("role")?.lowercased(),
        HTMLArticleConverter.furnitureRoles.contains(role)
      {
        return true
      }
      if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" {
        return true
      }
      let marks = ((element.attribute("id") ?? "") + " " + (element.attribute("class") ?? ""))
        .lowercased()
      return HTMLArticleConverter.noticeWords.contains { marks.contains($0) }
    }

    private mutating func addText(_ text: String) { blocks.append(text) }

    /// Article and main boundaries are block boundaries, so the paragraph just ended.
    private mutating func updateRegion() {
      blocks.region = TextBlocks.Region(
        article: articleDepth > 0 ? articleCount : 0, inMain: mainDepth > 0)
    }

    /// The article with the most text, else the main content, else everything.
    mutating func body() -> [String] {
      blocks.breakParagraph()
      let paragraphs = blocks.paragraphs
      var articleSizes = [Int](repeating: 0, count: articleCount + 1)
      for paragraph in paragraphs where paragraph.region.article > 0 {
        articleSizes[paragraph.region.article] += paragraph.text.utf8.count
      }
      if let largest = articleSizes.indices.dropFirst().max(by: {
        articleSizes[$0] < articleSizes[$1]
      }), articleSizes[largest] > 0 {
        return paragraphs.filter { $0.region.article == largest }.map(\.text)
      }
      let main = paragraphs.filter(\.region.inMain).map(\.text)
      return main.isEmpty ? paragraphs.map(\.text) : main
    }
  }
}

extension String {
  /// A title as shown: one line, white space collapsed.
  var trimmedTitle: String {
    // ASCII titles (most) are split on ASCII white space without asking Unicode's tables,
    // which cost 4 % of loading HTML.
    if utf8.allSatisfy({ $0 < 0x80 }) {
      return utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
        .map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }
    return split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
