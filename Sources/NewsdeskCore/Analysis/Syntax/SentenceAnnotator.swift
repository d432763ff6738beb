/// Turns sentences into `AnnotatedSentence`s: tokenise, tag, parse, lemmatise. Each
/// sentence is annotated on first request and remembered (bounded), so stages that read the
/// same sentence share one annotation.
public struct SentenceAnnotator: Sendable {
  public let model: SyntaxModel
  public let lexicon: WordNet?
  private let lemmatizer: Lemmatizer
  private let memo = Memo<AnnotatedSentence>(capacity: 20_000)
  /// How each sentence's entities are read, when a stage first asks for them.
  let entityReader: EntityReader

  public init(model: SyntaxModel, lexicon: WordNet?, entities: EntityReader = .surface) {
    self.model = model
    self.lexicon = lexicon
    self.lemmatizer = Lemmatizer(lexicon: lexicon)
    self.entityReader = entities
  }

  /// The annotation of one sentence of running text.
  public func annotate(_ sentence: String) -> AnnotatedSentence {
    memo.value(for: sentence) {
      annotate(tokens: TreebankTokenizer.tokens(in: sentence), text: sentence)
    }
  }

  /// The annotation of `sentence` when one has been made and is still remembered, else nil:
  /// for a stage that reads what an annotation keeps but does not need the parse itself.
  func annotation(ifMade sentence: String) -> AnnotatedSentence? {
    memo.known(for: sentence)
  }

  /// The annotation of a sentence already cut into tokens (CoNLL-U input): the tokens are
  /// kept as given and the text is them joined by spaces.
  public func annotate(forms: [String]) -> AnnotatedSentence {
    var text = ""
    var tokens: [SyntaxToken] = []
    for form in forms {
      if !text.isEmpty { text += " " }
      let start = text.utf8.count
      text += form
      tokens.append(SyntaxToken(text: form, utf8Range: start..<text.utf8.count))
    }
    return annotate(tokens: tokens, text: text)
  }

  /// Every sentence of `text`, with offsets relative to each sentence.
  public func annotateSentences(in text: String) -> [AnnotatedSentence] {
    SentenceSplitter().sentences(text).map(annotate)
  }

  private func annotate(tokens: [SyntaxToken], text: String) -> AnnotatedSentence {
    let analysis = model.analyse(tokens.map(\.form), lexicon: lexicon)
    let annotated = tokens.indices.map { index in
      let coarse = analysis.coarseTags[index]
      let fine = analysis.fineTags[index]
      return AnnotatedSentence.Token(
        text: tokens[index].text, utf8Range: tokens[index].utf8Range,
        coarseTag: coarse, fineTag: fine,
        lemma: lemmatizer.lemma(of: tokens[index].form, coarseTag: coarse, fineTag: fine),
        head: analysis.heads[index] < 0 ? nil : analysis.heads[index],
        relation: analysis.relations[index])
    }
    // The parse's commonest misreadings of a name with its title, mended once for every reader.
    let titled = TitledNameRepair(lexicon: lexicon).repaired(annotated)
    // "Velmora's chief executive, Anders Holm, apologised …" read with the role as the root.
    let subjected = SubjectAsRootRepair().repaired(titled)
    // "scrapped its plan to buy X" read with "to buy" as the purpose of "scrapped".
    let completed = InfinitiveComplementRepair().repaired(subjected)
    // "by the Dutch brewer Van Rijn for £310m, the two companies said" with the name read as
    // a second subject of "said".
    let named = NameAfterNounRepair().repaired(completed)
    // "Judge Rowe and Judge Mott ruled …" read with two subjects rather than one
    // coordination.
    let mended = CoordinatedSubjectsRepair().repaired(named)
    return AnnotatedSentence(text: text, tokens: mended, entities: entityReader)
  }
}
