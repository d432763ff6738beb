/// "What happens to the working fluid?" → "the working fluid is recycled": the verb phrase
/// whose subject is the question's thing, surer the more of it stands before.
struct ActionOfAskedSubjectRule: AnswerRule {
  let name = "actionOfAskedSubject"
  let doc = "For \"what happens to X?\", a verb phrase whose subject is X."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    sentence.extractor.actionOfAskedSubject(
      candidate.span, sentence.words, context: sentence.context)
  }
}
