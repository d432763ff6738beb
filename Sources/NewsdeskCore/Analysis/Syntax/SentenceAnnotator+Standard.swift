extension SentenceAnnotator {
  /// The annotator over the model `SyntaxModelLocation` finds and the installed WordNet,
  /// loaded on first use; nil when the model file is missing or unreadable, and the answer
  /// rules then read the surface alone. (A global `static let` is initialised once,
  /// thread-safely.)
  public static let standard: SentenceAnnotator? = {
    guard let model = try? SyntaxModel.load(path: SyntaxModelLocation.defaultPath()) else {
      return nil
    }
    return SentenceAnnotator(model: model, lexicon: WordNet.shared)
  }()
}
