/// Coreference within an article: who "he", "she" or a role noun ("the president", "the
/// minister", "the gang") stands for, so that "He warned of more US attacks" can answer
/// "who warned of more US attacks?" with a name, and never with a bare pronoun.
///
/// Rules in the spirit of Hobbs' naive algorithm over surface names, no parser: a person
/// pronoun takes the first person named earlier in its own sentence (the subject usually
/// comes first), else the first person of the nearest earlier sentence that names one. A role
/// noun takes the nearest earlier name that carried that role ("President Daniel Noboa").
public struct ReferenceResolver: Sendable {
  /// A pronoun or role noun phrase in a sentence, with the name it stands for.
  public struct Mention: Sendable, Equatable {
    /// Where the pronoun or phrase is in its sentence, as UTF-8 offsets.
    public var utf8Range: Range<Int>
    /// Its first and last word positions in the sentence.
    public var words: ClosedRange<Int>
    public var name: String
    /// A short form of a name written out earlier ("Mr Mousa" for "Baha Mousa"): it holds
    /// the name's words for matching, but is a name of its own as an answer.
    public var isShortName = false
  }

  let names: NameRecognizer

  public init(lexicon: Lexicon) {
    self.names = NameRecognizer(lexicon: lexicon)
  }

  static let personPronouns: Set<String> = ["he", "she", "him", "his", "her"]
  /// How far back a pronoun looks for a person: a pronoun that far from any name is vague.
  static let pronounReach = 3
  /// How far back a role noun looks: articles say "the minister" long after the name.
  static let roleReach = 12

  /// The resolvable pronouns and role nouns of sentence `index` of an article, given a way to
  /// read its sentences.
  public func mentions(
    inSentence index: Int, sentenceCount: Int? = nil, sentence: (Int) -> String
  ) -> [Mention] {
    let words = SentenceWords(sentence(index))
    let list = words.words
    var result: [Mention] = []
    var earlier: [Int: SentenceWords] = [:]
    func sentenceWords(_ number: Int) -> SentenceWords {
      if let cached = earlier[number] { return cached }
      let read = SentenceWords(sentence(number))
      earlier[number] = read
      return read
    }
    // The last words of the people named in full, read once a description needs them.
    var surnames: Set<String>?
    for position in list.indices {
      let lower = list[position].lower
      if Self.personPronouns.contains(lower) {
        guard !isInsideQuote(position, words) else { continue }
        var name = people(in: words, before: position).first
        var back = 1
        while name == nil, back <= Self.pronounReach, index - back >= 0 {
          name = people(in: sentenceWords(index - back), before: nil).first
          back += 1
        }
        if let name {
          result.append(
            Mention(
              utf8Range: list[position].utf8Range, words: position...position, name: name))
        }
      } else if lower == "it" || lower == "its", isReferringIt(position, words),
        !isInsideQuote(position, words)
      {
        // "… present Ecuador as a cautionary tale after it amassed debt": the nearest
        // country or organisation before it, in its sentence or the one before.
        var name = things(in: words, before: position).last
        if name == nil, index > 0 { name = things(in: sentenceWords(index - 1), before: nil).last }
        if let name {
          result.append(
            Mention(
              utf8Range: list[position].utf8Range, words: position...position, name: name))
        }
      } else if lower == "the", let age = Self.ageDescriptionEnd(at: position, words) {
        // "The 75-year-old presented …": the nearest person named.
        if let name = describedName(
          .person, noun: nil, before: position, in: index, sentenceWords: sentenceWords,
          surnames: [])
        {
          result.append(
            Mention(
              utf8Range: words.utf8Range(from: position, through: age), words: position...age,
              name: name))
        }
      } else if lower == "the", position + 1 < list.count,
        !(position + 2 < list.count && list[position + 2].isCapitalized)
      {
        let noun = list[position + 1].lower
        let isRole = Lexicon.personRoles.contains(noun)
        let isGroup = Lexicon.organizationNouns.contains(noun)
        let described = describedKind(of: noun)
        guard isRole || isGroup || described != nil else { continue }
        var name: String?
        if isRole || isGroup {
          name = named(noun, in: words, before: position, group: isGroup)
          var back = 1
          while name == nil, back <= Self.roleReach, index - back >= 0 {
            name = named(noun, in: sentenceWords(index - back), before: nil, group: isGroup)
            back += 1
          }
          if name == nil, Self.genericRoles.contains(noun) {
            name = titledPerson(before: position, in: index, noun: noun, sentenceWords)
          }
        }
        // "The musician committed suicide …", "the company said …": a name of the kind
        // WordNet gives the noun.
        if name == nil, let described {
          if described == .organization, surnames == nil {
            surnames = Set(
              fullNames(before: position, in: index, sentenceWords: sentenceWords).keys)
          }
          name = describedName(
            described, noun: noun, before: position, in: index, sentenceWords: sentenceWords,
            surnames: surnames ?? [])
        }
        if let name {
          result.append(
            Mention(
              utf8Range: words.utf8Range(from: position, through: position + 1),
              words: position...(position + 1), name: name))
        }
      }
    }
    // "A 20-year-old US man is selling …": the person the story names next.
    if let sentenceCount,
      let lead = leadDescription(
        in: words, index: index, sentenceCount: sentenceCount, sentenceWords: sentenceWords),
      !result.contains(where: { $0.words.overlaps(lead.words) })
    {
      result.append(lead)
    }
    // "Mr Mousa" after "Baha Mousa": the full name, where no pronoun or role took the words.
    for mention in surnameMentions(in: words, index: index, sentenceWords: sentenceWords)
    where !result.contains(where: { $0.words.overlaps(mention.words) }) {
      result.append(mention)
    }
    return result.sorted { $0.words.lowerBound < $1.words.lowerBound }
  }

  /// Roles any titled person may be called ("the official" for "Rescue chief Pablo
  /// Herrera"), within a couple of sentences.
  static let genericRoles: Set<String> = [
    "official", "spokesman", "spokeswoman", "spokesperson",
  ]
  static let genericReach = 2

  /// The nearest person named with a title before a generic role noun, unless an unnamed
  /// one came between ("a US official downplayed …; the official said" is that unnamed one).
  func titledPerson(
    before position: Int, in index: Int, noun: String, _ sentenceWords: (Int) -> SentenceWords
  ) -> String? {
    for back in 0...Self.genericReach where index - back >= 0 {
      let words = sentenceWords(index - back)
      let limit = back == 0 ? position : words.words.count
      let list = words.words
      // "a US official": someone new and unnamed.
      for start in 0..<limit where ["a", "an"].contains(list[start].lower) {
        if list[Range.positions(from: start + 1, upTo: start + 4, in: limit)].contains(where: {
          $0.lower == noun
        }) {
          return nil
        }
      }
      let titled = names.recognizedSpans(words).filter { span in
        span.upperBound < limit && names.fits(span: span, kind: .person, words: words)
          && (span.contains { Lexicon.titles.contains(list[$0].lower) }
            || (span.lowerBound > 0
              && Lexicon.titles.contains(list[span.lowerBound - 1].lower)))
      }
      if let last = titled.last {
        let person = names.stripTitles(last, words)
        return words.text(from: person.lowerBound, through: person.upperBound)
      }
    }
    return nil
  }

  /// Whether "it" points back at something: not "it is said", "it was clear that" (the
  /// expletive before a copula) nor "it" as the object at a sentence's end. "Its" always does.
  func isReferringIt(_ position: Int, _ words: SentenceWords) -> Bool {
    let list = words.words
    if list[position].lower == "its" { return true }
    guard position + 1 < list.count else { return false }
    let next = list[position + 1].lower
    return !["is", "was", "s", "would", "will", "seems", "seemed", "remains", "takes", "took"]
      .contains(next)
      && (next.hasSuffix("ed") || ["has", "had", "said", "says", "owes", "holds"].contains(next))
  }

  /// Places and organisations named in a sentence, in order, before a position when given.
  func things(in words: SentenceWords, before limit: Int?) -> [String] {
    names.recognizedSpans(words).compactMap { span in
      if let limit, span.upperBound >= limit { return nil }
      let text = words.text(from: span.lowerBound, through: span.upperBound)
      guard PlaceGazetteer.isPlace(text) || OrganizationCues.looksLikeOrganization(text) else {
        return nil
      }
      return text
    }
  }

  /// Person names in a sentence, in order, before a position when one is given. Titles are
  /// dropped ("US Secretary of State Marco Rubio" → "Marco Rubio").
  func people(in words: SentenceWords, before limit: Int?) -> [String] {
    names.recognizedSpans(words).compactMap { span in
      if let limit, span.upperBound >= limit { return nil }
      guard names.fits(span: span, kind: .person, words: words),
        !isInsideQuote(span.lowerBound, words)
      else { return nil }
      let stripped = names.stripTitles(span, words)
      // A name inside a possessive title ("Ecuador's", "Ecuador’s") is the owner, not the
      // person.
      if stripped.upperBound + 1 < words.words.count,
        words.isPossessiveClitic(stripped.upperBound + 1)
      {
        return nil
      }
      return words.text(from: stripped.lowerBound, through: stripped.upperBound)
    }
  }

  /// The last name in a sentence (before a position) that carries a role noun: as a title
  /// before it ("President Daniel Noboa"), or in apposition after it ("Tren de Aragua, a
  /// Venezuelan gang").
  func named(_ noun: String, in words: SentenceWords, before limit: Int?, group: Bool) -> String? {
    let list = words.words
    var found: String?
    for span in names.recognizedSpans(words) {
      if let limit, span.upperBound >= limit { break }
      // "a Venezuelan gang": a nationality describes the group, it does not name it.
      let text = words.text(from: span.lowerBound, through: span.upperBound)
      if PlaceGazetteer.country(forDemonym: text) != nil || PlaceGazetteer.isPlace(text) {
        continue
      }
      let titled = span.contains { list[$0].lower == noun }
      var apposed = false
      if span.upperBound + 1 < list.count, words.punctuation(after: span.upperBound) == "," {
        let window = list[(span.upperBound + 1)...].prefix(4)
        apposed = window.contains {
          $0.lower == noun || (group && Lexicon.organizationNouns.contains($0.lower))
        }
      }
      // "the Los Choneros gang": the noun right after the name.
      let followed =
        span.upperBound + 1 < list.count
        && (list[span.upperBound + 1].lower == noun
          || (group && Lexicon.organizationNouns.contains(list[span.upperBound + 1].lower)))
      guard titled || apposed || followed else { continue }
      let kept = group ? span : names.stripTitles(span, words)
      guard !kept.contains(where: { list[$0].lower == noun }) || group else { continue }
      found = words.text(from: kept.lowerBound, through: kept.upperBound)
    }
    return found
  }

  /// Whether a word sits inside quotation marks: a pronoun in a quote is the speaker's own
  /// voice ("he" there is someone the speaker names), so it is left alone.
  func isInsideQuote(_ position: Int, _ words: SentenceWords) -> Bool {
    let offset = words.words[position].utf8Range.lowerBound
    let bytes = words.bytes
    let before = ReportedSpeech.quotationMarks(in: bytes).filter { $0 < offset }
    let straight = before.filter { bytes[$0] == UInt8(ascii: "\"") }.count
    if straight % 2 == 1 { return true }
    let opened = before.filter { bytes[$0] == 0xE2 && bytes[$0 + 2] == 0x9C }.count  // “
    let closed = before.filter { bytes[$0] == 0xE2 && bytes[$0 + 2] == 0x9D }.count  // ”
    return opened > closed
  }
}
