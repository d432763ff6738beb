/// "Police said gunmen attacked the convoy": who attacked is the subject of the reported
/// clause (gunmen), not the speaker who reports it.
struct ReportingSpeakerRule: AnswerRule {
  let name = "reportingSpeaker"
  let doc = "The speaker who reports the act asked about, rather than its agent."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let alignment = sentence.alignment, !alignment.speakers.isEmpty else { return 1 }
    let tokens = Set(alignment.parsed.tokens(of: candidate.span))
    guard alignment.speakers.contains(where: tokens.contains) else { return 1 }
    return AnswerWeights.reportingSpeakerFactor.value
  }
}
