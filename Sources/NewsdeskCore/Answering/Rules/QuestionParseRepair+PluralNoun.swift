/// "Which judges ruled on the case?": the tagger reads the plural noun a wh-word determines as
/// a verb in the third person ("judges", "faces", "clubs"), makes it an auxiliary of the real
/// verb and the wh-word that verb's subject, so the question asks the wrong role (a passive
/// subject, the patient). Read the word back as the noun the wh-word determines and the
/// verb's subject.
extension QuestionParseRepair {
  /// Verbs whose third person before another verb is an auxiliary, not a misread noun
  /// ("what is happening?", "which has been sold?").
  private static let auxiliaryLemmas: Set<String> = ["be", "have", "do"]

  /// A wh-determiner opening the question (after a preposition, if any), then a word in
  /// "-s" tagged as a verb in the third person, then a verb: the word is the verb's subject,
  /// the wh-word its determiner.
  static func repairPluralNounReadAsVerb(
    _ tokens: inout [AnnotatedSentence.Token], in question: AnnotatedSentence
  ) -> Bool {
    let start = tokens.first?.coarseTag == "ADP" ? 1 : 0
    let wh = start
    let noun = wh + 1
    let verb = wh + 2
    guard verb < tokens.count,
      ["which", "what", "whose"].contains(tokens[wh].text.lowercased()),
      tokens[noun].fineTag == "VBZ", tokens[noun].text.lowercased().hasSuffix("s"),
      !auxiliaryLemmas.contains(tokens[noun].lemma.lowercased()),
      tokens[verb].coarseTag == "VERB", tokens[noun].head == verb
    else { return false }
    let passive = question.dependents(of: verb, "aux:pass").contains { $0 != noun }
    let form = tokens[noun].text.lowercased()
    tokens[noun].coarseTag = "NOUN"
    tokens[noun].fineTag = "NNS"
    tokens[noun].lemma = Lemmatizer.pluralRule(form)
    tokens[noun].relation = passive ? "nsubj:pass" : "nsubj"
    tokens[wh].head = noun
    tokens[wh].relation = "det"
    // "ruled" read as a participle after the supposed auxiliary: a past tense again.
    if !passive, tokens[verb].fineTag == "VBN" { tokens[verb].fineTag = "VBD" }
    return true
  }
}
