/// "Pernod's purchase of Glenmorangie", "the purchase of Glenmorangie by Pernod": a noun
/// that names the question's act, read as a predicate so that the question aligns with it as
/// with "Pernod bought Glenmorangie". The "of" phrase is the patient; the "by" phrase the
/// agent; the possessor is the agent beside an "of" phrase and the patient beside a "by"
/// phrase. A possessor alone ("the company's takeover") reads either way and is left out.
enum NominalPredicate {
  static func reading(of noun: Int, in sentence: AnnotatedSentence) -> Predicate? {
    let tokens = sentence.tokens
    guard tokens[noun].coarseTag == "NOUN" else { return nil }
    var possessor: Int?
    var ofPhrase: Int?
    var byPhrase: Int?
    var obliques: [Predicate.Oblique] = []
    for child in sentence.dependents[noun] {
      let relation = tokens[child].relation
      if relation == "nmod:poss" {
        possessor = child
        continue
      }
      guard relation.isRelation("nmod") else { continue }
      let preposition = sentence.dependents(of: child, "case")
        .filter { tokens[$0].fineTag != "POS" }
        .map { tokens[$0].text.lowercased() }.joined(separator: " ")
      switch preposition {
      case "of": ofPhrase = ofPhrase ?? child
      case "by": byPhrase = byPhrase ?? child
      case "": continue
      default: obliques.append(Predicate.Oblique(head: child, preposition: preposition))
      }
    }
    let agent = byPhrase ?? (ofPhrase != nil ? possessor : nil)
    let patient = ofPhrase ?? (byPhrase != nil ? possessor : nil)
    guard agent != nil || patient != nil else { return nil }
    return Predicate(
      head: noun, subject: agent, sharedSubject: nil, isPassive: false, object: patient,
      indirectObject: nil, obliques: obliques, clausalComplements: [], openComplements: [],
      auxiliaries: [], isNegated: false, copula: nil)
  }
}
