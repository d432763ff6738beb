/// Reading a follow-up against the story it continues (StoryContext).
extension AnswerComposer {
  /// In a follow-up asking for a strict kind (a price, a date, a count), a sentence counts
  /// as one with no candidate unless its best candidate is of that kind and it tells of the
  /// event asked about. The sentence the story began with matches the spelled-out question
  /// best, since the question was spelled out from it, but "For how much?" is answered by
  /// the sentence with the price of the purchase; and a date of something else ("his 2023
  /// victory") is no answer to "when?" (the lead's time, found later, is).
  func storyTypeAgreement(_ type: AnswerType, typeFit: Double?, tellsEvent: Bool) -> Double {
    guard options.story != nil, Self.strictTypes.contains(type), let typeFit else { return 1 }
    if typeFit >= AnswerWeights.typedAnswerFit.value && tellsEvent { return 1 }
    return AnswerWeights.storyUntypedFactor.value
  }

  /// Whether a sentence tells of the event the question asks about: it has the question's
  /// verb or a synonym of it ("purchased" for "buy"). Only such a sentence borrows the
  /// story's words; "since his surprise 2023 victory" names the same man but is no answer
  /// to when he will meet anyone. A question with no verb of its own passes.
  func continuesEvent(
    _ analysis: QuestionAnalysis, present: Set<String>, analyzer: inout TermAnalyzer
  ) -> Bool {
    // The analysis finds no verb in some spelled-out follow-ups ("When did Rubio meet
    // Daniel Noboa?"): then the question's words that are verbs first of all stand for it.
    var verbs = analysis.verb.map { [$0.lowercased()] } ?? verbLikeWords(of: analysis)
    // "When did Dunmore City sack Pryce?" (after "who did Dunmore City sack?"): "sack" is a
    // noun first to WordNet, and with no verb every sentence of the story told of the act,
    // so the date of his appointment answered, sure of it.
    if verbs.isEmpty, options.story != nil, let verb = verbAfterDoAndSubject(analysis.text) {
      verbs = [verb]
    }
    let terms = verbs.filter { !Self.copulas.contains($0) }.compactMap { analyzer.term(for: $0) }
    guard !terms.isEmpty else { return true }
    // "When?" after "what did Ferris say?": every sentence of a story reports speech, and
    // only one where the speaker the question names speaks tells of that statement. (The
    // first verb is the act asked about; the words of what was said come after it.)
    if let act = verbs.first,
      Lexicon.reportingVerbs.contains(act) || QuestionAnalyzer.reportingLemmas.contains(act),
      !analysis.nameTerms.isEmpty,
      !analysis.nameTerms.contains(where: present.contains)
    {
      return false
    }
    // "For how much?" after "who is buying the division?": the price's sentence says what
    // was paid, an act the purchase entails.
    let entailed = verbs.flatMap { lexicon.wordNet?.entailedVerbs($0) ?? [] }
      .filter { !$0.contains("_") }.compactMap { analyzer.term(for: $0) }
    if entailed.contains(where: present.contains) { return true }
    // Synonyms of the verb's first sense only: the looser paraphrases let "find" stand for
    // "meet".
    return terms.contains { term in
      present.contains(term)
        || analysis.expansions.contains { $0.value == term && present.contains($0.key) }
    }
  }

  /// The question's words that are verbs first of all, which stand for its verb where the
  /// analysis finds none. A name the question writes with a capital is someone, never the
  /// act, though WordNet knows it as a verb: "For how much did Bates buy a stake?" read
  /// "bate" as an act, and "Bates stepped down … following Roman Abramovich's £140m
  /// takeover" then told of it.
  func verbLikeWords(of analysis: QuestionAnalysis) -> [String] {
    let names = Set(
      SentenceWords(analysis.text).words.dropFirst().filter(\.isCapitalized).map(\.lower))
    return analysis.focusWords.filter {
      !names.contains($0) && lexicon.partsOfSpeech($0).first == .verb
    }
  }

  /// The verb of "WH did SUBJECT VERB …?": after the do-form, the subject's names (or its
  /// first noun, when it has no name: "the club") are skipped, and the first word WordNet
  /// has as a verb in its bare form is the act.
  func verbAfterDoAndSubject(_ question: String) -> String? {
    let list = SentenceWords(question).words
    guard list.count > 3, let wh = list.first, Lexicon.whWords.contains(wh.lower),
      let doIndex = list.indices.dropFirst().prefix(3).first(where: {
        Lexicon.doForms.contains(list[$0].lower)
      })
    else { return nil }
    var skippedSubject = false
    for word in list[(doIndex + 1)...] {
      if Lexicon.determiners.contains(word.lower) || word.lower == "s" { continue }
      if word.isCapitalized {
        skippedSubject = true
        continue
      }
      guard skippedSubject else {
        skippedSubject = true
        continue
      }
      if Lexicon.isFunctionWord(word.lower) { return nil }
      guard lexicon.wordNet?.lemmas(word.lower, pos: .verb).contains(word.lower) == true else {
        return nil
      }
      return word.lower
    }
    return nil
  }

  /// The forms of "be", "do" and "have" (not "having"): the lexicon's auxiliaries less the
  /// modals.
  static let copulas = Lexicon.auxiliaries.subtracting(Lexicon.modals).subtracting(["having"])
}
