/// Where a sentence comes from, as a citation shows it.
public struct ArticleCitation: Sendable, Equatable {
  public var id: String
  public var title: String
  public var date: CalendarDate?
  public var path: String

  public init(_ article: Article) {
    id = article.id
    title = article.title
    date = article.date
    path = article.path
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

  public static let abstentionText = "The loaded articles don't say."
}
