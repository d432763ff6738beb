/// Where a sentence comes from, as a citation shows it.
public struct ArticleCitation: Sendable, Equatable {
  public var id: String
  public var title: String
  public var date: CalendarDate?
  public var path: String
  public var format: ArticleFormat
  /// The page the article was published at, when its file gives one (an HTML page's
  /// canonical link, a feed item's link, a JSON Lines `url`).
  public var url: String?

  public init(_ article: Article) {
    id = article.id
    title = article.title
    date = article.date
    path = article.path
    format = article.format
    url = article.source.flatMap { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : nil }
  }
}

/// One word of a follow-up and what it was read as ("he" → "Rod Eddington"); the
/// conversation layer above makes them.
public struct ReadWord: Sendable, Equatable {
  public var typed: String
  public var readAs: String

  public init(typed: String, readAs: String) {
    self.typed = typed
    self.readAs = readAs
  }
}

/// A retrieved sentence with its source and score.
public struct Evidence: Sendable, Equatable {
  public var article: ArticleCitation
  /// The article's number in load order, from 0.
  public var articleNumber: Int
  /// The sentence's number within its article, from 1, as `:show` prints it.
  public var sentenceNumber: Int
  public var sentence: String
  public var score: Double
  /// The short answer's place in `sentence`, as UTF-8 offsets, when it was taken from it.
  public var highlight: Range<Int>?
}

/// An answer another article gives, with where it says so.
public struct OtherAnswer: Sendable, Equatable {
  public var text: String
  /// The sentence it is taken from, the answer highlighted.
  public var evidence: Evidence
  /// Other articles that give this same answer.
  public var alsoCitedIn: [Evidence] = []
}

/// Whether the other answers an answer lists compete with it or add to it.
public enum OtherAnswersRelation: String, Sendable, Equatable {
  /// Articles give different answers to the question; one of them is right.
  case disagreement
  /// Each is another true description ("a businessman", "Ecuador's President").
  case moreDescriptions
}

/// newsdesk's reply to one question.
public struct Answer: Sendable, Equatable {
  public var question: String
  public var analysis: QuestionAnalysis
  /// The short answer; nil when newsdesk abstains or found no short answer in the sentence.
  public var shortAnswer: String?
  public var abstained: Bool
  /// The supporting sentence, or when abstaining the nearest one; nil if nothing matched.
  public var evidence: Evidence?
  public var confidence: Double
  /// The ranked sentences retrieval returned, best first.
  public var candidates: [Evidence]

  /// A person's or organisation's role as the sentence gives it ("Ecuador's President").
  public var role: String?
  /// The day a date answer means, resolved against the article's date ("Thursday" →
  /// 2025-09-04).
  public var answerDate: CalendarDate?

  /// Other articles that give the same answer, newest first.
  public var alsoCitedIn: [Evidence] = []
  /// Different answers other articles give, newest first: the reporter sees the
  /// disagreement rather than one side of it.
  public var otherAnswers: [OtherAnswer] = []
  /// What `otherAnswers` are to the short answer: rival answers, or (for "who is X?")
  /// further descriptions of the same person, which do not contradict it.
  public var otherAnswersRelation: OtherAnswersRelation = .disagreement
  /// The members of a list answer that other sentences name, each with its sentence (the
  /// members in `evidence` are highlighted there).
  public var listMembers: [OtherAnswer] = []

  /// Who said it, when the answer is a quote or a reported clause.
  public var speaker: String?

  /// Set instead of an answer when the question cannot be read without more context
  /// ("When?" with nothing asked before): what to ask the user.
  public var clarification: String?

  /// How a follow-up was read against the conversation (nil for a question of its own):
  /// its shape and what each referring word or swapped name became, for `:why` and JSON.
  public var followUpShape: String?
  public var followUpReadings: [ReadWord] = []

  /// What the confidence was made from, for `:why` and for calibrating the threshold.
  public var signals = AnswerSignals()

  /// The rules that scored the short answer (and the runner-up), for `:why` and
  /// `--explain`: what each added.
  public var ruleTrace = AnswerTrace()

  /// Why newsdesk declined, when it did and a sentence was found.
  public var abstentionReason: AbstentionReason?

  public static let abstentionText = "The loaded articles don't say."

  /// An answer that asks the user what they mean instead of answering.
  static func clarification(_ question: String, analysis: QuestionAnalysis) -> Answer {
    Answer(
      question: question, analysis: analysis, shortAnswer: nil, abstained: true, evidence: nil,
      confidence: 0, candidates: [])
  }
}

/// The measurements behind an answer's confidence.
public struct AnswerSignals: Sendable, Equatable {
  /// IDF-weighted share of the question's terms in the supporting sentence.
  public var coverage = 0.0
  /// Unweighted share of the question's terms in the supporting sentence.
  public var termShare = 0.0
  /// The short answer's own score (type, nearness, shape), 0 without one.
  public var candidateScore = 0.0
  /// How well the short answer's type fits the expected one, 0 without one.
  public var typeFit = 0.0
  /// The supporting sentence's retrieval score.
  public var retrievalScore = 0.0
  /// The confidence the composer's rules gave, before calibration turned it into a
  /// probability.
  public var ruleConfidence = 0.0
  /// How the short answer's kind agrees with the kind asked.
  public var typeVerdict = TypeVerdict.untyped
  /// Names of the question the supporting sentence lacks.
  public var missingNames = 0
  /// The question's head noun ("the capital of …") is not in the sentence, nor plainly the
  /// answer.
  public var headMissing = false
  /// Question words no loaded article has.
  public var unknownWords = 0
  /// `coverage` counting only the question's terms some loaded article uses. An unseen word
  /// weighs most in `coverage` (its IDF is the highest), so over one short article a mere
  /// paraphrase ("located", "formed") sinks the coverage of the very sentence that answers;
  /// this measure tells that apart from a sentence sharing little of what the articles know.
  public var knownCoverage = 0.0
  /// The question names someone no retrieved sentence names.
  public var unknownName = false
  /// A "what did X say about Y" answered by words on another subject.
  public var offTopic = false
  /// The sentence gives the person answered another role than the question asks.
  public var roleConflict = false
  /// The time was taken from a neighbouring sentence.
  public var neighbourTime = false
  /// How far the chosen sentence's score stands above the runner-up's, as a share of its
  /// own (0: a tie, 1: no rival).
  public var margin = 0.0
  /// How many content terms the question has.
  public var questionTerms = 0
  /// What the answering sentence's clause leaves out of the question or contradicts.
  public var clause = ClauseEvidence()
  /// How far the short answer's score stands above the next candidate's in its sentence, as
  /// a share of its own (1: no rival).
  public var candidateGap = 0.0
  /// Words in the short answer: a long answer is more often cut wrong.
  public var answerWords = 0
  /// An answer read off the parse: a list or a yes/no verdict.
  public var form = AnswerForm.phrase
  /// The opposite of a question word the sentence states instead.
  public var contrast = QuestionContrast()
  public init() {}

  /// How the short answer was read.
  public enum AnswerForm: String, Sendable, CaseIterable {
    case phrase, list, yesNo
  }

  /// How the short answer's kind agrees with the kind the question asks for.
  public enum TypeVerdict: String, Sendable, CaseIterable {
    /// Of the kind asked.
    case fits
    /// A date, number, amount or quote was asked and the sentence has none.
    case missing
    /// Possibly of the kind asked (an unknown name for a place).
    case plausible
    /// A name was asked and the answer is not one.
    case wrongKind
    /// The question asks for no particular kind (a reason, a description).
    case untyped
  }
}
