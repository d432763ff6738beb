import Testing

@testable import NewsdeskCore

extension TestSupport {
  /// The lexicon the tests read with: the installed WordNet and syntax model, opened once for
  /// the whole run (as a session opens its own). Either may be missing
  /// (`WORDNET_DIR=/nonexistent swift test`): suites that rest on them say so with
  /// `.needsWordNet` or by checking `lexicon.annotator`.
  static let lexicon = Lexicon.installed()
}

// The stages as the tests build them: each over `TestSupport.lexicon`, so that a test reads
// like the stage's use and names no lexicon unless it is about one.

extension NewsdeskSession {
  init() { self.init(lexicon: TestSupport.lexicon) }
}

extension ArticleLibrary {
  init() { self.init(lexicon: TestSupport.lexicon) }
}

extension TermAnalyzer {
  init() { self.init(lexicon: TestSupport.lexicon) }
}

extension QuestionAnalyzer {
  init() { self.init(lexicon: TestSupport.lexicon) }
}

extension ShortAnswerExtractor {
  init(disabledRules: Set<String> = []) {
    self.init(lexicon: TestSupport.lexicon, disabledRules: disabledRules)
  }
}

extension ShortAnswerExtractor.QuestionContext {
  init(analysis: QuestionAnalysis, termWeights: [String: Double]) {
    self.init(analysis: analysis, termWeights: termWeights, lexicon: TestSupport.lexicon)
  }
}

extension AnswerComposer {
  init(options: Options = Options()) { self.init(lexicon: TestSupport.lexicon, options: options) }
}

extension FollowUpResolver {
  init() { self.init(lexicon: TestSupport.lexicon) }
}

extension ReferenceResolver {
  init() { self.init(lexicon: TestSupport.lexicon) }
}

extension ReportedSpeech {
  init() { self.init(lexicon: TestSupport.lexicon) }
}

extension PhraseChunker {
  init() { self.init(lexicon: TestSupport.lexicon) }
}

extension ExampleQuestionBuilder {
  init() { self.init(lexicon: TestSupport.lexicon) }
}

extension SpellingCorrector {
  init(index: SentenceIndex) { self.init(index: index, lexicon: TestSupport.lexicon) }
}

extension SentenceIndex {
  mutating func add(_ articles: [Article]) { add(articles, lexicon: TestSupport.lexicon) }
}

extension SentenceAnnotator {
  /// The annotator over the installed model and WordNet; nil without the model.
  static var standard: SentenceAnnotator? { TestSupport.lexicon.annotator }
}

extension SavedCorpus {
  static func open(path: String, corpusKey: UInt64) throws(SavedIndexFormat.Problem)
    -> SavedCorpus
  {
    try open(
      path: path, identity: SavedIndexFormat.identity(lexicon: TestSupport.lexicon),
      corpusKey: corpusKey)
  }
}

extension CorpusReader {
  init(vocabulary: SharedVocabulary) {
    self.init(vocabulary: vocabulary, lexicon: TestSupport.lexicon)
  }
}

extension SentenceAnalyzer {
  init(vocabulary: SharedVocabulary) {
    self.init(vocabulary: vocabulary, lexicon: TestSupport.lexicon)
  }
}

extension NameRecognizer {
  init() { self.init(lexicon: TestSupport.lexicon) }
}
