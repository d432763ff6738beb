/// The people, places and organisations the loaded articles name, with how many articles
/// name each: what `:people`, `:places` and `:orgs` list and `:about` draws its facts from.
///
/// Names are runs of capitalised words (as Tab completion finds them), typed by the cues
/// the answering rules already use: the place gazetteer, organisation words and acronyms,
/// and for people a title before the name, a reporting verb after it, or two or more
/// capitalised words that are neither a place nor an organisation. A surname alone
/// ("Rubio") counts for the full name it stands for in that article ("Marco Rubio").
public struct EntityCatalog: Sendable {
  public struct Entry: Sendable, Equatable {
    public var name: String
    public var kind: EntityKind
    /// How many articles name it.
    public var articles: Int
    /// How many sentences name it, over all articles.
    public var mentions: Int
    /// Where it is first named: article number (from 0) and sentence number (from 1).
    public var firstMention: (article: Int, sentence: Int)

    public static func == (lhs: Entry, rhs: Entry) -> Bool {
      lhs.name == rhs.name && lhs.kind == rhs.kind && lhs.articles == rhs.articles
        && lhs.mentions == rhs.mentions && lhs.firstMention == rhs.firstMention
    }
  }

  public private(set) var entries: [Entry] = []

  /// Catalogues `articles` (numbers from 0) of `library`, or all of them.
  public init(library: ArticleLibrary, articles: [Int]? = nil) {
    var tally = Tally(lexicon: library.lexicon)
    for number in articles ?? Array(library.articles.indices)
    where library.articles.indices.contains(number) {
      tally.add(article: number, sentences: library.articles[number].allSentences())
    }
    entries = tally.entries()
  }

  /// The entries of one kind, most articles first; `filter` keeps names containing it.
  public func list(_ kind: EntityKind, matching filter: String = "") -> [Entry] {
    let wanted = filter.lowercased()
    return entries.filter {
      $0.kind == kind && (wanted.isEmpty || $0.name.lowercased().contains(wanted))
    }
  }
}

/// Counts names article by article, then types and merges them.
struct Tally {
  struct Seen {
    var articles = Set<Int>()
    var mentions = 0
    var first: (article: Int, sentence: Int)
    var cues = 0
    var afterPlacePreposition = 0
    var speaks = 0
  }

  private var seen: [String: Seen] = [:]
  /// Words written in lower case somewhere: "Mobile" and "Cent" are such words, "Nissan" not.
  private var lowerCaseWords = Set<String>()
  /// Names first seen in an article: a surname there is read as that name.
  private var order: [String] = []
  /// The parts of speech and noun classes that type a name.
  let lexicon: Lexicon

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  mutating func add(article: Int, sentences: [String]) {
    var names: [(name: String, sentence: Int, cue: Bool, placeCue: Bool, speaks: Bool)] = []
    for (index, sentence) in sentences.enumerated() {
      let words = SentenceWords(sentence)
      for word in words.words where !word.isCapitalized { lowerCaseWords.insert(word.lower) }
      for run in NameRuns(lexicon: lexicon).find(in: words) {
        names.append((run.name, index + 1, run.personCue, run.afterPlacePreposition, run.speaks))
      }
    }
    // Full names of people in this article, by their last word, so "Rubio" joins "Marco Rubio".
    var fullNames: [String: String] = [:]
    for entry in names where entry.name.contains(" ") {
      let parts = entry.name.split(separator: " ")
      guard parts.count <= 3, let last = parts.last, kind(of: entry.name, cues: 0) == .people
      else { continue }
      if let other = fullNames[String(last)], other != entry.name {
        fullNames[String(last)] = ""  // two people share it: the surname stays ambiguous
      } else {
        fullNames[String(last)] = entry.name
      }
    }
    for entry in names {
      var name = entry.name
      if !name.contains(" "), let full = fullNames[name], !full.isEmpty { name = full }
      if seen[name] == nil {
        seen[name] = Seen(first: (article, entry.sentence))
        order.append(name)
      }
      seen[name]!.articles.insert(article)
      seen[name]!.mentions += 1
      if entry.cue { seen[name]!.cues += 1 }
      if entry.placeCue { seen[name]!.afterPlacePreposition += 1 }
      if entry.speaks { seen[name]!.speaks += 1 }
    }
  }

  func entries() -> [EntityCatalog.Entry] {
    var result: [EntityCatalog.Entry] = []
    // Surnames of people named in full anywhere: alone, they are those people, not bodies.
    var surnames = Set<Substring>()
    for name in order
    where name.contains(" ") && kind(of: name, cues: seen[name]?.cues ?? 0) == .people {
      if let last = name.split(separator: " ").last { surnames.insert(last) }
    }
    for name in order {
      guard let info = seen[name] else { continue }
      let kind =
        kind(of: name, cues: info.cues)
        ?? (info.afterPlacePreposition * 2 > info.mentions && info.mentions >= 2 ? .places : nil)
        ?? (speaksAsABody(name, info, surnames: surnames) ? .organizations : nil)
      guard let kind else { continue }
      result.append(
        EntityCatalog.Entry(
          name: name, kind: kind, articles: info.articles.count, mentions: info.mentions,
          firstMention: info.first))
    }
    return result.sorted {
      if $0.articles != $1.articles { return $0.articles > $1.articles }
      if $0.mentions != $1.mentions { return $0.mentions > $1.mentions }
      return $0.name < $1.name
    }
  }

  /// "Nissan said": a lone name that speaks, that is no one's surname and no word the
  /// articles also write in lower case ("Mobile", "50 Cent").
  func speaksAsABody(_ name: String, _ info: Seen, surnames: Set<Substring>) -> Bool {
    guard !name.contains(" "), info.speaks > 0, !surnames.contains(Substring(name)) else {
      return false
    }
    let lower = name.lowercased()
    return !lowerCaseWords.contains(lower)
      && !(name.hasSuffix("s") && name.dropLast().allSatisfy(\.isUppercase))
  }

  /// The kind a name's own words and its cues say, or nil when nothing says.
  func kind(of name: String, cues: Int) -> EntityKind? {
    if PlaceGazetteer.places.contains(name.lowercased()) { return .places }
    let words = name.split(separator: " ")
    let lower = name.lowercased()
    if words.count == 1 {
      // "BBC", "NATO"; but "TV", "PC" and "GMT" are common nouns, and "Court" alone is no body.
      if OrganizationCues.knownAcronyms.contains(lower) { return .organizations }
      if name.count >= 2, name.allSatisfy({ $0.isUppercase || $0 == "&" }) {
        let known = lexicon.partsOfSpeech(lower).first == .noun
        return !known || lexicon.wordNet?.nounClass(lower) == "organization" ? .organizations : nil
      }
      if OrganizationCues.cueWords.contains(lower) { return nil }
    }
    if OrganizationCues.looksLikeOrganization(name) { return .organizations }
    if PlaceGazetteer.demonyms[name.lowercased()] != nil { return nil }
    // "British Airways said", "Downing Street said": a body that speaks, not a person.
    if words.count > 1, let last = words.last, namesAThing(String(last)) {
      return cues > 0 ? .organizations : nil
    }
    if cues > 0 { return .people }
    if (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
      !words.contains(where: { PlaceGazetteer.places.contains($0.lowercased()) }),
      let last = words.last, !namesAThing(String(last))
    {
      return .people
    }
    return nil
  }

  /// Classes of noun a surname is not: "Downing Street", "Human Rights", "Fratton Park"
  /// end in a word that names a place, a thing, an event or a body.
  static let thingClasses: Set<String> = [
    "location", "artifact", "event", "organization", "time", "quantity", "money",
  ]

  /// Whether a name's last word is a common noun for a thing (or a plural one): such a
  /// name is a place, a work or a body, not a person.
  func namesAThing(_ word: String) -> Bool {
    guard let wordNet = lexicon.wordNet else { return false }
    let lower = word.lowercased()
    guard lexicon.partsOfSpeech(lower).first == .noun else { return false }
    if Self.thingClasses.contains(wordNet.nounClass(lower)) { return true }
    // A plural common noun ("Rights", "Awards", "MPs") is never one person's name.
    return lower.hasSuffix("s") && lexicon.partsOfSpeech(String(lower.dropLast())).first == .noun
  }
}
