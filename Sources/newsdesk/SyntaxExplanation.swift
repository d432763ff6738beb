import NewsdeskCore

/// The parse of the chosen sentence as `:why` shows it: each predicate with its arguments.
enum SyntaxExplanation {
  /// The parse of `sentence` by the session's annotator; without one, why the model could not
  /// be loaded.
  static func lines(for sentence: String?, lexicon: Lexicon) -> [String] {
    guard let sentence, !sentence.isEmpty else { return [] }
    switch annotator(lexicon) {
    case .failure(let error):
      return ["  parse: unavailable (\(error.description))"]
    case .success(let annotator):
      // One line, so the shell's screen keeps the answer above it; `newsdesk parse` shows
      // every word.
      let annotated = annotator.annotate(sentence)
      let line =
        "  parse: "
        + annotated.predicates.map { describe($0, in: annotated) }.joined(separator: "; ")
      return [line.count > width ? String(line.prefix(width - 1)) + "…" : line]
    }
  }

  /// The lexicon's annotator; without one, the model loaded again, to say what is wrong.
  private static func annotator(_ lexicon: Lexicon) -> Result<SentenceAnnotator, SyntaxModelError> {
    if let annotator = lexicon.annotator { return .success(annotator) }
    do throws(SyntaxModelError) {
      let model = try SyntaxModel.load(path: SyntaxModelLocation.defaultPath())
      return .success(SentenceAnnotator(model: model, lexicon: lexicon.wordNet))
    } catch {
      return .failure(error)
    }
  }

  /// The longest `:why` parse line, in characters.
  static let width = 140

  private static func describe(_ predicate: Predicate, in sentence: AnnotatedSentence) -> String {
    func phrase(_ head: Int) -> String {
      let range = sentence.nounPhrases.first { $0.head == head }?.range ?? head...head
      return sentence.text(of: range)
    }
    let name = sentence.tokens[predicate.head].lemma + (predicate.isPassive ? " (passive)" : "")
    var parts: [String] = []
    if let subject = predicate.subject {
      parts.append("subject \(phrase(subject))")
    } else if let shared = predicate.sharedSubject {
      parts.append("subject (shared) \(phrase(shared))")
    }
    if let object = predicate.object { parts.append("object \(phrase(object))") }
    if let indirect = predicate.indirectObject { parts.append("to \(phrase(indirect))") }
    for oblique in predicate.obliques {
      parts.append("\(oblique.preposition ?? "oblique") \(phrase(oblique.head))")
    }
    for clause in predicate.clausalComplements {
      parts.append("clause \(sentence.tokens[clause].text) …")
    }
    return parts.isEmpty ? name : name + ": " + parts.joined(separator: ", ")
  }
}
