/// How surely each way of giving a role names what a person is: the weights live with the
/// answer rules (`AnswerWeights`), the reading of the parse in Analysis (`IdentityReader`).
extension IdentityReader.Kind {
  var strength: Double {
    switch self {
    case .title: AnswerWeights.identityTitleStrength.value
    case .apposition: AnswerWeights.identityAppositionStrength.value
    case .renamed: AnswerWeights.identityRenamedStrength.value
    case .copula: AnswerWeights.identityCopulaStrength.value
    case .affiliation: AnswerWeights.identityAffiliationStrength.value
    case .relativeClause: AnswerWeights.identityRelativeClauseStrength.value
    }
  }
}

extension IdentityReader {
  /// Every role `sentence` gives the name `name` (lower-cased words), the surest kinds first.
  func readings(of name: [String], in sentence: AnnotatedSentence) -> [Reading] {
    readings(of: name, in: sentence, strength: \.strength)
  }
}
