/// One act of reported speech read off the parse: who spoke (with the role the sentence
/// gives them), the verb, and what was said.
public struct SpeechAct: Sendable, Equatable {
  /// The reporting verb ("said", "told"), or "according" for "according to X".
  public var verb: Int
  /// The speaker's head token: a name, a pronoun, "the official".
  public var speakerHead: Int?
  /// The whole speaker phrase with the role words before the name and an apposition after
  /// it: "chairman and chief executive Richard Parsons", "Tevfik Aksoy, chief economist".
  public var speaker: ClosedRange<Int>?
  /// The name inside the speaker phrase ("Richard Parsons"), when the speaker is named.
  public var name: ClosedRange<Int>?
  /// What was said: the quoted tokens or the reported clause.
  public var content: ClosedRange<Int>
  public var isQuote: Bool
  /// A quote left open at the end of the sentence: the next sentence carries it on.
  public var runsOn: Bool
  /// A reported clause whose verb has no subject of its own ("an operation Trump said killed
  /// 11 people": what killed is the noun the relative clause hangs from), so the words alone
  /// do not say what was said.
  public var lacksSubject = false
}

extension AnnotatedSentence {
  /// The sentence's reported speech: each speech verb (`isSpeechVerb` on its lemma) with a
  /// subject and a clausal complement or a quote beside it, and "according to X".
  public func speechActs(isSpeechVerb: (String) -> Bool = SpeechVerbs.isSpeechVerb)
    -> [SpeechAct]
  {
    let quotes = quotations
    var result: [SpeechAct] = []
    var quotesTaken = Set<Int>()
    for verb in tokens.indices {
      let token = tokens[verb]
      if token.text.lowercased() == "according", let act = accordingTo(verb) {
        result.append(act)
        continue
      }
      guard token.coarseTag == "VERB", isSpeechVerb(token.lemma),
        quotation(containing: verb, in: quotes) == nil,
        !dependents[verb].contains(where: { tokens[$0].relation.hasSuffix(":pass") })
      else { continue }
      let speakerHead = speakerHead(of: verb)
      let speaker = speakerHead.map { speakerPhrase(headedBy: $0, verb: verb) }
      let quote = adjacentQuote(
        of: verb, speaker: speaker, quotes: quotes, excluding: quotesTaken)
      var content: ClosedRange<Int>
      var isQuote = true
      var runsOn = false
      if let quote {
        content = quote.content
        runsOn = quote.closing == nil
        quotesTaken.insert(quote.content.lowerBound)
      } else if let clause = reportedClause(of: verb, speaker: speaker) {
        content = clause
        isQuote = false
      } else if let inner = quotes.first(where: { quote in
        subtreeRange(of: verb).contains(quote.content.lowerBound)
          && !quotesTaken.contains(quote.content.lowerBound)
          && !(speaker?.overlaps(quote.content) ?? false)
      }) {
        // "mocked Bono as the man who "pioneered the Irish mullet"": the quoted words.
        content = inner.content
        runsOn = inner.closing == nil
        quotesTaken.insert(inner.content.lowerBound)
      } else {
        continue
      }
      content = trimmedContent(content)
      result.append(
        SpeechAct(
          verb: verb, speakerHead: speakerHead, speaker: speaker,
          name: speakerHead.flatMap { nameRun(around: $0, within: speaker) },
          content: content, isQuote: isQuote, runsOn: runsOn,
          lacksSubject: !isQuote && complementLacksSubject(of: verb)))
    }
    return mergedCoordinations(result)
  }

  /// "said he was "disappointed" … and claimed Redknapp had been in talks": one speaker's
  /// coordinated reports are one statement.
  func mergedCoordinations(_ acts: [SpeechAct]) -> [SpeechAct] {
    var result: [SpeechAct] = []
    for act in acts {
      if let last = result.last, !last.isQuote, !act.isQuote,
        last.speakerHead == act.speakerHead, tokens[act.verb].relation == "conj",
        tokens[act.verb].head == last.verb, act.content.lowerBound > last.content.upperBound
      {
        result[result.count - 1].content = last.content.lowerBound...act.content.upperBound
        continue
      }
      result.append(act)
    }
    return result
  }

  /// The subject of a speech verb: its own, one it shares through coordination or an open
  /// complement ("said … and added"), or the subject of the clause a "saying" phrase hangs
  /// from ("Browne rejected calls …, saying …").
  func speakerHead(of verb: Int) -> Int? {
    if let relative = relativeClauseBefore(verb),
      nearestSubject(of: verb).map({ relative.clause.contains($0) }) ?? true
    {
      // "Size, whose album won the prize, said …": a parse that took the clause's last
      // noun for the subject; the speaker is the noun the clause describes.
      return relative.antecedent
    }
    if let own = nearestSubject(of: verb) { return own }
    var current = verb
    var steps = 0
    while steps < 8, let head = tokens[current].head {
      let relation = tokens[current].relation
      guard ["conj", "xcomp", "advcl", "acl", "parataxis"].contains(relation) else { return nil }
      if relation != "conj" && relation != "xcomp" && tokens[current].fineTag != "VBG" {
        return nil
      }
      // The one who speaks stands before the "saying"; a subject after it is inside what
      // was said, where a misattached quote put it ("…, saying "they murdered …"").
      if let subject = nearestSubject(of: head), subject < verb { return subject }
      current = head
      steps += 1
    }
    return invertedSpeaker(of: verb)
  }

  /// A comma-bounded relative clause that ends right before `verb` ("X, whose album won
  /// the prize, said"), with the noun before it that it describes.
  func relativeClauseBefore(_ verb: Int) -> (antecedent: Int, clause: ClosedRange<Int>)? {
    guard verb >= 4, tokens[verb - 1].text == "," else { return nil }
    var index = verb - 2
    while index > 1, tokens[index].text != "," { index -= 1 }
    guard index >= 1, tokens[index].text == ",", index + 1 < verb - 1,
      Lexicon.relativePronouns.contains(tokens[index + 1].text.lowercased()),
      ["NOUN", "PROPN"].contains(tokens[index - 1].coarseTag)
    else { return nil }
    return (index - 1, (index + 1)...(verb - 2))
  }

  /// `"…," said LSE chief executive Clara Furse.` when the parser found no subject: the
  /// last name of the noun run that follows the verb to the end of the clause.
  func invertedSpeaker(of verb: Int) -> Int? {
    guard verb > 0, tokens[verb - 1].coarseTag == "PUNCT" else { return nil }
    var index = verb + 1
    var lastName: Int? = nil
    while index < tokens.count, isRoleWord(index) || tokens[index].coarseTag == "PROPN" {
      if tokens[index].coarseTag == "PROPN" { lastName = index }
      index += 1
    }
    guard index == tokens.count || tokens[index].coarseTag == "PUNCT" else { return nil }
    return lastName
  }

  /// A predicate's subject; of two (a parse that splits "Venezuela's Interior Minister
  /// Diosdado Cabello"), the one nearest the verb, unless that one is only the split-off
  /// end of the other's affiliation ("Analyst Nadia Quist of Brennock Securities said" read
  /// as two subjects, "Nadia" and "Securities").
  func nearestSubject(of predicate: Int) -> Int? {
    let subjects = dependents[predicate].filter { tokens[$0].relation == "nsubj" }
    guard
      let nearest = subjects.min(by: { abs($0 - predicate) < abs($1 - predicate) })
    else { return nil }
    if let owner = subjects.first(where: { isAffiliationTail(nearest, of: $0) }) {
      return owner
    }
    return nearest
  }

  /// Whether a proper noun continues the affiliation of an earlier subject: the words
  /// between them are that subject's own subtree, a preposition that says whom it works
  /// for ("of", "at") inside it, and proper nouns up to the candidate.
  func isAffiliationTail(_ candidate: Int, of subject: Int) -> Bool {
    guard subject < candidate, tokens[candidate].coarseTag == "PROPN" else { return false }
    let subtree = subtreeRange(of: subject)
    guard subtree.upperBound < candidate else { return false }
    // Only proper nouns between the subject's subtree and the candidate.
    guard
      ((subtree.upperBound + 1)..<candidate).allSatisfy({ tokens[$0].coarseTag == "PROPN" }),
      tokens[subtree.upperBound].coarseTag == "PROPN"
    else { return false }
    return ((subject + 1)..<(subtree.upperBound + 1)).contains { index in
      tokens[index].coarseTag == "ADP" && tokens[index].relation == "case"
        && Self.affiliationMarkers.contains(tokens[index].text.lowercased())
    }
  }

  /// The speaker's noun phrase, with role words before it that hang from it or from the verb
  /// ("chairman and chief executive Richard Parsons", "economy minister Heizo Takenaka") and
  /// an apposition after it ("Tevfik Aksoy, chief economist for Deutsche Bank").
  /// Prepositions that say whom a speaker works or speaks for.
  static let affiliationMarkers: Set<String> = ["at", "for", "from", "with", "of"]

  func speakerPhrase(headedBy head: Int, verb: Int) -> ClosedRange<Int> {
    let tree = DependencyTreeView(tokens: tokens, dependents: dependents)
    var lower = tree.nounPhrase(headedBy: head).range.lowerBound
    var upper = tree.nounPhrase(headedBy: head).range.upperBound
    // The run of role-like words right before the phrase, not past the verb.
    var run: [Int] = []
    var index = lower - 1
    while index >= 0, index != verb, isRoleWord(index) {
      run.insert(index, at: 0)
      index -= 1
    }
    // Its longest tail whose words all hang inside the tail, the phrase or the verb.
    for start in run.indices {
      let tail = Set(run[start...])
      let inside = { (token: Int) -> Bool in
        tail.contains(token) || (lower...upper).contains(token)
      }
      // A word hung from the verb is a role only without a preposition of its own:
      // "chairman … Richard Parsons said", not "in an operation President Trump said".
      let hangsFromVerb = { (token: Int) -> Bool in
        self.tokens[token].head == verb && self.tokens[token].relation != "obl"
          && !self.dependents[token].contains { self.tokens[$0].relation == "case" }
      }
      if tail.allSatisfy({ token in
        tokens[token].head.map(inside) ?? false || hangsFromVerb(token)
      }) {
        lower = run[start]
        break
      }
    }
    while lower < head, ["DET", "CCONJ", "ADP", "PART", "PUNCT"].contains(tokens[lower].coarseTag) {
      lower += 1
    }
    // "Analysts at Fjord Securities said", "a spokesman for the Treasury said": whom the
    // speaker speaks for is part of who speaks.
    if let affiliation = dependents[head].first(where: { dependent in
      dependent > head && tokens[dependent].relation == "nmod"
        && dependents[dependent].contains { marker in
          tokens[marker].relation == "case"
            && Self.affiliationMarkers.contains(tokens[marker].text.lowercased())
        }
    }) {
      var end = subtreeRange(of: affiliation).upperBound
      // The rest of the organisation's name the parse split off ("of Brennock | Securities").
      while end + 1 < tokens.count, end + 1 != verb, isAffiliationTail(end + 1, of: head) {
        end += 1
      }
      if end < verb || head > verb { upper = max(upper, end) }
    }
    if let appositive = dependents[head].first(where: { tokens[$0].relation == "appos" }),
      appositive > head
    {
      var end = subtreeRange(of: appositive).upperBound
      while end > appositive, tokens[end].coarseTag == "PUNCT" { end -= 1 }
      if end != verb, !(head...end).contains(verb) { upper = max(upper, end) }
    }
    return lower...upper
  }

  private func isRoleWord(_ index: Int) -> Bool {
    let token = tokens[index]
    if ["obl:tmod", "advmod", "nsubj", "obj"].contains(token.relation) { return false }
    if isQuoteMark(index) { return false }
    switch token.coarseTag {
    case "NOUN", "PROPN", "ADJ", "CCONJ", "DET", "NUM": return true
    case "PART": return token.fineTag == "POS"
    case "ADP": return token.text.lowercased() == "of"
    case "PUNCT": return token.fineTag == "HYPH"
    default: return false
    }
  }

  /// The name that heads the speaker phrase: the head and the proper nouns joined to it as
  /// parts of one name ("Richard Parsons"), not titles hung from it ("Minister").
  /// A role noun named by apposition speaks by that name ("Its director of operations,
  /// Sarah Quill, said …" → Sarah Quill).
  func nameRun(around head: Int, within phrase: ClosedRange<Int>?) -> ClosedRange<Int>? {
    guard tokens[head].coarseTag == "PROPN" else {
      guard tokens[head].coarseTag == "NOUN",
        let name = dependents[head].first(where: {
          tokens[$0].relation == "appos" && tokens[$0].coarseTag == "PROPN"
            && (phrase?.contains($0) ?? true)
        })
      else { return nil }
      return nameRun(around: name, within: phrase)
    }
    let bounds = phrase ?? head...head
    let isPart = { (index: Int) -> Bool in
      self.tokens[index].coarseTag == "PROPN"
        && ["flat", "compound", "flat:name"].contains(self.tokens[index].relation)
    }
    var lower = head
    var upper = head
    while lower > bounds.lowerBound, isPart(lower - 1) { lower -= 1 }
    while upper < bounds.upperBound, isPart(upper + 1) { upper += 1 }
    return lower...upper
  }

  /// A quote that closes right before the speaker or the verb ("…," Parsons said; "…," said
  /// Takenaka) or opens right after them ("said: "…""), or that holds the verb's clausal
  /// complement.
  func adjacentQuote(
    of verb: Int, speaker: ClosedRange<Int>?, quotes: [Quotation], excluding taken: Set<Int>
  ) -> Quotation? {
    let first = min(verb, speaker?.lowerBound ?? verb)
    let last = max(verb, speaker?.upperBound ?? verb)
    let hearers = Set(
      dependents[verb].filter { ["obj", "iobj", "obl"].contains(tokens[$0].relation) }
        .flatMap { subtreeRange(of: $0) })
    let available = quotes.filter { !taken.contains($0.content.lowerBound) }
    if let before = available.last(where: { quote in
      quote.content.upperBound < first
        && ((quote.content.upperBound + 1)..<first).allSatisfy { tokens[$0].coarseTag == "PUNCT" }
    }) {
      return before
    }
    if let after = available.first(where: { quote in
      quote.content.lowerBound > last
        && ((last + 1)..<quote.content.lowerBound).allSatisfy {
          tokens[$0].coarseTag == "PUNCT" || hearers.contains($0)
        }
    }) {
      return after
    }
    let complements = dependents[verb].filter {
      ["ccomp", "parataxis"].contains(tokens[$0].relation)
    }
    // The quote is the complement only when it holds all of it: in `said he was
    // "disappointed" by the news` the quoted word is part of a reported clause.
    return available.first { quote in
      complements.contains { complement in
        let clause = trimmedContent(subtreeRange(of: complement))
        return quote.content.contains(clause.lowerBound)
          && quote.content.contains(clause.upperBound)
      }
    }
  }

  /// Whether the verb's clausal complement is a verb with no subject of its own.
  func complementLacksSubject(of verb: Int) -> Bool {
    guard let complement = dependents[verb].first(where: { tokens[$0].relation == "ccomp" }),
      tokens[complement].coarseTag == "VERB"
    else { return false }
    return !dependents[complement].contains { dependent in
      ["nsubj", "csubj", "expl"].contains { tokens[dependent].relation.isRelation($0) }
    }
  }

  /// The clause reported after (or before) the verb: its clausal complement, without the
  /// speaker.
  func reportedClause(of verb: Int, speaker: ClosedRange<Int>?) -> ClosedRange<Int>? {
    // Only a clausal complement: outside quotation marks a parataxis is as often a phrase
    // the parser could not place ("warned of more attacks, a dramatic escalation").
    // A noun complement with no copula is no clause but a misplaced subject with its
    // apposition ("Marta Quinn, the union's general secretary, said …" read as "said
    // [Quinn secretary]"): what was said is a clause with a verb or a copula.
    guard
      let complement = dependents[verb].first(where: { dependent in
        tokens[dependent].relation == "ccomp" && isClauseHead(dependent)
      })
    else { return nil }
    let subtree = subtreeRange(of: complement)
    var lower = subtree.lowerBound
    var upper = reasonClauseEnd(after: subtree.upperBound, of: verb)
    if let speaker, (lower...upper).overlaps(speaker) || (lower...upper).contains(verb) {
      // A misattached clause that swallows the speaker: keep the side the complement is on.
      if complement > verb {
        lower = max(lower, max(verb, speaker.upperBound) + 1)
      } else {
        upper = min(upper, min(verb, speaker.lowerBound) - 1)
      }
    }
    // Nothing is left when the speaker or the verb took all of it.
    return lower <= upper ? lower...upper : nil
  }

  /// Whether a token heads a clause: a verb or auxiliary, or a predicate with a copula.
  func isClauseHead(_ index: Int) -> Bool {
    ["VERB", "AUX"].contains(tokens[index].coarseTag)
      || dependents[index].contains { tokens[$0].relation == "cop" }
  }

  /// The end of a reason or condition clause the parser hung from the speech verb right
  /// after its complement ("said such interdictions did not work as they were not costly
  /// enough"): without a comma between them it is part of what was said, not why it was
  /// said. `end` when there is none.
  func reasonClauseEnd(after end: Int, of verb: Int) -> Int {
    guard
      let clause = dependents[verb].first(where: { dependent in
        guard tokens[dependent].relation == "advcl", dependent > end else { return false }
        let range = subtreeRange(of: dependent)
        return range.lowerBound == end + 1
          && Lexicon.reasonMarkers.contains(tokens[range.lowerBound].text.lowercased())
      })
    else { return end }
    return subtreeRange(of: clause).upperBound
  }

  /// Content without a leading "that" or marks at its edges.
  func trimmedContent(_ range: ClosedRange<Int>) -> ClosedRange<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper,
      tokens[lower].coarseTag == "PUNCT"
        || (tokens[lower].relation == "mark" && tokens[lower].text.lowercased() == "that")
    {
      lower += 1
    }
    while upper > lower, tokens[upper].coarseTag == "PUNCT" {
      // A closing quotation mark stays when its opening one is inside: for "some time".
      if isQuoteMark(upper), opensQuote(upper) == false,
        (lower..<upper).contains(where: { isQuoteMark($0) && opensQuote($0) == true })
      {
        break
      }
      upper -= 1
    }
    return lower...upper
  }

  /// "CLAUSE, according to X": X speaks, the clause it hangs from is what was said.
  func accordingTo(_ according: Int) -> SpeechAct? {
    guard according + 1 < tokens.count, tokens[according + 1].text.lowercased() == "to",
      let source = tokens[according].head, source > according,
      let predicate = tokens[source].head
    else { return nil }
    let sourceRange = subtreeRange(of: source)
    let clause = subtreeRange(of: predicate)
    let content: ClosedRange<Int>
    if according > clause.lowerBound {
      content = clause.lowerBound...(according - 1)
    } else if sourceRange.upperBound < clause.upperBound {
      content = (sourceRange.upperBound + 1)...clause.upperBound
    } else {
      return nil
    }
    let tree = DependencyTreeView(tokens: tokens, dependents: dependents)
    let phrase = tree.nounPhrase(headedBy: source).range
    return SpeechAct(
      verb: according, speakerHead: source, speaker: phrase,
      name: nameRun(around: source, within: phrase), content: trimmedContent(content),
      isQuote: false, runsOn: false)
  }
}
