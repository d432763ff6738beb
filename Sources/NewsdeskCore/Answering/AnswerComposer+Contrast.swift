/// The vetoes of a sentence that says otherwise than the question asks (`QuestionContrast`).
extension AnswerComposer {
  /// Reads the chosen sentence for the opposite of a question word, another figure or month
  /// where the question names one, and a negation it does not state; and the articles read for
  /// the question for a name written with a word swapped. Each finding kept as a veto holds the
  /// answer unsupported (the rules' figure at `unsupportedCeiling`, below
  /// `ConfidenceCalibration.ruleFloor`), so newsdesk declines and says why.
  func contrast(
    _ analysis: QuestionAnalysis, sentence: String, read: ArraySlice<Evidence>,
    library: ArticleLibrary
  ) -> QuestionContrast {
    // The articles are read again only for a question naming something in two words or more.
    let named = !QuestionContrast.names(in: SentenceWords(analysis.text), skippingFirst: true)
      .isEmpty
    return QuestionContrast(
      question: analysis.text, sentence: sentence, lexicon: lexicon.wordNet,
      texts: named ? articleSentences(read, library: library) : [])
  }

  /// Every sentence of the articles the retrieved sentences come from, each article once: where
  /// a name the question gives would be written if the articles wrote it.
  func articleSentences(_ read: ArraySlice<Evidence>, library: ArticleLibrary) -> [String] {
    var articles = Set<Int>()
    var sentences: [String] = []
    for evidence in read where articles.insert(evidence.articleNumber).inserted {
      let article = library.articles[evidence.articleNumber]
      sentences += article.sentences.indices.map(article.sentence)
    }
    return sentences
  }
}
