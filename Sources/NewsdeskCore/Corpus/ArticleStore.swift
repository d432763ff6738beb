/// Articles whose fields live in one shared place rather than in each `Article`: the article
/// table of a saved index, read in place (`StoredArticles`, in the cache layer above). An
/// `Article` of such a store is a view that asks it for a field when the field is read.
protocol ArticleStore: AnyObject, Sendable {
  var text: TextStore { get }
  func id(_ article: Int) -> String
  func title(_ article: Int) -> String
  func date(_ article: Int) -> CalendarDate?
  func source(_ article: Int) -> String?
  func path(_ article: Int) -> String
  func format(_ article: Int) -> ArticleFormat
  func isSummary(_ article: Int) -> Bool
  /// The article's body in `text`.
  func textRange(_ article: Int) -> Range<Int>
  func sentenceCount(_ article: Int) -> Int
  /// Sentence `sentence` of the article; the caller keeps it below `sentenceCount`.
  func location(_ article: Int, sentence: Int) -> SentenceLocation
  func sentences(_ article: Int) -> [SentenceLocation]
}
