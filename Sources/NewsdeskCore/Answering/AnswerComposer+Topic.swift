/// "What did X say about Y?": what was said must touch Y.
extension AnswerComposer {
  /// Whether the sentence holds a word of the question's topic (the words after "about"),
  /// or a lexicon relative of one; true when the question names no topic.
  func saysAboutTopic(
    _ analysis: QuestionAnalysis, sentence: String, analyzer: inout TermAnalyzer
  ) -> Bool {
    let words = WordTokenizer.words(in: analysis.text)
    guard let about = words.lastIndex(of: "about"), about + 1 < words.count else { return true }
    let topicTerms = words[(about + 1)...].compactMap { analyzer.term(for: $0) }
    let topic = Set(topicTerms)
    guard let head = topicTerms.last else { return true }
    let present = Set(analyzer.terms(in: sentence))
    let related = Set(analysis.expansions.filter { present.contains($0.key) }.values)
    // "About the share price": words on share trading are not about the price. The topic's
    // head says what it is; its modifiers alone do not. A name in it ("Redknapp's move") is
    // what the topic is about as much.
    let namesSomeone = SentenceWords(analysis.text).words.drop { $0.lower != "about" }
      .dropFirst().contains(where: \.isCapitalized)
    if topic.count > 1, !namesSomeone { return present.contains(head) || related.contains(head) }
    return !topic.isDisjoint(with: present) || !topic.isDisjoint(with: related)
  }

  /// Whether `name` is part of what "what did X say about Y?" asks about and `text` (the
  /// story's headline) holds it.
  func isTopic(
    _ name: QuestionName, of analysis: QuestionAnalysis, heldBy text: String,
    analyzer: inout TermAnalyzer
  ) -> Bool {
    guard !text.isEmpty else { return false }
    let words = WordTokenizer.words(in: analysis.text)
    guard let about = words.lastIndex(of: "about"), about + 1 < words.count else { return false }
    let topic = Set(words[(about + 1)...].compactMap { analyzer.term(for: AccentFolding.fold($0)) })
    guard name.terms.allSatisfy(topic.contains) else { return false }
    return NameEvidence(text, analyzer: &analyzer).holds(name, expansions: analysis.expansions)
  }

  /// What "what did X say about Y?" asks about: the words after "about", as written.
  static func topic(of analysis: QuestionAnalysis) -> String {
    let words = WordTokenizer.words(in: analysis.text)
    guard let about = words.lastIndex(of: "about"), about + 1 < words.count else {
      return "the subject asked about"
    }
    return words[(about + 1)...].joined(separator: " ")
  }

  /// The question's words whose index terms are among `terms`, in the question's order, as
  /// written.
  func questionWords(
    of terms: Set<String>, in analysis: QuestionAnalysis, analyzer: inout TermAnalyzer
  ) -> [String] {
    var words: [String] = []
    for word in SentenceWords(analysis.text).words {
      guard let term = analyzer.term(for: word.lower), terms.contains(term) else { continue }
      if !words.contains(word.surface) { words.append(word.surface) }
    }
    return words
  }
}
