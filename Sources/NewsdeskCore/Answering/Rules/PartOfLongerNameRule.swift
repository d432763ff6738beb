/// "Two Capitals" of "the War of the Two Capitals", "Tibetan Affairs" of "the Bureau of
/// Buddhist and Tibetan Affairs": a name that is the tail or the head of a longer name
/// running on through small words is half an answer; the whole name is offered beside it
/// (`namePhraseSpans`). Leaving the rule out also leaves those whole names out.
struct PartOfLongerNameRule: AnswerRule {
  let name = "partOfLongerName"
  let doc = "A name that is only part of a longer name written with small words inside it."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard candidate.isName, candidate.mention == nil else { return 1 }
    let words = sentence.words.words
    let longer = sentence.namePhrases.filter { whole in
      whole.contains(candidate.span.lowerBound) && whole.contains(candidate.span.upperBound)
        && whole.count > candidate.span.count
        // The rest of the name is not the question's own words: "the Republic of China"
        // for "which republic?" still answers "China".
        && whole.contains { position in
          !candidate.span.contains(position) && words[position].isCapitalized
            && !sentence.repeats[position]
        }
    }
    return longer.isEmpty ? 1 : AnswerWeights.partOfLongerNameFactor.value
  }
}
