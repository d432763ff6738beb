/// Sentences too long to read whole. The rules read at most `SentenceWords.maximumWords`
/// words of a sentence (their work grows with the square of its length); a longer one, a
/// table or text without full stops, is read where the question's words are densest, and
/// that part, marked "…" at its cut ends, is the sentence the answer shows and highlights in.
extension AnswerComposer {
  /// A retrieved sentence cut down to the window the rules can read.
  struct BoundedEvidence {
    var evidence: Evidence
    /// The whole sentence's word count, when it was cut.
    var wordsInWhole: Int?
  }

  func bounded(
    _ evidence: Evidence, terms: Set<String>, analyzer: inout TermAnalyzer
  ) -> BoundedEvidence {
    let sentence = evidence.sentence
    let length = sentence.utf8.count
    // Fewer bytes than the word limit is fewer words too: most sentences stop here.
    guard length > SentenceWords.maximumWords else { return BoundedEvidence(evidence: evidence) }
    let tokens = WordTokenizer.tokens(in: sentence)
    guard !tokens.isEmpty,
      tokens.count > SentenceWords.maximumWords || length > SentenceWords.maximumBytes
    else { return BoundedEvidence(evidence: evidence) }
    let width = min(SentenceWords.maximumWords, tokens.count)
    // The window of `width` words holding the most question terms, found in one pass.
    let hits = tokens.map { analyzer.term(for: $0.lowercased).map(terms.contains) == true }
    var inWindow = hits[0..<width].filter { $0 }.count
    var best = (start: 0, count: inWindow)
    for start in Range.positions(from: 1, upTo: tokens.count - width + 1, in: tokens.count) {
      inWindow += (hits[start + width - 1] ? 1 : 0) - (hits[start - 1] ? 1 : 0)
      if inWindow > best.count { best = (start, inWindow) }
    }
    // The leftmost such window has its hits at its end; centred on them, it holds the
    // words on either side, where the answer usually is.
    let inBest = Range.positions(from: best.start, upTo: best.start + width, in: tokens.count)
    let first = inBest.first { hits[$0] } ?? best.start
    let lastHit = inBest.last { hits[$0] } ?? first
    let start = max(0, min(tokens.count - width, (first + lastHit) / 2 - width / 2))
    // Then as many of its words as fit the byte limit, from the window's start.
    var last = start
    let startByte = tokens[start].utf8Range.lowerBound
    while last + 1 < start + width,
      tokens[last + 1].utf8Range.upperBound - startByte <= SentenceWords.maximumBytes - 8
    {
      last += 1
    }
    let endByte = tokens[last].utf8Range.upperBound
    let text = String(decoding: Array(sentence.utf8)[startByte..<endByte], as: UTF8.self)
    var shortened = evidence
    shortened.sentence =
      (start > 0 ? "… " : "") + text + (last + 1 < tokens.count ? " …" : "")
    shortened.highlight = nil
    return BoundedEvidence(evidence: shortened, wordsInWhole: tokens.count)
  }

  /// The notice an answer read from part of a sentence carries.
  static func longSentenceNotice(_ evidence: Evidence, wordsInWhole: Int) -> String {
    "sentence \(evidence.sentenceNumber) of \(evidence.article.id) has \(wordsInWhole) words; only the \(SentenceWords.maximumWords) around your question's words were read"
  }
}
