/// Turns articles' sentences into forward postings on one loading worker: each sentence's
/// distinct terms with their counts, and its length in words.
///
/// Works on the body's UTF-8 bytes through `WordTokenizer.scanBytes` and a `WordTermTable`,
/// so the usual word costs a hash and a probe; only a word never met before is made into a
/// String, checked against the stop list and stemmed by `TermAnalyzer`, exactly as queries
/// are. Holds a stemmer, so each worker has its own.
struct SentenceAnalyzer {
  private var words = WordTermTable()
  private var analyzer: TermAnalyzer
  private let vocabulary: SharedVocabulary
  /// For each term, the last sentence (this worker's running number) that counted it and
  /// where its pair sits in the batch: counting needs no per-sentence dictionary.
  private var lastSentence: [Int32] = []
  private var pairSlot: [Int32] = []
  private var serial: Int32 = 0

  init(vocabulary: SharedVocabulary, lexicon: Lexicon) {
    self.vocabulary = vocabulary
    self.analyzer = TermAnalyzer(lexicon: lexicon)
  }

  /// Appends the article's sentences to `batch` and their lengths to `lengths`; returns the
  /// article's length in words.
  mutating func analyze(
    body: UnsafeBufferPointer<UInt8>, sentences: [SentenceLocation],
    into batch: inout ForwardPostings, lengths: inout [UInt16]
  ) -> UInt32 {
    var articleLength = 0
    for location in sentences {
      serial &+= 1
      let sentence = serial
      var length = 0
      let start = max(0, min(Int(location.start), body.count))
      let end = max(start, min(Int(location.end), body.count))
      WordTokenizer.scanBytes(UnsafeBufferPointer(rebasing: body[start..<end])) {
        word, hasNonASCII, _ in
        length += 1
        let entry = words.entry(for: word) ?? learn(word, hasNonASCII)
        guard case .term(let id) = entry else { return }
        let term = Int(id)
        if term >= lastSentence.count { makeRoom(for: term) }
        if lastSentence[term] != sentence {
          lastSentence[term] = sentence
          pairSlot[term] = Int32(batch.terms.count)
          batch.terms.append(id)
          batch.counts.append(1)
        } else {
          let slot = Int(pairSlot[term])
          if batch.counts[slot] < UInt8.max { batch.counts[slot] += 1 }
        }
      }
      batch.sentenceEnds.append(UInt32(batch.terms.count))
      lengths.append(UInt16(clamping: length))
      articleLength += length
    }
    return UInt32(clamping: articleLength)
  }

  /// The first meeting with a word: the same path a query's words take.
  private mutating func learn(
    _ word: UnsafeBufferPointer<UInt8>, _ hasNonASCII: Bool
  ) -> WordTermTable.Entry {
    var string = String(decoding: word, as: UTF8.self)
    if hasNonASCII { string = string.lowercased() }
    let entry: WordTermTable.Entry =
      analyzer.term(for: string).map { .term(vocabulary.id(of: $0)) } ?? .stopWord
    words.store(entry, for: word)
    return entry
  }

  private mutating func makeRoom(for term: Int) {
    let size = max(term + 1, lastSentence.count * 2, 1024)
    lastSentence += repeatElement(0, count: size - lastSentence.count)
    pairSlot += repeatElement(0, count: size - pairSlot.count)
  }
}
