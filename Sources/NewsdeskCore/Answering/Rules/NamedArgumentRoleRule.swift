/// "What did Watt add to the engine?" over "The governor was adopted by James Watt": no
/// predicate of the sentence is the question's verb, but one has the argument the question
/// names in the same role (Watt, the agent); what stands in the asked role of that predicate
/// is likely the answer, worded with another verb.
struct NamedArgumentRoleRule: AnswerRule {
  let name = "roleBesideNamedArgument"
  let doc =
    "When the sentence words the act with another verb, the argument beside the named one in the asked role."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard !sentence.askedBesideNamedArgument.isEmpty, let parsed = sentence.parsed else {
      return 1
    }
    let tokens = parsed.tokens(of: candidate.span)
    guard sentence.askedBesideNamedArgument.contains(where: tokens.contains) else { return 1 }
    return AnswerWeights.roleBesideNamedArgumentBoost.value
  }
}

/// The facts the rule reads, found once per sentence.
enum NamedArgumentRole {
  /// The heads (with their conjuncts) of the arguments in the asked role of the sentence's
  /// predicates whose other core argument is one the question names by name: its agent
  /// for "what did Watt add?", its patient for "who bought Glenmorangie?". Empty when the
  /// question asks no core argument or names none.
  static func askedHeads(parsed: ParsedWords, frame: QuestionFrame, repeats: [Bool]) -> [Int] {
    guard let asked = frame.askedRole, let named = frame.namedCoreRole else { return [] }
    let sentence = parsed.sentence
    let tokens = sentence.tokens
    let repeatsQuestion = tokens.indices.map { parsed.words(of: $0).contains { repeats[$0] } }
    // Named by name: a common word the question shares ("the engine") says too little.
    func namesQuestionName(_ head: Int) -> Bool {
      parsed.phrase(of: head).contains {
        repeatsQuestion[$0] && tokens[$0].coarseTag == "PROPN"
      }
    }
    var heads: [Int] = []
    for predicate in sentence.predicates
    where tokens[predicate.head].coarseTag == "VERB" && predicate.copula == nil {
      let arguments = ArgumentRole.arguments(of: predicate, in: sentence)
      guard arguments.contains(where: { $0.role == named && namesQuestionName($0.head) }),
        let other = arguments.first(where: { $0.role == asked && !repeatsQuestion[$0.head] })
      else { continue }
      heads += parsed.coordinated(with: other.head)
    }
    return heads
  }
}
