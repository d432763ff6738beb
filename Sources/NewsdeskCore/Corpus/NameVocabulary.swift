/// The names that occur in the loaded articles, for Tab completion: capitalised words and
/// runs of them ("Noboa", "Daniel Noboa", "Tren de Aragua"), most frequent first.
public struct NameVocabulary: Sendable {
  public private(set) var names: [String] = []

  public init(library: ArticleLibrary, limit: Int = 200_000) {
    var counts: [String: Int] = [:]
    outer: for article in library.articles {
      for sentence in article.allSentences() {
        let words = SentenceWords(sentence)
        var run: [String] = []
        func flush() {
          defer { run.removeAll() }
          // Drop capitalised function words at the edges ("The", "In").
          while let first = run.first, StopWords.contains(first.lowercased()) { run.removeFirst() }
          while let last = run.last, StopWords.contains(last.lowercased()) { run.removeLast() }
          guard !run.isEmpty else { return }
          for word in run where word.count > 1 { counts[word, default: 0] += 1 }
          if run.count > 1 { counts[run.joined(separator: " "), default: 0] += 1 }
        }
        for (position, word) in words.words.enumerated() {
          let connects =
            !run.isEmpty && ShortAnswerExtractor.nameConnectors.contains(word.lower)
            && position + 1 < words.words.count && words.words[position + 1].isCapitalized
          if word.isCapitalized && !word.isNumber || connects {
            if !run.isEmpty, words.punctuation(before: position) == "," { flush() }
            run.append(word.surface)
          } else {
            flush()
          }
        }
        flush()
        if counts.count >= limit { break outer }
      }
    }
    names = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map(\.key)
  }

  /// Names that start with `prefix`, ignoring case, most frequent first.
  public func completions(of prefix: String) -> [String] {
    let lowered = prefix.lowercased()
    guard !lowered.isEmpty else { return [] }
    return names.filter { $0.lowercased().hasPrefix(lowered) }
  }
}
