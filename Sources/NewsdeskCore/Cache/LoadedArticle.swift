/// An article as read from its file, before it gets its unique id.
struct LoadedArticle: Sendable {
  var path: String
  var stamp: FileStamp
  var contentHash: UInt64
  /// Its metadata; `text` is its range in the saved index's text section once spooled.
  var record: ArticleRecord
  var sentences: [SentenceLocation]
  /// Its text, when it is not (or not only) in the saved index being written.
  var text: ArticleText?
}
