import Foundation
import NewsdeskCore

/// What is loaded, seen from above: searches, entity lists and example questions.
extension Conversation {
  /// A line of names or keywords: the sentences that hold them, grouped by article.
  func search(_ query: String) {
    if session.library.articles.isEmpty {
      say("No articles are loaded. Use :load PATH to add some.", isError: true)
      return
    }
    let result = SentenceSearch().search(
      query, in: session.library, articles: session.focus.map { [$0] })
    if format == .json {
      Output.line(result.json.serialized())
      return
    }
    guard !result.groups.isEmpty else {
      say(
        "No sentence holds \(TerminalSafe(query).quoted). Ask a question (who, what, when …?) or try other words."
      )
      return
    }
    let width = renderer.width
    var lines = [renderer.style.dim("Sentences with \(renderer.safe(query)), best first:")]
    for group in result.groups {
      lines.append(
        renderer.style.bold(
          renderer.citation(article: group.article, number: group.articleNumber, sentence: nil)))
      for hit in group.hits {
        let number = "\(hit.sentenceNumber):"
        lines.append(
          TextStyle.wrap(
            String(repeating: " ", count: max(0, 4 - number.count)) + renderer.style.dim(number)
              + " " + renderer.highlighted(hit.sentence, ranges: hit.highlights),
            width: width, indent: "  ", hanging: "       "))
      }
    }
    if result.moreSentences > 0 {
      lines.append(
        renderer.style.dim(
          "… \(result.moreSentences) more sentence\(result.moreSentences == 1 ? "" : "s"); add a word to narrow, or ask a question."
        ))
    }
    say(lines.joined(separator: "\n"), paged: true)
  }

  /// `:people`, `:places`, `:orgs`: names in the loaded (or focused) articles, most
  /// articles first; a word filters them.
  mutating func entities(_ kind: EntityKind, filter: String) {
    let library = session.library
    guard !library.articles.isEmpty else {
      say("No articles are loaded. Use :load PATH to add some.", isError: true)
      return
    }
    let catalog: EntityCatalog
    if let cache = catalogCache, cache.key == cacheKey {
      catalog = cache.catalog
    } else {
      catalog = EntityCatalog(library: library, articles: session.focus.map { [$0] })
      catalogCache = (cacheKey, catalog)
    }
    let entries = catalog.list(kind, matching: filter)
    let noun = kind == .organizations ? "organisations" : kind.rawValue
    let scope = session.focus.map { "article \($0 + 1)" } ?? "the loaded articles"
    guard !entries.isEmpty else {
      say(
        filter.isEmpty
          ? "No \(noun) found in \(scope)."
          : "No \(noun) in \(scope) match \(TerminalSafe(filter).quoted).")
      return
    }
    var lines = [renderer.style.dim("\(entries.count) \(noun) in \(scope) (articles · name):")]
    for entry in entries {
      let count = String(entry.articles).leftPadded(to: 5)
      lines.append(
        "\(count)  \(renderer.safe(entry.name)) \(renderer.style.dim("[\(entry.firstMention.article + 1):\(entry.firstMention.sentence)]"))"
      )
    }
    say(lines.joined(separator: "\n"), paged: true)
  }

  /// "What can I ask?" and `:examples`.
  mutating func examples() {
    guard !session.library.articles.isEmpty else {
      say("No articles are loaded. Use :load PATH to add some.", isError: true)
      return
    }
    let examples = checkedExamples()
    guard !examples.isEmpty else {
      say(
        "No example checks out in these articles. Ask who, what, when, where or why about them, or type a name to search (see :people, :sources)."
      )
      return
    }
    var lines = [renderer.style.dim("Questions these articles answer (each checked):")]
    for example in examples {
      lines.append(
        "  \(renderer.safe(example.question)) \(renderer.style.dim("[\(example.articleNumber + 1):\(example.sentenceNumber)]"))"
      )
    }
    lines.append(renderer.style.dim("Or type a name to see the sentences that mention it."))
    say(lines.joined(separator: "\n"))
  }

  /// The examples for what is loaded now, made and checked once.
  mutating func checkedExamples() -> [ExampleQuestion] {
    settleFreshness()
    let key = cacheKey
    if let cache = exampleCache, cache.key == key { return cache.examples }
    let examples = session.library.articles.isEmpty ? [] : session.examples()
    exampleCache = (key, examples)
    return examples
  }
}

extension SearchResult {
  /// One object per search in `--format json`, the highlights as UTF-8 offsets.
  var json: JSONValue {
    .object([
      ("search", .string(query)),
      (
        "articles",
        .array(
          groups.map { group in
            .object([
              ("id", .string(group.article.id)),
              ("number", .integer(group.articleNumber + 1)),
              ("title", .string(group.article.title)),
              ("date", group.article.date.map { .string($0.iso) } ?? .null),
              ("path", .string(group.article.path)),
              (
                "sentences",
                .array(
                  group.hits.map { hit in
                    .object([
                      ("sentenceIndex", .integer(hit.sentenceNumber)),
                      ("sentence", .string(hit.sentence)),
                      ("score", .number(hit.score)),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }
}
