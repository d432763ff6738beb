/// Verbs that report speech ("said", "told", "warned"): their subject is the speaker and
/// their clausal complement, or a quote beside them, is what was said. The one list of them:
/// the surface rules, the question analyser and the parse all read it from here.
public enum SpeechVerbs {
  /// The verbs the surface rules read as reporting speech, by lemma. Kept to verbs that
  /// almost always report speech in news copy, since the surface rules cannot check that a
  /// clause or a quote goes with them.
  static let surfaceLemmas: [String] = [
    "say", "tell", "warn", "vow", "accuse", "add", "state", "announce", "insist", "claim",
    "declare", "explain", "argue", "note", "write", "ask", "reply", "urge", "promise",
    "predict", "admit", "deny", "confirm", "suggest", "stress", "pledge", "threaten",
  ]

  /// Verbs the parse reads as reporting speech when a quote or a clausal complement goes with
  /// them: the surface ones and more of WordNet's verbs of communication that news copy uses
  /// to attribute words ("conceded", "mocked", "told").
  public static let lemmas: Set<String> = Set(
    surfaceLemmas + [
      "acknowledge", "concede", "comment", "complain", "remark", "observe", "respond",
      "answer", "mock", "joke", "recall", "reveal", "assert", "maintain", "emphasise",
      "emphasize", "caution", "boast", "tweet", "quip", "counter", "protest", "plead",
      "recount", "allege", "contend", "reiterate", "indicate", "hint", "lament", "shout",
      "scream", "whisper", "exclaim",
      // Naming words, when a quote goes with them: "called the rise "a blow to every
      // family"", "described the deal as "a disaster"".
      "call", "describe", "brand", "dub", "label",
    ])

  /// Past and third-person forms whose spelling does not follow the rules below.
  private static let irregularForms: [String: [String]] = [
    "say": ["said", "says"], "tell": ["told", "tells"], "write": ["wrote", "writes"],
    "admit": ["admitted", "admits"],
  ]

  /// The forms a sentence writes a lemma in after its subject: past and third person.
  static func reportingForms(of lemma: String) -> [String] {
    if let irregular = irregularForms[lemma] { return irregular }
    let thirdPerson: String
    let past: String
    if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !"aeiou".contains(before) {
      thirdPerson = lemma.dropLast() + "ies"
      past = lemma.dropLast() + "ied"
    } else {
      thirdPerson = lemma.hasSuffix("s") || lemma.hasSuffix("sh") ? lemma + "es" : lemma + "s"
      past = lemma.hasSuffix("e") ? lemma + "d" : lemma + "ed"
    }
    return [past, thirdPerson]
  }

  /// The reporting forms of the surface verbs: "said", "says", "told", "warned" …
  static let surfaceForms: Set<String> = Set(surfaceLemmas.flatMap(reportingForms))

  /// The forms a question asks with after "did" or "has": the lemma and its past forms
  /// ("what did she say", "what has he written"), for the surface verbs that are seldom
  /// nouns ("what will the note become?" asks for no statement) and that a question does
  /// not use for other things ("what did Watt add to the engine?").
  static let questionForms: Set<String> = Set(
    surfaceLemmas.filter { !["note", "ask", "reply", "add"].contains($0) }.flatMap {
      [$0, reportingForms(of: $0)[0]]
    } + ["written"])

  /// Whether a lemma reports speech, as the parse reads it.
  public static func isSpeechVerb(lemma: String) -> Bool {
    lemmas.contains(lemma.lowercased())
  }
}
