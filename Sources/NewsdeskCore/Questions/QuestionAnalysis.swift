/// What newsdesk understood of a question: shown by `:why` and used to retrieve and extract.
public struct QuestionAnalysis: Sendable, Equatable {
  public var text: String
  public var form: QuestionForm
  public var answerType: AnswerType
  /// The noun after "what"/"which" that names the kind of answer ("which gang" → "gang").
  public var headNoun: String?
  /// The question's content words, lower-cased, in order: what the answer must be near.
  public var focusWords: [String]
  /// The index terms (stems) retrieval searches for.
  public var terms: [String]
  /// Related terms from the lexicon (derivations, synonyms) mapped to the question term they
  /// stand for: "depart" → "departur". They match with less weight than the words asked.
  public var expansions: [String: String] = [:]
  /// The terms of other names for a place the question names ("unit", "state" for "US"),
  /// mapped to the question's term: they are the question's place, never its answer.
  public var aliases: [String: String] = [:]
  /// Looser relatives (synonyms of any part of speech and their derivations) mapped to the
  /// question term they may stand for: used to choose among retrieved sentences, never for
  /// confidence.
  public var paraphrases: [String: String] = [:]
  /// Every content word's relatives graded by closeness (derivation, synonym, more general
  /// word): the sentence ranking credits each by its grade.
  public var relatives = TermRelatives()
  /// The index terms of the names the question mentions (capitalised words after the
  /// first): a question about a name no article contains cannot be answered from them.
  public var nameTerms: [String] = []
  /// Set when the question had to be shortened.
  public var notice: String?
  /// The question's main verb as written ("selected" in "who selected the crew?"), if found.
  public var verb: String?
  /// Whether the wh-phrase is the verb's subject ("who selected …", "what group stopped …")
  /// rather than its object ("who did Kublai make …"): the answer then stands before the
  /// verb in an active sentence.
  public var asksForSubject: Bool = false
  /// The words the user typed, when `text` is a follow-up spelled out against the
  /// conversation ("When?" read as "When will Rubio meet Daniel Noboa?").
  public var askedAs: String?
  /// The time the question names, if it names one.
  public var time: TimeConstraint?
  /// Whether the question asks for several things ("which countries …", "who were the
  /// winners?", "name the …"): the answer is then every member of the list that answers it.
  public var asksForList: Bool = false
  /// The name a "who/what is NAME …?" question asks about, read once here for every stage
  /// that answers such a question.
  public var askedName: AskedName?
}
