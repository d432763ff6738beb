/// Choosing the sentence for a date, number or amount question of its own (a follow-up reads
/// its story instead: `storyTypeAgreement`).
extension AnswerComposer {
  /// A sentence that gives a figure plainly of the strict kind asked in a clause of the act
  /// asked about counts for more. Such a question is answered by a figure of its kind told
  /// of its verb: "How much must she pay as a fine?" by "pay a $1,000 fine" further down the
  /// story, not by the lead that repeats the question's words ("pay a fine") with no sum in
  /// it. Both are required: a sentence preferred only for holding some date answered with
  /// the date of another event (why dates were long left out of `typeAgreement`), and a
  /// figure of a lesser kind ("15%" for "how much will it cost?") is no sum. A sentence
  /// with no candidate keeps `noCandidateFactor` alone.
  func strictKindAgreement(_ analysis: QuestionAnalysis, typeFit: Double?, tellsEvent: Bool)
    -> Double
  {
    guard options.story == nil, Self.strictTypes.contains(analysis.answerType), let typeFit,
      typeFit >= AnswerWeights.strictKindPlainFit.value,
      tellsEvent || questionVerbOnlyReports(analysis)
    else { return 1 }
    return AnswerWeights.strictKindSentenceBoost.value
  }

  /// Whether the question's verb only tells how the news was given ("how much profit did BP
  /// report?", "… announce?"): WordNet files its commonest sense under the verbs of
  /// communicating or expressing. The figure is then told of the thing asked about (the
  /// profit), whatever verb the sentence reports it with ("announced a rise to $16.2bn").
  func questionVerbOnlyReports(_ analysis: QuestionAnalysis) -> Bool {
    guard let wordNet = lexicon.wordNet else { return false }
    // As `continuesEvent` reads the verb: the analysis finds none after "how much", where
    // the question's words that are verbs first of all stand for it.
    let verbs = analysis.verb.map { [$0.lowercased()] } ?? verbLikeWords(of: analysis)
    return !verbs.isEmpty
      && verbs.allSatisfy { verb in
        guard let commonest = wordNet.senses(of: verb, pos: .verb, limit: 1).first else {
          return false
        }
        return wordNet.hypernymClosure(of: commonest.id).contains { synset in
          synset.words.contains { Self.communicationRoots.contains($0) }
        }
      }
  }

  /// The top verbs WordNet's verbs of reporting descend from (report → inform → communicate;
  /// say → state → express).
  static let communicationRoots: Set<String> = ["communicate", "express"]
}
