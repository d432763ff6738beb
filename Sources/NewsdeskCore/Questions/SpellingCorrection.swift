/// Reads a misspelt question word as the word of the loaded articles it was meant to be:
/// "From whom did Genghis Khan learn seige warfare?" is asked as "… learn siege warfare?".
///
/// A word no loaded sentence contains finds nothing and, worse, counts against every answer
/// as a sign that the articles are about something else; a slip of one letter thus turned
/// an answerable question into an abstention. Only words that are plainly slips are read
/// again: words the index does not know, that the lexicon does not know either (so
/// "defence" or "Putin" over articles that never use them stay as asked, and keep their
/// abstention), and that are one edit away from a term the articles do use, with no
/// comparably common rival.
public struct SpellingCorrector: Sendable {
  /// One word read as another.
  public struct Correction: Sendable, Equatable {
    /// The word as typed.
    public var typed: String
    /// The word as read, written in the same case as typed.
    public var readAs: String
    /// Where the typed word sits in the question, as UTF-8 offsets.
    var utf8Range: Range<Int>
  }

  /// A question as read: its text with the corrections made, and the corrections.
  public struct Reading: Sendable, Equatable {
    public var text: String
    public var corrections: [Correction]
    /// Unknown words too long to correct (`QuestionLimits.maximumCorrectableLength`), read
    /// as typed.
    public var tooLong: [String] = []

    /// The one line that tells the user what was read differently, e.g.
    /// `read "seige" as "siege"`; nil when nothing was.
    public var notice: String? {
      // A word typed twice the same way is told once.
      var told = Set<String>()
      let lines = corrections.map { "\"\($0.typed)\" as \"\($0.readAs)\"" }.filter {
        told.insert($0).inserted
      }
      let read = lines.isEmpty ? nil : "read " + lines.joined(separator: ", ")
      let unchecked =
        tooLong.isEmpty
        ? nil
        : "did not check the spelling of "
          + tooLong.prefix(3).map { "\"\(QuestionLimits.shortened($0))\"" }.joined(
            separator: ", ")
          + ": words over \(QuestionLimits.maximumCorrectableLength) letters are read as typed"
      let parts = [read, unchecked].compactMap { $0 }
      return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
  }

  /// Shorter words have too many neighbours ("cart", "card", "care", "cast" …) for one edit
  /// to say which was meant.
  static let minimumLength = 4
  /// A candidate is taken only when it is at least this many times as frequent as the next
  /// one: between near-equals the choice would be a guess.
  static let dominance = 2

  let index: SentenceIndex
  let lexicon: Lexicon

  public init(index: SentenceIndex, lexicon: Lexicon) {
    self.index = index
    self.lexicon = lexicon
  }

  /// The analysis of the question as read, with a notice of what was read differently; the
  /// analysis itself when every term is known, which is cheap to find out and by far the
  /// commonest case.
  public func correcting(_ analysis: QuestionAnalysis, analyzer: QuestionAnalyzer)
    -> QuestionAnalysis
  {
    guard analysis.terms.contains(where: { index.sentenceFrequency(of: $0) == 0 }) else {
      return analysis
    }
    let reading = read(analysis.text)
    guard let notice = reading.notice else { return analysis }
    var corrected = analyzer.analyze(reading.text)
    // Joined to a notice the question already has ("Your question was cut …").
    let earlier = analysis.notice.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    corrected.notice = [earlier, notice].compactMap { $0 }.joined(separator: "; ")
    return corrected
  }

  /// The question with each misspelt word replaced by the word it was taken for.
  public func read(_ question: String) -> Reading {
    // Without a lexicon a misspelling cannot be told from a real word the articles lack.
    guard let wordNet = lexicon.wordNet, index.sentenceCount > 0 else {
      return Reading(text: question, corrections: [])
    }
    var analyzer = TermAnalyzer(lexicon: lexicon)
    var corrections: [Correction] = []
    var tooLong: [String] = []
    for (position, token) in WordTokenizer.tokens(in: question).enumerated() {
      let word = token.lowercased
      if token.utf8Range.count > QuestionLimits.maximumCorrectableLength,
        Self.isLowercaseLetters(word), let term = analyzer.term(for: word),
        index.sentenceFrequency(of: term) == 0
      {
        tooLong.append(word)
        continue
      }
      guard Self.isCorrectable(word), !Self.isContraction(token, in: question),
        let term = analyzer.term(for: word),
        index.sentenceFrequency(of: term) == 0, wordNet.partsOfSpeech(word).isEmpty,
        case let typed = Self.substring(of: question, utf8Range: token.utf8Range),
        let replacement = bestReplacement(
          // The first word is capitalised whether or not it is a name.
          for: word, asName: position > 0 && typed.first?.isUppercase == true,
          analyzer: &analyzer,
          lexicon: wordNet)
      else { continue }
      corrections.append(
        Correction(
          typed: typed, readAs: Self.matchingCase(replacement, of: typed),
          utf8Range: token.utf8Range))
    }
    var bytes = Array(question.utf8)
    for correction in corrections.reversed() {
      bytes.replaceSubrange(correction.utf8Range, with: Array(correction.readAs.utf8))
    }
    return Reading(
      text: String(decoding: bytes, as: UTF8.self), corrections: corrections, tooLong: tooLong)
  }

  /// Plain lower-case ASCII letters, long enough: numbers, codes ("G7") and accented names
  /// (whose folded spelling the composer already matches) are left as they are.
  static func isCorrectable(_ word: String) -> Bool {
    (minimumLength...QuestionLimits.maximumCorrectableLength).contains(word.utf8.count)
      && isLowercaseLetters(word)
  }

  static func isLowercaseLetters(_ word: String) -> Bool {
    word.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
  }

  /// Whether the word is the first half of a contraction ("wasn" of "wasn't"): the
  /// tokenizer splits the clitic off, and the half is no misspelling. Only "n't" leaves a
  /// half long enough to be corrected; a possessive ("Rubbio's") is a word like any other.
  static func isContraction(_ token: WordToken, in question: String) -> Bool {
    let rest = question.utf8.dropFirst(token.utf8Range.upperBound)
    return rest.starts(with: "'t".utf8) || rest.starts(with: "’t".utf8)
  }

  /// The word one edit away whose index term the loaded sentences use most, when no other
  /// term comes close. Edits are compared by their terms, stemmed as the index stems, so
  /// "survivial" → "survival" finds sentences saying "survive". A function word is a
  /// candidate too, commoner than any term: "Whree" is "Where", not "Three". `asName` says
  /// the word is capitalised inside the question.
  func bestReplacement(
    for word: String, asName: Bool, analyzer: inout TermAnalyzer, lexicon: WordNet
  ) -> String? {
    // Each candidate (an index term, or a function word as itself) with its frequency and
    // the edits that read as it, in edit order.
    var found: [String: (frequency: Int, spellings: [String])] = [:]
    SpellingEdits.forEachDistanceOne(from: word) { edit in
      guard let term = analyzer.term(for: edit) else {
        // A name is not a slip for a function word: "Shen" is no "then".
        if !asName, StopWords.contains(edit) {
          found[" " + edit] = (index.sentenceCount, [edit])
        }
        return
      }
      let frequency = found[term]?.frequency ?? index.sentenceFrequency(of: term)
      // The lexicon is asked last: most edits are no term at all.
      guard frequency > 0, asName || isPlausibleWord(edit, term: term, lexicon: lexicon) else {
        return
      }
      found[term, default: (frequency, [])].spellings.append(edit)
    }
    let ranked = found.values.sorted { $0.frequency > $1.frequency }
    guard let best = ranked.first else { return nil }
    if ranked.count > 1, ranked[1].frequency * Self.dominance > best.frequency { return nil }
    // Several spellings may share the term ("closd": "close", "closed"): show the one that
    // ends as the typed word ends, which keeps its inflection.
    return best.spellings.first { $0.last == word.last } ?? best.spellings[0]
  }

  /// Whether an edit of a common word reads as a word, not merely stems like one:
  /// "empirer" (from "emporer") stems to "empir" as "empire" does, but no one meant it. A
  /// word the lexicon lists passes, and so does one the stemmer leaves whole. Names are
  /// not held to this: the lexicon lacks most of them, and the stemmer cuts them as it
  /// pleases ("Genghis" → "genghi").
  func isPlausibleWord(_ edit: String, term: String, lexicon: WordNet) -> Bool {
    edit == term || !lexicon.partsOfSpeech(edit).isEmpty
  }

  /// `word` in the case `typed` was written in: "Bendigo" for "Bedigo", "NATO" for "NTAO".
  static func matchingCase(_ word: String, of typed: String) -> String {
    let letters = typed.filter(\.isLetter)
    if letters.count > 1, letters.allSatisfy(\.isUppercase) { return word.uppercased() }
    if typed.first?.isUppercase == true { return word.prefix(1).uppercased() + word.dropFirst() }
    return word
  }

  static func substring(of text: String, utf8Range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[utf8Range], as: UTF8.self)
  }
}
