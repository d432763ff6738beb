/// Words that mark a capitalised name as an organisation rather than a person or a place.
public enum OrganizationCues {
  /// True when any word of the name is an organisation word ("Drug Enforcement
  /// Administration", "Tren de Aragua" is not caught here, and need not be: types come from
  /// several cues together).
  public static func looksLikeOrganization(_ name: String) -> Bool {
    let words = name.lowercased().split(whereSeparator: { !$0.isLetter })
    if words.count == 1, let only = words.first, knownAcronyms.contains(String(only)) {
      return true
    }
    return words.contains { cueWords.contains(String($0)) }
  }

  static let cueWords: Set<String> = [
    "administration", "agency", "ministry", "department", "party", "group", "company",
    "corporation", "corp", "inc", "ltd", "bank", "university", "college", "institute", "council",
    "committee", "commission", "court", "congress", "senate", "parliament", "assembly", "army",
    "navy", "force", "forces", "police", "union", "association", "federation", "league", "club",
    "foundation", "fund", "organization", "organisation", "network", "channel", "news", "times",
    "post", "journal", "press", "television", "radio", "office", "bureau", "service", "services",
    "authority", "board", "cartel", "gang", "front", "movement", "alliance", "coalition",
    "government", "enforcement", "nations", "reserve", "airlines", "holdings", "systems",
    "industries", "partners",
  ]

  static let knownAcronyms: Set<String> = [
    "afp", "ap", "bbc", "cnn", "un", "nato", "eu", "imf", "who", "fbi", "cia", "dea", "fifa",
    "opec", "reuters", "nasa", "wto", "unicef", "unesco", "icc", "osce", "asean", "hamas",
    "hezbollah", "taliban", "isis", "oas",
  ]
}
