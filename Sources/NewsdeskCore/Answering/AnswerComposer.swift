import Foundation

/// Turns retrieved sentences into an answer: reads the best few, scores the short-answer
/// candidates in each by type and nearness to the question's words, weighs them by how much
/// of the question the sentence covers, and decides whether the articles say enough to answer.
public struct AnswerComposer: Sendable {
  public struct Options: Sendable, Equatable {
    /// Below this confidence newsdesk abstains: by default the lowest at which the answers
    /// given on the tuning sets were right 90% of the time (`make calibrate` measures it).
    public var threshold = ConfidenceCalibration.defaultThreshold
    /// How many retrieved sentences are read for a short answer.
    public var sentencesRead = 6
    /// Answer rules left out by name, to measure what each is worth (see
    /// docs/adding-a-rule.md): those named in `NEWSDESK_RULES_OFF`, none in normal use.
    public var disabledRules = Options.rulesOffInEnvironment
    /// The story a follow-up continues, whose sentences may borrow its words; nil for a
    /// question of its own.
    public var story: StoryContext?
    public init() {}
  }

  public var options: Options
  /// Turns the rules' signals into a probability; nil keeps the rules' own confidence (how
  /// `make calibrate` collects the signals it fits).
  public var calibration: ConfidenceCalibration? = ConfidenceCalibration.fitted
  /// WordNet, the syntax model and the closed word classes the articles are read with.
  public let lexicon: Lexicon
  var extractor: ShortAnswerExtractor {
    ShortAnswerExtractor(lexicon: lexicon, disabledRules: options.disabledRules)
  }

  public init(lexicon: Lexicon, options: Options = Options()) {
    self.lexicon = lexicon
    self.options = options
  }

  public func compose(
    analysis: QuestionAnalysis, retrieved: [ScoredSentence], library: ArticleLibrary,
    limit: Int, excluding: Set<String> = []
  ) -> Answer {
    var evidence = retrieved.map { evidenceFor($0, library: library) }
    // An over-long sentence is read, and shown, in part.
    var lengthAnalyzer = TermAnalyzer(lexicon: lexicon)
    let questionTerms = Set(analysis.terms + analysis.expansions.keys)
    var wordsInWhole: [Int: Int] = [:]
    for position in evidence.indices {
      let bounded = bounded(evidence[position], terms: questionTerms, analyzer: &lengthAnalyzer)
      evidence[position] = bounded.evidence
      wordsInWhole[position] = bounded.wordsInWhole
    }
    var answer = Answer(
      question: analysis.text, analysis: analysis, shortAnswer: nil, abstained: true,
      evidence: evidence.first, confidence: 0, candidates: Array(evidence.prefix(limit)))
    guard let best = retrieved.first else { return answer }
    var analyzer = TermAnalyzer(lexicon: lexicon)
    var weights: [String: Double] = [:]
    for term in analysis.terms { weights[term] = library.index.sentenceIDF(of: term) }
    // A time the question names is matched by date, not only as words: "September 3"
    // finds "Wednesday" in an article of September 4.
    let timeText = analysis.time.map { $0.words.sorted().joined(separator: " ") } ?? ""
    let context = ShortAnswerExtractor.QuestionContext(
      analysis: analysis, termWeights: weights, lexicon: lexicon)

    var chosen = 0
    var chosenCandidate: ShortAnswerExtractor.Candidate?
    // The next best candidate of the chosen sentence, for the trace.
    var chosenRunnerUp: ShortAnswerExtractor.Candidate?
    var chosenScore = -1.0
    var chosenCoverage = 0.0
    var chosenReferences: [ReferenceResolver.Mention] = []
    var readings: [SourceReading] = []
    for (position, scored) in retrieved.prefix(options.sentencesRead).enumerated() {
      let sentence = evidence[position].sentence
      let references = referencesIn(evidence[position], library: library)
      // "He warned …" covers "Rubio" when "he" is Rubio.
      var resolved = ([sentence] + references.map(\.name)).joined(separator: " ")
      let following =
        analysis.answerType == .quote
        ? nextSentence(of: evidence[position], library: library) : nil
      if analysis.answerType == .quote, let verb = analysis.verb {
        let statements = ReportedSpeech(lexicon: lexicon).statements(
          in: SentenceWords(sentence), next: following.map(SentenceWords.init))
        // "What did Rubio say?" is answered by what he said, warned or vowed alike, and by
        // a quote whose speaker the next sentence names.
        if !statements.isEmpty { resolved += " " + verb }
        for speaker in statements.compactMap(\.speakerInNextSentence) { resolved += " " + speaker }
        // A quote the next sentence carries on says what that sentence says too.
        if let following, statements.contains(where: \.isQuote),
          ReportedSpeech(lexicon: lexicon).isBareContinuation(SentenceWords(following))
        {
          resolved += " " + following
        }
      }
      let present = Set(analyzer.terms(in: resolved))
      var coverage = coverage(weights, expansions: analysis.expansions, present: present)
      // The WordNet relatives the sentence uses for the question's words ("spotted" for
      // "discovered") count for the confidence in its answer; the sentence is chosen as before.
      let relativesGain =
        self.coverage(
          weights, expansions: analysis.expansions, relatives: analysis.relatives,
          present: present) - coverage
      // "This triggered one of the largest gold rushes": a sentence that opens with a pronoun
      // continues the one before, whose words count for it too, a little less.
      if let previous = previousSentence(of: evidence[position], library: library),
        Self.opensWithAnaphor(sentence)
      {
        let joined = coverageOf(
          weights, expansions: analysis.expansions, in: previous + " " + sentence,
          analyzer: &analyzer)
        coverage = max(coverage, AnswerWeights.anaphorCredit.value * joined)
      }
      // "For how much?" after "who bought a stake in Sina?": the price's sentence names
      // neither buyer nor stake; the story it continues does.
      let tellsEvent =
        (options.story != nil || Self.strictTypes.contains(analysis.answerType))
        && continuesEvent(analysis, present: present, analyzer: &analyzer)
      if let story = options.story, evidence[position].articleNumber == story.articleNumber,
        tellsEvent
      {
        let joined = coverageOf(
          weights, expansions: analysis.expansions, in: story.evidence + " " + resolved,
          analyzer: &analyzer)
        coverage = max(coverage, AnswerWeights.storyCredit.value * joined)
      }
      // Such a sentence borrows the story's rank with its words: "They blocked the road with
      // 200 tractors" ranks far below the sentence it continues, which repeats the question.
      let borrowedShare =
        options.story?.articleNumber == evidence[position].articleNumber && tellsEvent
        ? AnswerWeights.storyCredit.value : 0
      let retrievalShare = max(scored.score / max(best.score, 0.001), borrowedShare)
      // Which sentence to read is chosen with the question's paraphrases too.
      let choiceCoverage = max(
        coverage,
        self.coverage(
          weights, expansions: analysis.expansions, paraphrases: analysis.paraphrases,
          present: present))
      var sentenceWeight = choiceCoverage * Self.retrievalWeight(retrievalShare)
      if let time = analysis.time {
        let articleDate = library.articles[evidence[position].articleNumber].date
        let agreement = timeAgreement(of: sentence, articleDate: articleDate, with: time)
        if agreement == .agrees {
          coverage = coverageOf(
            weights, expansions: analysis.expansions, in: resolved + " " + timeText,
            analyzer: &analyzer)
          sentenceWeight = max(coverage, choiceCoverage) * Self.retrievalWeight(retrievalShare)
        }
        sentenceWeight *= timeFactor(agreement)
      }
      // "What else?": the best answer not given already.
      // The parse of the few sentences read (the annotator keeps it for the other readers).
      let ranked = extractor.candidates(
        in: sentence, context: context, analyzer: &analyzer, references: references,
        nextSentence: following, annotated: extractor.syntax?.annotate(sentence)
      ).filter {
        excluding.isEmpty || !excluding.contains(AnswerNormalizer.normalize($0.text))
      }
      let top = ranked.first
      var score =
        sentenceWeight
        * (top.map { AnswerWeights.candidateScoreBase.value + $0.score }
          ?? AnswerWeights.noCandidateFactor.value)
        * Self.typeAgreement(analysis.answerType, typeFit: top?.typeFit ?? 0)
        * storyTypeAgreement(analysis.answerType, typeFit: top?.typeFit, tellsEvent: tellsEvent)
        * strictKindAgreement(analysis, typeFit: top?.typeFit, tellsEvent: tellsEvent)
      // A sentence whose best candidate is the question's verb's own argument or modifier
      // states the act asked about, not only its words.
      if let top, Self.answersAlignedVerb(top) {
        score *= AnswerWeights.alignedAnswerSentenceBoost.value
      }
      if analysis.answerType == .quote {
        // A statement by someone else is no answer, however well the sentence matches.
        score *= top?.typeFit ?? AnswerWeights.noStatementFactor.value
      }
      let termShare =
        Double(weights.keys.filter(present.contains).count) / Double(max(weights.count, 1))
      readings.append(
        SourceReading(
          position: position, score: score, coverage: coverage, termShare: termShare,
          terms: present, candidate: top, runnerUp: ranked.dropFirst().first))
      if score > chosenScore {
        chosenScore = score
        chosen = position
        chosenCandidate = top
        chosenRunnerUp = ranked.dropFirst().first
        chosenCoverage = min(1, coverage + relativesGain)
        chosenReferences = references
      }
    }
    // `--top` lists the sentences in the composer's order (SentenceRanking), not retrieval's.
    answer.candidates = rankedSentences(
      evidence, retrieved: retrieved, readings: readings, chosen: chosen, limit: limit,
      context: context, analyzer: &analyzer)
    if Self.timeTypes.contains(analysis.answerType),
      chosenCandidate.map({ $0.typeFit < AnswerWeights.typedAnswerFit.value }) ?? true,
      let (neighbour, candidate) = neighbouringTime(
        of: evidence[chosen], context: context, library: library, analyzer: &analyzer)
    {
      // "Rubio will meet Noboa" says when only in the sentence before ("… Thursday in
      // Ecuador"): the lead gives the time once for the whole story.
      evidence[chosen] = neighbour
      chosenCandidate = candidate
      chosenRunnerUp = nil
      chosenCoverage *= AnswerWeights.neighbourCredit.value
      answer.signals.neighbourTime = true
    }
    if analysis.answerType == .reason,
      chosenCandidate.map({ $0.typeFit < 1 }) ?? true,
      let (neighbour, candidate) = followingReason(
        of: evidence[chosen], context: context, library: library, analyzer: &analyzer)
    {
      // "… but was granted £349m. That was because …": the reason follows what it explains.
      evidence[chosen] = neighbour
      chosenCandidate = candidate
      chosenRunnerUp = nil
      chosenCoverage *= AnswerWeights.neighbourCredit.value
    }
    var supporting = evidence[chosen]
    var confidence = chosenCoverage
    // Each check that changed the confidence, for the trace.
    var steps = [ConfidenceStep(check: "coverage", confidence: confidence)]
    func noteCheck(_ check: String) {
      steps.append(ConfidenceStep(check: check, confidence: confidence))
    }
    let strict = Self.strictTypes.contains(analysis.answerType)
    // Names must be names; a reason or a manner may be any clause.
    let typed = [.person, .organization, .place, .role, .quote].contains(analysis.answerType)
    answer.signals.typeVerdict = .untyped
    // Why the rules hold the answer unsupported, each told where it is found.
    var reasons: [AbstentionReason] = []
    if let candidate = chosenCandidate, candidate.typeFit >= AnswerWeights.typedAnswerFit.value {
      confidence = Self.typedConfidence(coverage: chosenCoverage, typeFit: candidate.typeFit)
      answer.signals.typeVerdict = .fits
    } else if strict {
      answer.signals.typeVerdict = .missing
      reasons.append(.noAnswerOfKind(analysis.answerType))
      // A time, number or amount question with no time, number or amount to give: the
      // articles do not say, whatever else the sentence shares with the question.
      confidence = min(
        confidence * AnswerWeights.missingKindConfidence.value,
        AnswerWeights.unsupportedCeiling.value)
    } else if analysis.answerType == .quote {
      // Someone else's words are not what the question's speaker said.
      confidence = min(confidence, AnswerWeights.unsupportedCeiling.value)
      answer.signals.typeVerdict = .missing
      reasons.append(.otherSpeaker)
    } else if let candidate = chosenCandidate, typed,
      candidate.typeFit >= AnswerWeights.plausibleAnswerFit.value
    {
      // Plausibly of the kind asked (an unknown name for a place): a weaker answer.
      confidence *= AnswerWeights.plausibleConfidence.value
      answer.signals.typeVerdict = .plausible
    } else if typed || context.prefersNames {
      // A person, place or name question answered by something that is not one.
      confidence *= AnswerWeights.wrongKindConfidence.value
      answer.signals.typeVerdict = .wrongKind
      reasons.append(.noAnswerOfKind(analysis.answerType))
    }
    noteCheck(answer.signals.typeVerdict.rawValue)
    // A story's quotes are about what its headline names ("Tories leave door open for
    // Archer": what Lord Tebbit said there is about Archer, though the sentence says "the
    // case").
    let headline =
      analysis.answerType == .quote
      ? library.articles[evidence[chosen].articleNumber].title : ""
    if analysis.answerType == .quote,
      !saysAboutTopic(
        analysis,
        sentence: evidence[chosen].sentence + " " + (chosenCandidate?.text ?? "") + " " + headline,
        analyzer: &analyzer)
    {
      // "What did Rubio say about China?" over something he said on another subject.
      confidence = min(confidence, AnswerWeights.unsupportedCeiling.value)
      answer.signals.offTopic = true
      reasons.append(.offTopic(Self.topic(of: analysis)))
      noteCheck("offTopic")
    }
    // A name the question gives that the supporting sentence lacks: the sentence may be
    // about someone else ("who is Mexico's president?" over a sentence on Ecuador's).
    let previous = previousSentence(of: evidence[chosen], library: library)
    // A name written as "he" or "the minister" in the sentence is there too.
    let resolvedSupport = ([evidence[chosen].sentence] + chosenReferences.map(\.name))
      .joined(separator: " ")
    let missing = missingNames(
      analysis, in: resolvedSupport, previous: previous, analyzer: &analyzer
    ).filter { !isTopic($0, of: analysis, heldBy: headline, analyzer: &analyzer) }
    confidence *= pow(AnswerWeights.missingNameFactor.value, Double(missing.count))
    answer.signals.missingNames = missing.count
    if !missing.isEmpty { reasons.append(.missingNames(missing.map(\.text))) }
    if !missing.isEmpty { noteCheck("missingNames") }
    let supportingTerms = Set(analyzer.terms(in: resolvedSupport))
    if let head = analysis.headNoun, !Self.genericHeads.contains(head),
      chosenCandidate?.typeFit ?? 0 < 1,
      let headTerm = analyzer.term(for: head), !supportingTerms.contains(headTerm)
    {
      // "What is the capital of Ecuador?" over a sentence with no capital in it and no
      // answer that is plainly one.
      confidence *= AnswerWeights.headMissingConfidence.value
      answer.signals.headMissing = true
      reasons.append(.missingHead(head))
      noteCheck("headMissing")
    }
    // A word of the question that no loaded sentence has, nor any relative of it: the
    // articles may not be about what is asked ("Ecuador's defence minister").
    let timeTerms = Set(analyzer.terms(in: timeText))
    let unknownWords = weights.keys.filter { term in
      !timeTerms.contains(term) && library.index.sentenceFrequency(of: term) == 0
        && !analysis.expansions.contains {
          $0.value == term && library.index.sentenceFrequency(of: $0.key) > 0
        }
    }
    confidence *= pow(AnswerWeights.unknownWordFactor.value, Double(unknownWords.count))
    answer.signals.unknownWords = unknownWords.count
    // Unseen terms are never matched, so leaving them out only rescales the coverage.
    let knownWeight = weights.filter { !unknownWords.contains($0.key) }.values.reduce(0, +)
    let totalWeight = weights.values.reduce(0, +)
    answer.signals.knownCoverage =
      knownWeight > 0 ? min(1, chosenCoverage * totalWeight / knownWeight) : 0
    if !unknownWords.isEmpty {
      reasons.append(
        .unknownWords(questionWords(of: Set(unknownWords), in: analysis, analyzer: &analyzer)))
      noteCheck("unknownWords")
    }
    let unknownNames = unknownNames(
      analysis, library: library,
      retrieved: namingSentences(evidence.prefix(options.sentencesRead), library: library),
      analyzer: &analyzer)
    if !unknownNames.isEmpty {
      reasons.append(.unknownName(unknownNames))
      // "What did Putin say?" over articles that never name Putin.
      confidence = min(confidence, AnswerWeights.unsupportedCeiling.value)
      answer.signals.unknownName = true
      noteCheck("unknownName")
    }
    // "Who was the youngest …?" over a sentence on the oldest: the sentence says otherwise.
    answer.signals.contrast = contrast(
      analysis, sentence: evidence[chosen].sentence, read: evidence.prefix(options.sentencesRead),
      library: library)
    if !answer.signals.contrast.reasons.isEmpty {
      reasons += answer.signals.contrast.reasons
      confidence = min(confidence, AnswerWeights.unsupportedCeiling.value)
      noteCheck("opposite")
    }
    confidence = min(1, max(0, confidence))
    if steps.last?.confidence != confidence { noteCheck("capped") }
    answer.signals.coverage = chosenCoverage
    answer.signals.candidateScore = chosenCandidate?.score ?? 0
    answer.ruleTrace = AnswerTrace(chosen: chosenCandidate?.trace, runnerUp: chosenRunnerUp?.trace)
    answer.signals.typeFit = chosenCandidate?.typeFit ?? 0
    answer.signals.retrievalScore = retrieved[chosen].score
    answer.signals.questionTerms = weights.count
    // A rival is a sentence that would answer otherwise; one giving the same answer agrees.
    let chosenText = chosenCandidate.map { AnswerNormalizer.normalize($0.text) }
    let rivals =
      readings.filter {
        $0.position != chosen
          && $0.candidate.map { AnswerNormalizer.normalize($0.text) } != chosenText
      }.map(\.score).max() ?? 0
    answer.signals.margin = chosenScore > 0 ? max(0, 1 - rivals / chosenScore) : 0
    let sentenceTerms = Set(analyzer.terms(in: evidence[chosen].sentence))
    answer.signals.termShare =
      Double(weights.keys.filter { sentenceTerms.contains($0) }.count)
      / Double(max(weights.count, 1))
    // What the question asks that the answer's clause does not state (calibration features).
    answer.signals.clause = clauseEvidence(
      analysis, sentence: evidence[chosen].sentence, candidate: chosenCandidate?.utf8Range,
      analyzer: &analyzer)
    reasons += answer.signals.clause.reasons(for: analysis)
    if answer.signals.clause.contradictingYear != nil {
      // "Who won in 1998?" over a sentence on 2003: on the SQuAD 2.0 train titles and the
      // yardstick the answers so contradicted were 16 unanswerable questions, 5 wrong answers
      // and 1 right one, so the rules hold them unsupported (declined, the year told).
      confidence = min(confidence, AnswerWeights.unsupportedCeiling.value)
      noteCheck("otherYear")
    }
    if answer.signals.clause.absentMeasure != nil {
      // "What is the population of Peru?" over a sentence giving a share of cocaine: a
      // figure of the right type about something the sentence never names.
      confidence = min(confidence, AnswerWeights.unsupportedCeiling.value)
      noteCheck("measureNotGiven")
    }
    measureAnswer(&answer.signals, candidate: chosenCandidate, runnerUp: chosenRunnerUp)
    // "Striker Jonah Tedesco": the role word goes to the answer's description.
    let openingRole = chosenCandidate.flatMap {
      withoutOpeningRole($0, in: evidence[chosen].sentence)
    }
    if let openingRole { chosenCandidate = openingRole.candidate }
    supporting.highlight = chosenCandidate?.utf8Range
    if let whole = wordsInWhole[chosen], supporting.sentence == evidence[chosen].sentence {
      let notice = Self.longSentenceNotice(supporting, wordsInWhole: whole)
      answer.analysis.notice = [answer.analysis.notice, notice].compactMap { $0 }.joined(
        separator: "; ")
    }
    answer.evidence = supporting
    answer.signals.ruleConfidence = confidence
    answer.confidence = calibrated(
      answer.signals, analysis: analysis, hasShortAnswer: chosenCandidate != nil)
    steps.append(ConfidenceStep(check: "calibrated", confidence: answer.confidence))
    // No short answer to give is no answer, however well the sentence matches; a yes/no
    // question alone is answered by its sentence.
    let unanswered = chosenCandidate == nil && analysis.answerType != .yesNo
    answer.abstained =
      answer.confidence < options.threshold || unanswered
      || heldUnsupported(answer.signals, analysis: analysis)
    answer.shortAnswer = answer.abstained ? nil : chosenCandidate?.text
    if answer.abstained { answer.evidence?.highlight = nil }
    if !answer.abstained, chosenCandidate != nil {
      // Other articles that give the same answer, or a different one.
      (answer.alsoCitedIn, answer.otherAnswers) = otherSources(
        readings, chosen: chosen, evidence: evidence, analysis: analysis, library: library)
    }
    if !answer.abstained, let candidate = chosenCandidate, let sentence = answer.evidence?.sentence
    {
      if [.person, .organization, .description].contains(analysis.answerType) {
        answer.role = AnswerDetails().role(of: candidate.utf8Range, in: sentence)
      }
      if analysis.answerType == .person, let verb = analysis.verb,
        Lexicon.reportingVerbs.contains(verb)
          || QuestionAnalyzer.reportingLemmas.contains(verb),
        let role = ReportedSpeech(lexicon: lexicon).role(
          ofSpeaker: candidate.utf8Range, in: sentence)
      {
        // "Who said …?": the speaker with the whole role the sentence gives them.
        answer.role = role
      }
      if analysis.answerType == .person,
        roleConflicts(analysis, sentence: sentence, role: answer.role, analyzer: &analyzer)
      {
        // The sentence does not make this person what the question asks about.
        answer.signals.roleConflict = true
        reasons.append(.otherRole)
        answer.signals.ruleConfidence = min(
          answer.signals.ruleConfidence, AnswerWeights.unsupportedCeiling.value)
        answer.confidence = calibrated(answer.signals, analysis: analysis, hasShortAnswer: true)
        steps.append(ConfidenceStep(check: "otherRole", confidence: answer.confidence))
        answer.abstained =
          answer.confidence < options.threshold
          || heldUnsupported(answer.signals, analysis: analysis)
        if answer.abstained {
          answer.shortAnswer = nil
          answer.role = nil
          answer.evidence?.highlight = nil
          answer.alsoCitedIn = []
          answer.otherAnswers = []
        }
      }
      // The opening role word once: the speaker's role may already hold it ("analyst of
      // Brennock Securities").
      if let role = openingRole?.role, answer.role?.hasPrefix(role) != true {
        answer.role = [role, answer.role].compactMap { $0 }.joined(separator: ", ")
      }
      answer.speaker = candidate.speaker
      if [.date, .time].contains(analysis.answerType) {
        let articleDate = library.articles[answer.evidence!.articleNumber].date
        // "was arrested on Sunday" is the Sunday before, "will meet on Sunday" the next.
        let tense = lexicon.annotator?.annotate(sentence).tense(of: candidate.utf8Range)
        answer.answerDate = DateResolver().resolve(
          candidate.text, articleDate: articleDate, tense: tense ?? .unmarked)
      }
    }
    if answer.abstained {
      let fallback: AbstentionReason =
        chosenCandidate == nil && analysis.answerType != .yesNo
        ? .noShortAnswer
        : .unsure(
          confidence: answer.confidence,
          threshold: max(
            options.threshold,
            heldUnsupported(answer.signals, analysis: analysis)
              ? ConfidenceCalibration.ruleFloor : 0),
          lacking: answer.signals.clause.unsharedWords)
      if !unknownWordsDecide(
        answer.signals, analysis: analysis, hasShortAnswer: chosenCandidate != nil)
      {
        reasons.removeAll { if case .unknownWords = $0 { return true } else { return false } }
      }
      answer.abstentionReason = AbstentionReason.mostSpecific(reasons + [fallback])
    }
    answer.ruleTrace.confidence = steps
    // Lists and yes/no questions are read off the parse (AnswerComposer+Forms.swift).
    // So are the roles an identity question asks for (AnswerComposer+Identity.swift).
    let formed = answeredByForm(
      answer, analysis: analysis, evidence: evidence, retrieved: retrieved, library: library)
    let identified = answeredByIdentity(
      formed, analysis: analysis, evidence: evidence, library: library)
    let held = answeredByRoleHolder(identified, analysis: analysis, evidence: evidence)
    return answeredByNamedLeadSpeaker(held, analysis: analysis, library: library)
  }

  /// The share of the question's information (IDF-weighted terms) the sentence contains.
  /// Terms the index has never seen weigh most, so a question about something no article
  /// mentions cannot reach the threshold.
  /// A term missing from the sentence but stood for by a lexicon relative earns part of its
  /// weight ("departure" for "departs"), and a looser paraphrase a smaller part, when given
  /// (for choosing the sentence only).
  func coverageOf(
    _ weights: [String: Double], expansions: [String: String],
    paraphrases: [String: String] = [:], relatives: TermRelatives = TermRelatives(),
    in sentence: String, analyzer: inout TermAnalyzer
  ) -> Double {
    coverage(
      weights, expansions: expansions, paraphrases: paraphrases, relatives: relatives,
      present: Set(analyzer.terms(in: sentence)))
  }

  /// `coverageOf` over a sentence's terms already found. A WordNet relative of a term
  /// (`TermRelatives`, graded by how close it stands) earns its grade of the term's weight
  /// when nothing closer is there: a sentence that paraphrases the question ("the comet was
  /// first spotted" for "discovered") is not held to share none of it.
  func coverage(
    _ weights: [String: Double], expansions: [String: String],
    paraphrases: [String: String] = [:], relatives: TermRelatives = TermRelatives(),
    present: Set<String>
  ) -> Double {
    let total = weights.values.reduce(0, +)
    guard total > 0 else { return 0 }
    let related = Set(expansions.filter { present.contains($0.key) }.values)
    let paraphrased = Set(paraphrases.filter { present.contains($0.key) }.values)
    var matched = 0.0
    for (term, weight) in weights {
      if present.contains(term) {
        matched += weight
        continue
      }
      var credit =
        AnswerWeights.relativeCoverageShare.value
        * relatives.credit(of: term, in: present)
      if related.contains(term) {
        credit = max(credit, AnswerWeights.relatedCredit.value)
      } else if paraphrased.contains(term) {
        credit = max(credit, AnswerWeights.paraphraseCredit.value)
      }
      matched += credit * weight
    }
    return matched / total
  }

  /// The rules that find a candidate on the sentence's verb aligned with the question's.
  static let alignedVerbRules: Set<String> = [
    "alignedRole", "modifierOfAlignedVerb", "placeInVerbPhrase",
  ]

  /// Whether a candidate stands in the asked role of the sentence's verb aligned with the
  /// question's, or modifies that verb (or a noun of its phrase) as the time, place or
  /// reason asked.
  static func answersAlignedVerb(_ candidate: ShortAnswerExtractor.Candidate) -> Bool {
    // The act done by another named actor is not the act asked about.
    candidate.firings.contains {
      Self.alignedVerbRules.contains($0.rule) && $0.factor > 1
    } && !candidate.firings.contains { $0.rule == "otherNamedActor" && $0.factor < 1 }
  }

  static func opensWithAnaphor(_ sentence: String) -> Bool {
    guard let first = WordTokenizer.words(in: sentence).first else { return false }
    return ["this", "these", "it", "he", "she", "they", "that", "those", "such"].contains(first)
  }

  func nextSentence(of evidence: Evidence, library: ArticleLibrary) -> String? {
    let article = library.articles[evidence.articleNumber]
    guard evidence.sentenceNumber < article.sentences.count else { return nil }
    return article.sentence(evidence.sentenceNumber)
  }

  func previousSentence(of evidence: Evidence, library: ArticleLibrary) -> String? {
    guard evidence.sentenceNumber >= 2 else { return nil }
    return library.articles[evidence.articleNumber].sentence(evidence.sentenceNumber - 2)
  }

  /// Head nouns that only say an answer is wanted ("what type of …", "the name of …").
  static let genericHeads: Set<String> = [
    "name", "term", "title", "type", "kind", "sort", "form", "word", "thing", "one",
  ]

  /// Types whose answer must be of that type: a date, a number, an amount.
  static let strictTypes: Set<AnswerType> = [
    .date, .time, .number, .percent, .money, .quantity, .duration,
  ]

  /// The pronouns and role nouns of a retrieved sentence that stand for a name.
  func referencesIn(_ evidence: Evidence, library: ArticleLibrary) -> [ReferenceResolver.Mention] {
    let article = library.articles[evidence.articleNumber]
    return ReferenceResolver(lexicon: lexicon).mentions(
      inSentence: evidence.sentenceNumber - 1, sentenceCount: article.sentences.count
    ) { article.sentence($0) }
  }

  func evidenceFor(_ scored: ScoredSentence, library: ArticleLibrary) -> Evidence {
    let (articleNumber, sentence) = library.index.location(ofSentence: scored.sentence)
    let article = library.articles[articleNumber]
    return Evidence(
      article: ArticleCitation(article), articleNumber: articleNumber,
      sentenceNumber: sentence + 1, sentence: article.sentence(sentence),
      score: (scored.score * 1000).rounded() / 1000, highlight: nil)
  }
}
