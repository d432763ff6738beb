/// The order `--top` shows the retrieved sentences in: the composer's, not retrieval's alone.
/// Sentences rank by how much of the question they hold, whether they hold an answer of the
/// kind asked, whether the question's phrases stand together in them, whether they name whom
/// the question names, and whether the answer is taken from them.
///
/// Measured on TrecQA (`make quality ARGS="--sets trecqa"`, MAP / MRR): retrieval's order
/// 0.709 / 0.773 on dev, 0.679 / 0.763 on train; this order 0.814 / 0.859 and 0.775 / 0.855.
/// Plain word overlap scores 0.749 / 0.832 and 0.669 / 0.746.
struct SentenceRanking {
  /// What the ranking knows of one sentence.
  struct Standing: Equatable {
    /// Its place in retrieval's order, which breaks ties.
    var position: Int
    /// IDF-weighted share of the question's terms it holds (relatives and paraphrases
    /// counted in part), as the composer measures it.
    var coverage: Double
    /// The share of the question's distinct terms it holds, each counted once, the noun
    /// naming the kind asked left out (`SentenceRanking.termShare`).
    var termShare: Double
    /// How well its best short answer fits the kind asked (0 without one).
    var typeFit: Double
    /// Its best short answer's own score (type, nearness to the question's words, shape).
    var candidateScore: Double
    /// The share of the question's adjacent term pairs it has adjacent too.
    var bigramShare: Double
    /// Its retrieval score as a share of the best one.
    var retrievalShare: Double
    /// The answer is taken from it.
    var answered = false
    /// The question names someone or something and it names none of them.
    var namesNoneAsked = false
    /// It holds a word of the kind the question's noun asks for ("blue" for "what color",
    /// "basketball" for "what sport").
    var holdsKindAsked = false

    var score: Double {
      let weights = Weights.self
      return (answered ? weights.answered : 0) + weights.coverage * coverage
        + weights.termShare * termShare
        + weights.answer * SentenceRanking.answerCredit(typeFit)
        + weights.candidate * candidateScore + weights.bigrams * bigramShare
        + weights.retrieval * retrievalShare - (namesNoneAsked ? weights.namesNoneAsked : 0)
        + (holdsKindAsked ? weights.kindAsked : 0)
    }
  }

  /// The weights, each with what it was worth on TrecQA (MAP, dev / train) when it was set,
  /// against the order without it.
  ///
  /// Tried and not kept (each added alone to the order as it stood, dev / train MAP 0.791 /
  /// 0.758): the question's words close together, matched terms over the shortest run of
  /// words holding them (0.783-0.788 / 0.756-0.762 at weights 0.1-0.5); the question's verb
  /// (its parse's lemma or a lexicon relative) in the sentence (0.779-0.786 / 0.751-0.756):
  /// the verb is among the terms counted already, and counting it again outweighs the names;
  /// the composer's own score of the sentences it read (0.780-0.788 / 0.754-0.758); shorter
  /// sentences (log length, 0.731-0.783 / 0.701-0.761).
  enum Weights {
    /// The sentence the answer is taken from: the composer weighed more in choosing it (the
    /// alignment of the question with it, names, time) than the ranking sees. 0.5 keeps it
    /// first unless another sentence holds plainly more of the question: dev 0.797 / 0.788 /
    /// 0.784 and train 0.740 / 0.756 / 0.756 at 0, 0.5 and 1 (1 puts it first always here).
    static let answered = 0.5
    /// The composer's coverage and the plain term share together (+0.05 / +0.06 over
    /// retrieval's order with the answered sentence first, 0.730 / 0.718); either alone
    /// is worse: IDF rewards one rare word, the share every word alike.
    static let coverage = 1.0
    static let termShare = 1.0
    /// A short answer of the kind asked in the sentence (+0.003 / +0.02).
    static let answer = 0.5
    /// The short answer's own score, its nearness to the question's words (+0.003 / +0.002).
    static let candidate = 0.3
    /// The question's word pairs kept together ("gang color", "Peace Prize") (+0.01 / 0).
    static let bigrams = 0.5
    /// Retrieval's score, which also counts the article (small: BM25 alone is weaker here
    /// than word overlap).
    static let retrieval = 0.2
    /// Taken off a sentence that names none of whom or what the question names ("Crips" in
    /// "what is Crips' gang color?"): a sentence about someone else seldom answers, however
    /// many of the other words it shares. Dev / train 0.796 / 0.761 without it, 0.811 / 0.768
    /// at 0.5 (0.3: 0.810 / 0.766; 0.7: 0.815 / 0.753). Taking off each share of the names
    /// missing instead did less on train (0.810 / 0.763 at 0.5). On the yardstick's Wikipedia
    /// paragraphs, which name their subject once and then say "it" or "the state", it costs
    /// 3 of 501 evidence sentences first in the `--top` order (426 → 423; the answer's own
    /// sentence is chosen elsewhere and does not change).
    static let namesNoneAsked = 0.5
    /// A word of the kind the question's noun asks for ("blue" for "what color", via
    /// WordNet's hypernyms of the word's commonest sense): TrecQA dev / train MAP 0.809 /
    /// 0.776 → 0.814 / 0.775 (0.3: 0.810 / 0.775; 1: 0.813 / 0.773). It lifts "what sport
    /// do the Globetrotters play?" to the basketball sentences, "what country is Horus
    /// associated with?" to Egypt's.
    static let kindAsked = 0.5
  }

  /// What an answer of the kind asked adds: a fitting one (the composer's 0.55) counts whole,
  /// a plausible one (0.45) half.
  static func answerCredit(_ typeFit: Double) -> Double {
    typeFit >= AnswerWeights.typedAnswerFit.value
      ? 1 : typeFit >= AnswerWeights.plausibleAnswerFit.value ? 0.5 : 0
  }

  /// The share of the question's distinct terms (`asked`) the sentence holds. The noun that
  /// names the kind asked ("what record *company*", "what is Crips' gang *color*") is left
  /// out when the question has other terms: the answer stands for it ("Interscope Records",
  /// "blue"), and a sentence naming the kind rather than one of it seldom answers. Leaving it
  /// out: TrecQA MAP dev 0.802 → 0.810, train 0.763 → 0.763 (MRR 0.848 → 0.856, 0.848 →
  /// 0.849), with the names' weight. Alone: 0.791 / 0.758 → 0.796 / 0.761.
  static func termShare(
    of asked: Set<String>, in present: Set<String>, kindTerm: String?,
    relatives: TermRelatives = TermRelatives()
  ) -> Double {
    var counted = asked
    if let kindTerm, counted.count > 1 { counted.remove(kindTerm) }
    guard !counted.isEmpty else { return 0 }
    let held = counted.reduce(0.0) { $0 + relatives.credit(of: $1, in: present) }
    return held / Double(counted.count)
  }

  /// Whether the question names someone or something (`names`, index terms) and the
  /// sentence (`present`, its terms) names none of them.
  static func namesNone(of names: [String], in present: Set<String>) -> Bool {
    !names.isEmpty && !names.contains(where: present.contains)
  }

  /// Whether one of the sentence's words (`words`, lower-cased) not among the question's is
  /// of the kind the question's noun `head` asks for: "blue" for "what is Crips' gang
  /// color?", "basketball" for "what sport do the Harlem Globetrotters play?".
  static func holdsKind(
    _ head: String, words: [String], questionWords: Set<String>, wordNet: WordNet
  ) -> Bool {
    words.contains { word in
      word.count > 2 && !questionWords.contains(word) && !StopWords.contains(word)
        && word.allSatisfy(\.isLetter) && wordNet.isInstance(word, ofKind: head)
    }
  }

  /// The share of the question's adjacent term pairs the sentence has adjacent too.
  static func bigramShare(question: [String], sentence: [String]) -> Double {
    guard question.count > 1 else { return 0 }
    let pairs = Set(zip(sentence, sentence.dropFirst()).map { $0 + " " + $1 })
    let asked = zip(question, question.dropFirst()).map { $0 + " " + $1 }
    return Double(asked.filter(pairs.contains).count) / Double(asked.count)
  }

  /// The standings best first, ties in retrieval's order.
  static func order(_ standings: [Standing]) -> [Standing] {
    standings.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
  }
}

extension AnswerComposer {
  /// The `limit` best of the retrieved sentences in the order to show them. The sentences the
  /// composer read keep what it found in them; the rest (when more are shown than read) are
  /// read here for their best short answer.
  func rankedSentences(
    _ evidence: [Evidence], retrieved: [ScoredSentence], readings: [SourceReading], chosen: Int?,
    limit: Int, context: ShortAnswerExtractor.QuestionContext, analyzer: inout TermAnalyzer
  ) -> [Evidence] {
    let shown = min(limit, evidence.count, retrieved.count)
    guard shown > 1 else { return Array(evidence.prefix(limit)) }
    let analysis = context.analysis
    let weights = context.termWeights
    let best = max(retrieved.first?.score ?? 0, 0.001)
    var readAt: [Int: SourceReading] = [:]
    for reading in readings { readAt[reading.position] = reading }
    let questionTerms = analyzer.terms(in: analysis.text)
    let asked = Set(weights.keys)
    let kindTerm = analysis.headNoun.flatMap { analyzer.term(for: $0.lowercased()) }
    let kindHead = analysis.headNoun.map { $0.lowercased() }.flatMap { head in
      AnswerComposer.genericHeads.contains(head) ? nil : head
    }
    let questionWords = Set(WordTokenizer.words(in: analysis.text))
    let standings = (0..<shown).map { position in
      let reading = readAt[position]
      let ordered = analyzer.terms(in: evidence[position].sentence)
      let present = reading?.terms ?? Set(ordered)
      let candidate =
        reading.map(\.candidate)
        ?? extractor.candidates(
          in: evidence[position].sentence, context: context, analyzer: &analyzer
        ).first
      return SentenceRanking.Standing(
        position: position,
        coverage: coverage(
          weights, expansions: analysis.expansions, paraphrases: analysis.paraphrases,
          present: present),
        termShare: SentenceRanking.termShare(
          of: asked, in: present, kindTerm: kindTerm, relatives: analysis.relatives),
        typeFit: candidate?.typeFit ?? 0, candidateScore: candidate?.score ?? 0,
        bigramShare: SentenceRanking.bigramShare(question: questionTerms, sentence: ordered),
        retrievalShare: retrieved[position].score / best, answered: position == chosen,
        namesNoneAsked: SentenceRanking.namesNone(of: analysis.nameTerms, in: present),
        holdsKindAsked: kindHead.map { head in
          lexicon.wordNet.map {
            SentenceRanking.holdsKind(
              head, words: WordTokenizer.words(in: evidence[position].sentence),
              questionWords: questionWords, wordNet: $0)
          } ?? false
        } ?? false)
    }
    // The score shown is the ranking's, so that the list reads best first.
    return SentenceRanking.order(standings).map { standing in
      var shown = evidence[standing.position]
      shown.score = (standing.score * 1000).rounded() / 1000
      return shown
    }
  }
}
