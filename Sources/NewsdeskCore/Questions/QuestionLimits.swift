/// How much of a question newsdesk reads. Without these a pasted megabyte, or one
/// megabyte-long "word", took minutes and gigabytes (issue 11): the caps keep every question
/// to a bounded amount of work, and the answer's notice says what was left out.
public enum QuestionLimits {
  /// The longest question read, in characters (Unicode scalars, so a run of combining marks
  /// counts each mark). A question of the 1,000 words `QuestionAnalyzer.maximumWords` allows
  /// runs to about 6,000 characters; nothing a person types is longer. Cutting by characters
  /// first means the words are never counted over a megabyte.
  public static let maximumCharacters = 10_000

  /// The longest word spelling correction reads again. Correction tries every word one edit
  /// away (about 54 per letter, each as long as the word), so its cost grows with the square
  /// of the length: 4,000 letters took 11 s and 1.6 GB; 40 letters take about a millisecond.
  /// The longest words of English and of names are under 30 letters.
  public static let maximumCorrectableLength = 40

  /// The question cut to `maximumCharacters`, at the last space before the limit when there
  /// is one, so no word is cut in two; nil when it is short enough.
  static func cut(_ text: String) -> String? {
    // UTF-8 length bounds the scalar count from above: most questions stop here.
    guard text.utf8.count > maximumCharacters,
      text.unicodeScalars.count > maximumCharacters
    else { return nil }
    let scalars = text.unicodeScalars
    let limit = scalars.index(scalars.startIndex, offsetBy: maximumCharacters)
    let head = scalars[..<limit]
    let end = head.lastIndex { $0.properties.isWhitespace } ?? limit
    return String(scalars[..<(end > scalars.startIndex ? end : limit)])
  }

  /// A long word as a notice shows it: its first letters and its length.
  static func shortened(_ word: String) -> String {
    "\(word.prefix(12))… (\(word.count) letters)"
  }
}
