/// Lemmas from the tag and WordNet's morphology, with rules for what WordNet does not list
/// (names, new words) and for the treebank's clitics ("n't" → not, "'s" → be or 's).
public struct Lemmatizer: Sendable {
  let lexicon: WordNet?

  public init(lexicon: WordNet?) {
    self.lexicon = lexicon
  }

  public func lemma(of form: String, coarseTag: String, fineTag: String) -> String {
    let lower = TreebankTokenizer.treebankForm(form).lowercased()
    if let clitic = Self.clitics[lower] {
      if lower == "'s" { return coarseTag == "AUX" || coarseTag == "VERB" ? "be" : "'s" }
      if lower == "'d" { return fineTag == "MD" ? "would" : "have" }
      return clitic
    }
    switch coarseTag {
    case "PROPN":
      return form
    case "PRON":
      return lower == "i" ? "I" : Self.pronouns[lower] ?? lower
    case "VERB", "AUX":
      guard fineTag != "VB" && fineTag != "VBP" || Self.beForms[lower] != nil else {
        return lower == "ai" ? "be" : lower
      }
      if let be = Self.beForms[lower] { return be }
      return wordNetLemma(lower, .verb) ?? Self.verbRule(lower, fineTag: fineTag)
    case "NOUN":
      guard fineTag == "NNS" else { return lower }
      return wordNetLemma(lower, .noun) ?? Self.pluralRule(lower)
    case "ADJ":
      guard fineTag == "JJR" || fineTag == "JJS" else { return lower }
      return wordNetLemma(lower, .adjective) ?? lower
    default:
      return lower
    }
  }

  /// Called only for inflected tags (NNS, VBD, JJR …), so a base that differs from the word
  /// comes first: WordNet lists "troops" as a noun of its own, but NNS "troops" is troop.
  private func wordNetLemma(_ word: String, _ pos: WordNetPOS) -> String? {
    guard let lexicon else { return nil }
    let bases = lexicon.lemmas(word, pos: pos)
    guard let chosen = bases.first(where: { $0 != word }) ?? bases.first else { return nil }
    return chosen.replacingUnderscores()
  }

  static func verbRule(_ word: String, fineTag: String) -> String {
    switch fineTag {
    case "VBZ":
      if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
      if word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches") {
        return String(word.dropLast(2))
      }
      return word.hasSuffix("s") ? String(word.dropLast()) : word
    case "VBD", "VBN":
      if word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
      return word.hasSuffix("ed") && word.count > 4 ? String(word.dropLast(2)) : word
    case "VBG":
      return word.hasSuffix("ing") && word.count > 5 ? String(word.dropLast(3)) : word
    default:
      return word
    }
  }

  static func pluralRule(_ word: String) -> String {
    if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
    for ending in ["sses", "xes", "ches", "shes"] where word.hasSuffix(ending) {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 2 {
      return String(word.dropLast())
    }
    return word
  }

  private static let clitics: [String: String] = [
    "n't": "not", "'s": "'s", "'re": "be", "'m": "be", "'ve": "have", "'ll": "will", "'d": "would",
    "ca": "can", "wo": "will",
  ]

  private static let beForms: [String: String] = [
    "is": "be", "are": "be", "was": "be", "were": "be", "am": "be", "been": "be",
    "being": "be", "be": "be", "has": "have", "had": "have", "does": "do", "did": "do",
  ]

  private static let pronouns: [String: String] = [
    "me": "I", "my": "my", "us": "we", "him": "he", "them": "they",
  ]
}

extension String {
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? " " : $0 })
  }
}
