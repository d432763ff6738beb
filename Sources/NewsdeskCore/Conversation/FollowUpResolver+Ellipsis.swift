/// Ellipsis: "When?", "For how much?", "How big a stake?" ask the last question again with a
/// new wh-phrase.
extension FollowUpResolver {
  /// The last question asked again with a new wh-phrase, its answer filled in where the old
  /// wh-phrase stood: "who did Rubio meet?" + "Daniel Noboa" + "when" →
  /// "When did Rubio meet Daniel Noboa?".
  func elaborate(_ turn: ConversationMemory.Turn, asking wh: String) -> String {
    let words = SentenceWords(Self.mainClause(of: Self.droppingLeadingFillers(turn.question)))
    let list = words.words
    guard let whIndex = list.firstIndex(where: { Lexicon.whWords.contains($0.lower) }) else {
      // A yes/no question: "Did Rubio meet Noboa?" → "When did Rubio meet Noboa?"
      return Self.asQuestion(wh + " " + Self.lowercasingFirst(Self.stripped(words.sentence)))
    }
    // "for how much did …": the preposition belongs to the old wh-phrase and goes with it.
    let leadingPreposition =
      whIndex > 0 && Self.whPrepositions.contains(list[whIndex - 1].lower)
      ? words.text(from: whIndex - 1, through: whIndex - 1).lowercased() : nil
    var end = whIndex
    var unitNoun: String?
    var objectPhrase: String?
    let form = turn.analysis.form
    if form == .howMany || form == .howMuch {
      end = min(whIndex + 1, list.count - 1)
      if let head = turn.analysis.headNoun, end + 1 < list.count, list[end + 1].lower == head,
        !Lexicon.doForms.contains(head), !Self.auxiliaries.contains(head)
      {
        end += 1
        unitNoun = list[end].surface
      }
    } else if form == .howLong
      || (form == .how && whIndex + 1 < list.count && turn.analysis.answerType == .quantity)
    {
      end = min(whIndex + 1, list.count - 1)
      // "how big a stake did …": the noun phrase is part of the wh-phrase.
      if end + 1 < list.count, ["a", "an"].contains(list[end + 1].lower) {
        var scan = end + 1
        while scan + 1 < list.count, !Lexicon.doForms.contains(list[scan + 1].lower),
          !Self.auxiliaries.contains(list[scan + 1].lower)
        {
          scan += 1
        }
        if scan + 1 < list.count {
          // "How big a stake did he buy?" + "for how much?": for how much he bought a
          // stake, so the noun phrase stays, after the verb.
          objectPhrase = words.text(from: end + 1, through: scan)
          end = scan
        }
      }
    } else if let head = turn.analysis.headNoun,
      let headIndex = list.indices.dropFirst(whIndex + 1).prefix(4).first(where: {
        list[$0].lower == head
      })
    {
      end = headIndex
    } else if list[whIndex].lower == "whose", whIndex + 1 < list.count {
      end = whIndex + 1
      // "whose free kick crashed …": the noun phrase runs on to the inflected verb ("hit
      // the post", a verb before its object, ends it too).
      while end + 2 < list.count, !isInflectedVerb(list[end + 1].lower),
        !Self.auxiliaries.contains(list[end + 1].lower),
        !Lexicon.doForms.contains(list[end + 1].lower),
        !Lexicon.isFunctionWord(list[end + 2].lower)
      {
        end += 1
      }
    }
    guard end + 1 < list.count else { return Self.asQuestion(wh + " " + (turn.answer ?? "")) }
    let remainder = Self.stripped(words.text(from: end + 1, through: list.count - 1))
    let remainderWords = Array(list[(end + 1)...])
    // A who-question answered with a date or figure was answered wrong: leave it out. A
    // name with a score after it ("Holbrook United 3-1") is the name.
    let given = turn.answer.map { Self.nameBeforeFigure($0) ?? $0 }
    let answerFits =
      ![.who, .whom].contains(form)
      || (given.map { Self.namesSomeone($0, in: turn.evidence) } ?? false)
    guard let answer = given, answerFits, !Self.adjunctForms.contains(form) else {
      // Nothing to fill in: the wh-phrase's noun stays ("when were season tickets sold").
      return Self.asQuestion(
        [wh, unitNoun, remainder, objectPhrase].compactMap { $0 }.joined(separator: " "))
    }
    // "A senior food industry executive has agreed to buy …" answered with the title: the
    // person the story names for it is who the next question is about.
    var filled = answer
    if isTitle(answer), let person = personIntroducedAfter(turn) { filled = person.name }
    if let unitNoun { filled += " " + unitNoun }
    if list[whIndex].lower == "whose", end > whIndex {
      // "whose shot" + "Mendes" → "Mendes' shot".
      filled = Self.possessive(answer) + " " + words.text(from: whIndex + 1, through: end)
    }
    let firstWord = remainderWords[0].lower
    let verb = turn.analysis.verb?.lowercased()
    // The analysis may give the verb as a lemma ("pass" for "was the freeze passed").
    let verbIndex =
      verb.flatMap { verb in
        remainderWords.indices.dropFirst(2).first { isForm(remainderWords[$0].lower, of: verb) }
      }
      ?? (Lexicon.modals.contains(firstWord) ? verbAfterSubject(remainderWords) : nil)
      ?? passiveParticiple(remainderWords)
    // "how much will the government spend": an auxiliary, a subject, then the verb — the
    // wh-phrase was the object, as after "did".
    if Lexicon.doForms.contains(firstWord)
      || (Self.auxiliaries.contains(firstWord) && verbIndex != nil)
    {
      // The wh-phrase was an object: the answer goes after the verb ("did Rubio meet NOBOA
      // in Quito", "did 50 Cent throw GAME out of G-Unit"), or after a preposition the
      // question ends on ("did the rate rise to 5%").
      let object = leadingPreposition.map { "\($0) \(filled)" } ?? filled
      // "plan to rebuild": the object goes with the last verb of the chain.
      var verbIndex = verbIndex
      while let index = verbIndex, index + 2 < remainderWords.count,
        remainderWords[index + 1].lower == "to"
      {
        verbIndex = index + 2
      }
      if leadingPreposition == nil, let verbIndex, verbIndex + 2 < remainderWords.count {
        let before = words.text(from: end + 1, through: end + 1 + verbIndex)
        let after = Self.stripped(
          words.text(from: end + 2 + verbIndex, through: list.count - 1))
        return Self.asQuestion("\(wh) \(before) \(object) \(after)")
      }
      return Self.asQuestion("\(wh) \(remainder) \(object)")
    }
    if Self.auxiliaries.contains(firstWord) {
      // "who is Ecuador's president" → "when is Daniel Noboa Ecuador's president".
      let rest = remainderWords.count > 1 ? words.text(from: end + 2, through: list.count - 1) : ""
      return Self.asQuestion("\(wh) \(remainderWords[0].surface) \(filled) \(Self.stripped(rest))")
    }
    // The wh-phrase was the subject of a verb: "who warned of X" → "when did Rubio warn of X".
    let subjectVerb = remainderWords[0].lower
    // "struck" → "strike": the lemma other than the word itself, where it has one.
    let lemmas = lexicon.wordNet?.lemmas(subjectVerb, pos: .verb) ?? []
    let lemma = lemmas.first { $0 != subjectVerb } ?? lemmas.first
    if let lemma, lemma != subjectVerb {
      let auxiliary =
        subjectVerb.hasSuffix("s") && !subjectVerb.hasSuffix("ss") ? "does" : "did"
      let rest =
        remainderWords.count > 1
        ? " " + Self.stripped(words.text(from: end + 2, through: list.count - 1)) : ""
      return Self.asQuestion("\(wh) \(auxiliary) \(filled) \(lemma)\(rest)")
    }
    // "which research lab in Dublin is closing" → "why is hi-tech research lab in Dublin
    // closing": the subject runs on to the auxiliary; the wh-phrase's noun stays with an
    // answer that is no name, so a wrong answer still leaves the question's words to
    // search. A name stands for the noun ("why is Media Labs Europe in Dublin closing"):
    // kept, the noun outweighs the verb, and the sentences that give a reason or a date
    // seldom repeat it.
    if let auxIndex = remainderWords.indices.dropFirst().prefix(6).first(where: {
      Self.auxiliaries.contains(remainderWords[$0].lower)
    }), auxIndex + 1 < remainderWords.count {
      let noun =
        end > whIndex && !Self.looksLikeName(filled)
        ? " " + words.text(from: whIndex + 1, through: end) : ""
      // "research lab in Dublin" answered "Media Labs Europe": the name says which lab, so
      // the phrase that picked it out goes with the noun ("why is Media Labs Europe
      // closing?"); left in, its words outweigh the act's in the search.
      let subjectTail =
        noun.isEmpty && Self.looksLikeName(filled)
          && Lexicon.prepositions.contains(remainderWords[0].lower)
        ? "" : words.text(from: end + 1, through: end + auxIndex)
      let rest = Self.stripped(words.text(from: end + 2 + auxIndex, through: list.count - 1))
      let auxiliary = remainderWords[auxIndex].surface
      return Self.asQuestion("\(wh) \(auxiliary) \(filled)\(noun) \(subjectTail) \(rest)")
    }
    return Self.asQuestion("\(wh) \(filled) \(remainder)")
  }

  /// "How big a stake?", "What stake?", "How many shares?": a wh-phrase with a noun the
  /// last question already has. The question is asked again with that noun moved into the
  /// wh-phrase: "who bought a stake in Sina?" → "How big a stake did Shanda buy in Sina?".
  func elaborate(_ turn: ConversationMemory.Turn, askingPhrase phrase: [String], noun: String)
    -> String
  {
    let asked = elaborate(turn, asking: phrase.joined(separator: " "))
    let words = SentenceWords(asked)
    let list = words.words
    let singular = self.singular(noun)
    guard
      let nounIndex = list.indices.dropFirst(phrase.count).first(where: {
        self.singular(list[$0].lower) == singular
      })
    else { return asked }
    var start = nounIndex
    while start > phrase.count,
      ["a", "an", "the", "its", "his", "her", "their"].contains(
        list[start - 1].lower)
    {
      start -= 1
    }
    var bytes = Array(asked.utf8)
    var range = words.utf8Range(from: start, through: nounIndex)
    // Take the space before the phrase with it.
    if range.lowerBound > 0, bytes[range.lowerBound - 1] == UInt8(ascii: " ") {
      range = (range.lowerBound - 1)..<range.upperBound
    }
    bytes.removeSubrange(range)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether an answer to "who …?" can be someone: not a date or figure ("March 2004"),
  /// and not a place ("Rhode Island" for who is buying a business). Filling such an answer
  /// into the next question would search for the wrong answer's words.
  static func namesSomeone(_ answer: String, in evidence: String? = nil) -> Bool {
    guard !isTimeOrFigure(answer), !(looksLikeName(answer) && kind(of: answer) == .place)
    else { return false }
    // "operations in Rhode Island": what the answer's own sentence puts after "in" is
    // where something is, not who does it.
    guard let evidence else { return true }
    return !evidence.contains(" in \(answer)")
  }

  /// "will [the government] spend": the first word after a subject that is mostly a verb.
  func verbAfterSubject(_ words: [SentenceWords.Word]) -> Int? {
    guard words.count > 2, !["be", "have", "been"].contains(words[1].lower),
      lexicon.partsOfSpeech(words[1].lower).first != .verb
    else { return nil }
    return words.indices.dropFirst(2).first {
      lexicon.partsOfSpeech(words[$0].lower).first == .verb
    }
  }

  /// The name an answer opens with when figures follow it ("Holbrook United 3-1" →
  /// "Holbrook United"): a score or a count beside a name is no part of who it is.
  static func nameBeforeFigure(_ answer: String) -> String? {
    let words = SentenceWords(answer)
    let list = words.words
    guard let firstFigure = list.firstIndex(where: { $0.surface.contains(where: \.isNumber) }),
      firstFigure > 0,
      list[firstFigure...].allSatisfy({
        $0.surface.allSatisfy { $0.isNumber || "-–:".contains($0) }
      })
    else { return nil }
    let name = words.text(from: 0, through: firstFigure - 1)
    return looksLikeName(name) ? name : nil
  }

  /// "was [the motion] passed": the participle after a form of "be" and its subject, where
  /// a passive's agent or object goes ("passed by 41 votes").
  func passiveParticiple(_ words: [SentenceWords.Word]) -> Int? {
    guard words.count > 2, Lexicon.copulas.contains(words[0].lower),
      let last = words.indices.last, last >= 2,
      ["ed", "en"].contains(where: { words[last].lower.hasSuffix($0) }),
      lexicon.partsOfSpeech(words[last].lower).contains(.verb)
    else { return nil }
    return last
  }

  /// Whether `word` is a verb in another form than its lemma ("crashed", "won").
  func isInflectedVerb(_ word: String) -> Bool {
    lexicon.wordNet?.lemmas(word, pos: .verb).contains { $0 != word } ?? false
  }

  /// Whether `word` is `verb` or one of its inflections ("passed" and "pass").
  func isForm(_ word: String, of verb: String) -> Bool {
    guard word != verb else { return true }
    guard let lemmas = lexicon.wordNet?.lemmas(word, pos: .verb) else { return false }
    let verbLemmas = lexicon.wordNet?.lemmas(verb, pos: .verb) ?? []
    return lemmas.contains(verb) || lemmas.contains(where: verbLemmas.contains)
  }

  func singular(_ noun: String) -> String {
    lexicon.wordNet?.lemmas(noun, pos: .noun).first ?? noun
  }

  /// A quantity asked of a question that has nothing to count ("For how much?" after "who
  /// is Noboa?"): no rewrite fits, so the user is asked what they mean.
  func quantityFitsNothing(_ wh: [String], base: ConversationMemory.Turn) -> Bool {
    guard wh.contains("much") || wh.contains("many") else { return false }
    let verb = base.analysis.verb?.lowercased()
    // "Who is buying Wembley's business?" is no identity question: the copula there is
    // the auxiliary of a verb in -ing, and the deal it names has a price.
    let words = SentenceWords(base.question).words.map(\.lower)
    let progressive = zip(words, words.dropFirst()).contains { auxiliary, next in
      Lexicon.beForms.contains(auxiliary) && next.count > 4 && next.hasSuffix("ing")
        && lexicon.partsOfSpeech(next).contains(.verb)
    }
    let isIdentity = (verb == nil || Lexicon.beForms.contains(verb ?? "")) && !progressive
    let asksForSomeone = [.who, .whom, .whose].contains(base.analysis.form)
    return isIdentity && asksForSomeone && base.analysis.answerType != .quantity
  }

  /// The example names no firm or person: one from no loaded article would send the
  /// reporter after a deal that is not there.
  func unclearQuantity(_ typed: String, base: ConversationMemory.Turn) -> FollowUp {
    let last = Self.stripped(base.question)
    return FollowUp(
      kind: .needsContext, question: typed,
      message:
        "What does '\(Self.stripped(typed))' refer to? The last question (\(last)?) names no deal or figure to count; ask in full, naming the deal: how much did … pay for …?"
    )
  }
}
