/// Telling people, organisations and places apart by their names.
extension FollowUpResolver {
  static func kind(of written: String) -> Referent {
    var name = written
    for mark in ["'s", "’s"] where name.hasSuffix(mark) { name.removeLast(mark.count) }
    if PlaceGazetteer.isPlace(name) || PlaceGazetteer.country(forDemonym: name) != nil {
      return .place
    }
    if isOrganizationName(name) { return .organization }
    // "Iraqis", "Tories": people as a group.
    if name.hasSuffix("s"), !name.contains(" "),
      PlaceGazetteer.country(forDemonym: String(name.dropLast())) != nil
        || groupNames.contains(name.lowercased())
    {
      return .plural
    }
    return .person
  }

  /// The kind of a name in a question: as `kind(of:)`, and an organisation when what
  /// follows makes it one ("Wembley's chairman", "BP's shares").
  static func kind(
    ofNameAt span: ClosedRange<Int>, in words: SentenceWords, isQuestion: Bool = true
  ) -> Referent {
    let text = words.text(from: span.lowerBound, through: span.upperBound)
    let kind = kind(of: text)
    guard kind == .person else { return kind }
    let list = words.words
    let next = span.upperBound + 1
    if next + 1 < list.count, words.isPossessiveClitic(next),
      ownedByOrganizations.contains(list[next + 1].lower)
    {
      return .organization
    }
    // "said Wembley chairman Claes Hultman", "Leeds fans": a name used as a noun before what
    // only an organisation has is the firm or club, never a woman "she" may mean.
    // Only with a space between: "Hultman, chairman of the firm" is a person.
    if next < list.count, !list[next].isCapitalized, !words.isPossessiveClitic(next),
      list[next].utf8Range.lowerBound == list[span.upperBound].utf8Range.upperBound + 1,
      ownedByOrganizations.contains(list[next].lower)
    {
      return .organization
    }
    // "Where will Air China list its shares?": what "its" refers to in the question itself
    // is no person.
    let after = list[(span.upperBound + 1)...].map(\.lower)
    if isQuestion, after.contains("its"),
      !after.contains(where: { ["his", "her", "he", "she"].contains($0) })
    {
      return .organization
    }
    return kind
  }

  /// Whether a name is an organisation's: the project's organisation words, an acronym
  /// that is no place ("BP", "LSE"), a company or club suffix ("Carver Ltd", "Leeds United").
  static func isOrganizationName(_ name: String) -> Bool {
    if OrganizationCues.looksLikeOrganization(name) { return true }
    let words = name.split(separator: " ")
    if words.count == 1, let only = words.first, (2...5).contains(only.count),
      only.allSatisfy({ $0.isUppercase || $0.isNumber }), only.contains(where: \.isLetter)
    {
      return true
    }
    guard let last = words.last?.lowercased() else { return false }
    return words.count > 1 && organizationSuffixes.contains(last)
  }

  static let organizationSuffixes: Set<String> = [
    "ltd", "plc", "inc", "co", "corp", "llc", "sa", "ag", "gmbh", "united", "city", "rovers",
    "athletic", "wanderers", "albion", "fc", "motors", "airways", "airlines", "telecom",
    "systems", "labs", "media", "energy", "oil", "petroleum", "pharmaceuticals", "foods",
    "stores", "entertainment", "partners", "capital", "industries", "technologies", "homes",
    "investors", "properties", "developments", "estates", "construction", "logistics",
    "breweries", "bakeries", "retail", "international",
  ]

  /// What only an organisation has: "Wembley's chairman" makes Wembley a firm.
  static let ownedByOrganizations: Set<String> = [
    "chairman", "chairwoman", "shareholders", "shares", "board", "directors", "profits",
    "profit", "staff", "employees", "workers", "chief", "ceo", "stake", "headquarters",
    "manager", "players", "fans", "stadium", "sales", "revenue", "customers", "business",
  ]

  static let groupNames: Set<String> = [
    "tories", "democrats", "republicans", "conservatives", "liberals", "socialists",
  ]

  /// A title rather than a name: "Tory MP", "Trade Minister" (every word a common word,
  /// the last a role).
  func isTitle(_ text: String) -> Bool {
    let words = SentenceWords(text).words
    // WordNet lists people by surname ("Marsh" the painter): a capitalised word is a title
    // only when it is one of the titles themselves.
    guard let last = words.last, words.count <= 4,
      Lexicon.personRoles.contains(last.lower) || (!last.isCapitalized && isRoleNoun(last.lower))
    else { return false }
    return words.allSatisfy { !lexicon.partsOfSpeech($0.lower).isEmpty }
  }

  /// "March 2004", "£4m", "Sunday": an answer with a number, a month or a weekday names no
  /// one.
  static func isTimeOrFigure(_ text: String) -> Bool {
    SentenceWords(text).words.contains {
      $0.isNumber || Lexicon.months.contains($0.lower) || Lexicon.weekdays.contains($0.lower)
    }
  }

  /// A name, not a phrase: capitalised words (connectors aside).
  static func looksLikeName(_ text: String) -> Bool {
    let words = SentenceWords(text).words
    guard let first = words.first, first.isCapitalized else { return false }
    return words.allSatisfy {
      $0.isCapitalized || ShortAnswerExtractor.nameConnectors.contains($0.lower)
    }
  }
}
