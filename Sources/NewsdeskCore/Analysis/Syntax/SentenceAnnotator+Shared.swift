/// The annotator over the installed syntax model, for the answer stages that read parses.
extension SentenceAnnotator {
  /// Loaded once, on first use, from `SyntaxModelLocation.defaultPath()`; nil when the model
  /// file is missing or unreadable, and the stages that read parses then step aside for the
  /// surface rules (`newsdesk parse` reports the file's problem in one line).
  public static var shared: SentenceAnnotator? { installed }

  private static let installed: SentenceAnnotator? = {
    guard let model = try? SyntaxModel.load(path: SyntaxModelLocation.defaultPath()) else {
      return nil
    }
    return SentenceAnnotator(model: model, lexicon: WordNet.shared)
  }()
}
