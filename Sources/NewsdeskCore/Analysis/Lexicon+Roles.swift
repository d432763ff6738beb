/// The nouns for people by their role and for organisations by their kind, and the verbs a
/// question asks what someone said or thought with. Each was once kept several times with
/// different contents (the coreference, the follow-up resolver and the question analyser
/// each had their own), so that a role one stage knew another missed ("the MP" had a role for
/// the follow-ups and none for the question's answer type).
extension Lexicon {
  /// Nouns for a person's role or office: "the minister" or "the chief executive" stands for
  /// the person named with it, "which senator" asks for a person, and a name set beside one
  /// ("The local MP, Gareth Holloway") is a person's. Listed even where WordNet files the
  /// noun as a person, since WordNet files some under a rarer sense first ("MP" is military
  /// police) and is not always installed.
  static let personRoles: Set<String> = organizationRoles.union([
    "minister", "official", "senator", "mayor", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "prosecutor", "judge", "general", "commander", "premier", "chancellor",
    "king", "queen", "pope", "diplomat", "mp", "mep", "msp",
  ])

  /// The roles an organisation has one of: "the chief executive" after a question about BP
  /// is BP's chief executive. A subset of `personRoles`: a judge or a witness is no firm's.
  static let organizationRoles: Set<String> = [
    "chief", "executive", "ceo", "cfo", "chairman", "chairwoman", "chair", "boss", "director",
    "manager", "president", "spokesman", "spokeswoman", "spokesperson", "owner", "founder",
    "head", "coach", "captain", "leader", "secretary", "governor",
  ]

  /// Nouns a question asks for a person with ("which politician", "who is the MP for …"):
  /// the roles, and nouns for people of any kind.
  static let personNouns: Set<String> = personRoles.union([
    "person", "man", "woman", "people", "politician", "journalist", "author", "player",
    "actor", "ruler", "emperor", "candidate", "critic", "ally", "rival",
  ])

  /// Nouns that in news copy stand for the group or firm just named: "the company said",
  /// "the gang", "bakery chain Lyle Bakeries". Not "the court" or "the government": those
  /// are other bodies than the one named.
  static let organizationNouns: Set<String> = [
    "gang", "group", "cartel", "militia", "network", "organization", "organisation", "agency",
    "company", "firm", "club", "bank", "team", "side", "business", "airline", "carrier",
    "retailer", "broadcaster", "lender", "insurer", "chain", "supermarket", "maker",
    "manufacturer", "operator", "giant", "party", "charity", "union",
  ]

  /// Nouns a question asks for an organisation with ("which ministry", "what newspaper"):
  /// the groups and firms above, and public bodies and institutions.
  static let organizationKindNouns: Set<String> = organizationNouns.union([
    "channel", "newspaper", "government", "ministry", "department", "university",
    "institution", "movement", "army", "force", "forces", "station", "outlet",
    "administration", "body", "court", "council", "committee",
  ])

  /// The verbs a question asks what someone said or thought with ("what did the chief
  /// executive say?", "what does she think?"): the reporting verbs in the forms a question
  /// and a sentence use, and "think", which asks for a view as "say" asks for words.
  static let statementVerbs: Set<String> = SpeechVerbs.questionForms.union(
    SpeechVerbs.surfaceForms
  ).union(["think", "thinks", "thought"])
}
