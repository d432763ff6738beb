/// "Who is Jez Moxey?" → "Wolves chief executive": what a sentence makes a named person or
/// organisation, read off the parse. The sentence may give it as a title before the name
/// ("Spurs boss Martin Jol"), an apposition after it ("Simon Jones, the Labs' managing
/// director"), the noun the name renames ("its chief executive, Sir Howard Newby"), a copula
/// ("Jones is the chief executive of …") or a relative clause ("Wilson, who headed …").
struct IdentityReader: Sendable {
  /// How the sentence gives the role; the answer rules weigh each way (its `strength`).
  enum Kind: String, Sendable, Equatable {
    case title, apposition, renamed, copula, affiliation, relativeClause
  }

  /// One role a sentence gives the name.
  struct Reading: Sendable, Equatable {
    var text: String
    var tokens: ClosedRange<Int>
    var utf8Range: Range<Int>
    var kind: Kind
    /// The name as the sentence writes it ("Mr Wilson", "Gerald Krasner").
    var name: ClosedRange<Int>
  }

  let lexicon: WordNet?

  /// Every role `sentence` gives the name `name` (lower-cased words), the kinds `strength`
  /// weighs highest first.
  func readings(
    of name: [String], in sentence: AnnotatedSentence, strength: (Kind) -> Double
  ) -> [Reading] {
    var result: [Reading] = []
    let runs = IdentityNames.runs(of: name, in: sentence) { isRoleWord($0, in: sentence) }
    for run in runs {
      let head = IdentityNames.head(of: run, in: sentence)
      let found = [
        title(before: run, head: head, in: sentence),
        renamed(run, head: head, in: sentence),
        apposition(after: run, in: sentence),
        copula(of: head, in: sentence),
        relativeClause(after: run, head: head, in: sentence),
      ].compactMap { $0 }
      for var reading in found where !result.contains(where: { $0.tokens == reading.tokens }) {
        reading.name = run
        result.append(reading)
      }
    }
    // A lone role word that opens the sentence ("Flanker Callum Reece, the club's captain")
    // says less of who the person is than a phrase the sentence gives them: it comes last.
    let isOpeningWord = { (reading: Reading) in
      reading.kind == .title && reading.tokens == 0...0
        && reading.text.first?.isLowercase == true
    }
    return result.sorted { first, second in
      if isOpeningWord(first) != isOpeningWord(second) { return isOpeningWord(second) }
      return strength(first.kind) > strength(second.kind)
    }
  }

  // MARK: The ways a sentence gives a role

  /// "Wolves chief executive Jez Moxey", "Clark's publicist Paul Shefrin": the words before
  /// the name that belong to its phrase, holding a word for a person's role. The parser may
  /// make the title the head and hang the name from it ("Ecuador's President Daniel Noboa"
  /// read as a flat name or a compound of "President"); either way the title is the words
  /// of the one phrase before the name.
  private func title(before run: ClosedRange<Int>, head: Int, in sentence: AnnotatedSentence)
    -> Reading?
  {
    let tokens = sentence.tokens
    // The phrase's top: the name's head, or the title noun the name hangs from.
    var top = head
    while let parent = tokens[top].head, parent < run.lowerBound,
      run.lowerBound - parent <= IdentityNames.titleReach,
      Self.nameToTitleRelations.contains(where: tokens[top].relation.isRelation),
      !(parent..<run.lowerBound).contains(where: { tokens[$0].text == "," })
    {
      top = parent
    }
    var start = run.lowerBound
    while start > 0, run.lowerBound - start < IdentityNames.titleReach,
      Self.titleTags.contains(tokens[start - 1].coarseTag)
        || ["HYPH", "AFX"].contains(tokens[start - 1].fineTag)
        || tokens[start - 1].text.lowercased() == "of",
      tokens[start - 1].text != ",", sentence.descends(start - 1, from: top)
    {
      start -= 1
    }
    // "Economist Tomas Verhey said": a role word that opens the sentence right before the
    // name is its title, however the parse hangs it (here a second subject of "said").
    if start == run.lowerBound, start == 1, isRoleWord(0, in: sentence) { start = 0 }
    // "Secretary of State": "of" joins title words; it does not open one.
    while start < run.lowerBound, tokens[start].text.lowercased() == "of" { start += 1 }
    // Not a determiner or a pronoun's possession: "his manager" → "manager".
    while start < run.lowerBound, Self.droppedOpeners.contains(tokens[start].coarseTag) {
      start += 1
    }
    guard start < run.lowerBound,
      (start..<run.lowerBound).contains(where: { isRoleWord($0, in: sentence) })
    else { return nil }
    var found = reading(start...(run.lowerBound - 1), .title, run: run, in: sentence)
    // "Analyst Nadia Quist …": a role noun capitalised only because it opens the sentence
    // is written in lower case; a title ("President") keeps its capital.
    if start == 0, isRoleWord(0, in: sentence),
      !Lexicon.titles.contains(tokens[0].lemma.lowercased()),
      let first = found.text.first, first.isUppercase
    {
      found.text = first.lowercased() + found.text.dropFirst()
    }
    // "… Nadia Quist of Brennock Securities": whom the person works for, right after the
    // name with no comma between, belongs with the title.
    if let organisation = affiliation(rightAfter: run, in: sentence) {
      found.text += " " + sentence.text(of: organisation)
    }
    return found
  }

  /// "of Brennock Securities" right after a name: a preposition that says whom a person
  /// works for and the proper nouns after it, ending at the first word that is not one.
  private func affiliation(rightAfter run: ClosedRange<Int>, in sentence: AnnotatedSentence)
    -> ClosedRange<Int>?
  {
    let tokens = sentence.tokens
    let marker = run.upperBound + 1
    guard marker + 1 < tokens.count,
      Self.affiliationPrepositions.contains(tokens[marker].text.lowercased())
    else { return nil }
    var last = marker
    while last + 1 < tokens.count, tokens[last + 1].coarseTag == "PROPN" { last += 1 }
    return last > marker ? marker...last : nil
  }

  /// "its chief executive, Sir Howard Newby": the name renames the role noun before it.
  private func renamed(_ run: ClosedRange<Int>, head: Int, in sentence: AnnotatedSentence)
    -> Reading?
  {
    let tokens = sentence.tokens
    guard tokens[head].relation == "appos", let noun = tokens[head].head, noun < run.lowerBound,
      isRoleWord(noun, in: sentence)
    else { return nil }
    let tree = DependencyTreeView(tokens: tokens, dependents: sentence.dependents)
    var range = tree.nounPhrase(headedBy: noun).range
    guard range.upperBound < run.lowerBound else { return nil }
    while range.lowerBound < noun, Self.droppedOpeners.contains(tokens[range.lowerBound].coarseTag)
    {
      range = (range.lowerBound + 1)...range.upperBound
    }
    return reading(range, .renamed, run: run, in: sentence)
  }

  /// "Simon Jones, the Labs' managing director", "Birgit Kuhlhoff, from a bank": the phrase
  /// set off by a comma right after the name that the parse hangs from it.
  private func apposition(after run: ClosedRange<Int>, in sentence: AnnotatedSentence)
    -> Reading?
  {
    let tokens = sentence.tokens
    let comma = run.upperBound + 1
    guard comma + 1 < tokens.count, tokens[comma].text == "," else { return nil }
    // An opening role word the parse made the head of the name ("Flanker Callum Reece, the
    // club's captain": "captain" hangs from "Flanker") holds the name's apposition.
    let holders = run.lowerBound == 1 && tokens[run.lowerBound].head == 0 ? [0] + run : Array(run)
    let attached = holders.flatMap { sentence.dependents[$0] }.filter { $0 > comma }
    if let appositive = attached.first(where: { tokens[$0].relation == "appos" }) {
      return phrase(of: appositive, from: comma + 1, .apposition, run: run, in: sentence)
    }
    // "Kuhlhoff, from Sal Oppenheim investment bank": where the person works, whether the
    // parse hangs it from the name or beside it, from the name's own head.
    let nameHead = IdentityNames.head(of: run, in: sentence)
    let beside = tokens[nameHead].head.map { sentence.dependents[$0] } ?? []
    if let place = (attached + beside).first(where: {
      $0 > comma && tokens[$0].relation.isRelation("nmod")
    }),
      let marker = sentence.dependents[place].first(where: { tokens[$0].relation == "case" }),
      marker == comma + 1, Self.affiliationPrepositions.contains(tokens[marker].text.lowercased())
    {
      return phrase(of: place, from: marker, .affiliation, run: run, in: sentence)
    }
    return nil
  }

  /// "Jones is the chief executive of the Labs": the noun a copula gives the name.
  private func copula(of head: Int, in sentence: AnnotatedSentence) -> Reading? {
    guard
      let copula = sentence.copulas.first(where: {
        $0.subject == head && Self.nominalTags.contains(sentence.tokens[$0.predicate].coarseTag)
      })
    else { return nil }
    return phrase(
      of: copula.predicate, from: copula.copula + 1, .copula, run: head...head, in: sentence)
  }

  /// "Tony Wilson, who headed the record company": what the relative clause says the
  /// person does, or is ("who is the chief executive").
  private func relativeClause(
    after run: ClosedRange<Int>, head: Int, in sentence: AnnotatedSentence
  ) -> Reading? {
    let tokens = sentence.tokens
    // "Sato, who leads …": the "who" right after the name's comma stands for the name,
    // whether the parse hangs its clause from the name or, wrongly, from the verb.
    let who = run.upperBound + 2
    guard who < tokens.count, tokens[run.upperBound + 1].text == ",",
      tokens[who].text.lowercased() == "who", tokens[who].relation.isRelation("nsubj"),
      let clause = tokens[who].head, clause > who
    else { return nil }
    let subject = who
    if sentence.dependents[clause].contains(where: { tokens[$0].relation == "cop" }),
      Self.nominalTags.contains(tokens[clause].coarseTag)
    {
      let copula = sentence.dependents[clause].first { tokens[$0].relation == "cop" }!
      return phrase(of: clause, from: copula + 1, .copula, run: run, in: sentence)
    }
    return phrase(of: clause, from: subject, .relativeClause, run: run, in: sentence)
  }

  // MARK: Phrases

  /// The phrase headed by `head` from `start` on: its own words, without the clauses,
  /// asides and lists hung from it, ending before the first comma.
  private func phrase(
    of head: Int, from start: Int, _ kind: Kind, run: ClosedRange<Int>,
    in sentence: AnnotatedSentence
  ) -> Reading? {
    let tokens = sentence.tokens
    var lower = max(start, 0)
    while lower < head, ["PUNCT", "DET"].contains(tokens[lower].coarseTag),
      tokens[lower].text.lowercased() != "the"
    {
      lower += 1
    }
    // The clauses and asides hung from the head, whose words end the phrase.
    let asides = sentence.dependents[head].filter { child in
      child > head && Self.clauseRelations.contains { tokens[child].relation.isRelation($0) }
    }
    var upper = head
    var index = head + 1
    while index < tokens.count, index - lower < IdentityNames.phraseReach,
      tokens[index].text != ",", sentence.descends(index, from: head),
      !asides.contains(where: { sentence.descends(index, from: $0) })
    {
      upper = index
      index += 1
    }
    while upper > lower, tokens[upper].coarseTag == "PUNCT" { upper -= 1 }
    guard lower <= upper, !(lower...upper).overlaps(run) else { return nil }
    return reading(lower...upper, kind, run: run, in: sentence)
  }

  private func reading(
    _ range: ClosedRange<Int>, _ kind: Kind, run: ClosedRange<Int>, in sentence: AnnotatedSentence
  ) -> Reading {
    let utf8 =
      sentence.tokens[range.lowerBound].utf8Range
      .lowerBound..<sentence.tokens[range.upperBound].utf8Range.upperBound
    return Reading(
      text: sentence.text(of: range), tokens: range, utf8Range: utf8, kind: kind, name: run)
  }

  /// A noun for what a person is: a title ("minister") or any noun WordNet files under
  /// persons ("publicist", "boss", "mogul"); not an honorific ("Mr", "Dr").
  func isRoleWord(_ index: Int, in sentence: AnnotatedSentence) -> Bool {
    let token = sentence.tokens[index]
    let word = token.lemma.lowercased()
    if Lexicon.honorifics.contains(word) { return false }
    // "chief" is often tagged an adjective; it is a title all the same.
    if Lexicon.titles.contains(word) { return true }
    guard ["NOUN", "PROPN"].contains(token.coarseTag) else { return false }
    // A capitalised word is a role only as a title the list knows; "Wolves" is no person.
    // The tagger takes a role noun that opens the sentence before a name for part of the name
    // ("Councillor Rhona Maitland", "Economist Tomas Verhey"); WordNet still knows it.
    let opensBeforeName =
      index == 0 && index + 1 < sentence.tokens.count
      && sentence.tokens[index + 1].coarseTag == "PROPN"
      && !PlaceGazetteer.isPlace(sentence.tokens[index + 1].text.lowercased())
    guard token.coarseTag == "NOUN" || opensBeforeName else { return false }
    return lexicon?.nounClass(word) == "person"
  }

  /// Relations by which a name hangs from the title before it when the parser reads the
  /// title as the head.
  private static let nameToTitleRelations = ["flat", "compound", "appos", "nmod"]
  /// Tags of the words a title before a name is made of; a prefix split off by its hyphen
  /// ("co-chairman", "vice-president": fine tag AFX) belongs to it too.
  private static let titleTags: Set<String> = [
    "NOUN", "PROPN", "ADJ", "PART", "DET", "NUM", "PRON", "VERB",
  ]
  /// Words a role does not open with: "a", "his".
  private static let droppedOpeners: Set<String> = ["DET", "PRON", "PUNCT"]
  private static let nominalTags: Set<String> = ["NOUN", "PROPN"]
  /// Dependents that open a clause or aside of their own, not part of the role.
  private static let clauseRelations = [
    "acl", "advcl", "parataxis", "conj", "cc", "ccomp", "xcomp", "appos", "punct",
  ]
  private static let affiliationPrepositions: Set<String> = ["from", "of", "at", "with"]
}
