/// The parser learned from a treebank with few questions, and misreads two common shapes of
/// wh-question in ways that swap the role asked. The question's parse is put right before its
/// frame is read, so that every rule sees one reading:
/// - "Which company bought Glenmorangie?" read as a noun with a reduced relative ("company
///   [that was] bought"): the verb is the root and the wh-noun its subject.
/// - "Which drugmaker did Novartis buy?" read with two subjects: a wh-phrase before "did"
///   with another subject after it is the object ("in which game does …": the oblique).
/// - "Where was a man shot?" read with "shot" as a noun, and "where are the troops sent
///   there based?" with the first participle as the verb (`+Participle`).
/// - "Which judges ruled …?" read with "judges" as an auxiliary (`+PluralNoun`).
enum QuestionParseRepair {
  private static let whDeterminers: Set<String> = ["which", "what", "whose"]
  private static let whWords = Lexicon.nominalWhWords.subtracting(["whose"])

  static func repaired(_ question: AnnotatedSentence, lexicon: Lexicon) -> AnnotatedSentence {
    var tokens = question.tokens
    var changed = repairParticipleReadAsNoun(&tokens, in: question, lexicon: lexicon)
    changed = repairFinalParticiple(&tokens, in: question) || changed
    changed = repairPluralNounReadAsVerb(&tokens, in: question) || changed
    changed = repairReducedRelative(&tokens, in: question) || changed
    changed = repairFrontedObject(&tokens, in: question) || changed
    return changed ? AnnotatedSentence(text: question.text, tokens: tokens) : question
  }

  /// "Which company bought X?": root noun determined by a wh-word, with a verb as its acl that
  /// has an object of its own → the verb is the root, the noun its subject.
  private static func repairReducedRelative(
    _ tokens: inout [AnnotatedSentence.Token], in question: AnnotatedSentence
  ) -> Bool {
    guard let noun = question.root,
      question.dependents(of: noun, "det").contains(where: {
        whDeterminers.contains(tokens[$0].text.lowercased()) && $0 < noun
      }),
      let verb = question.dependents(of: noun, "acl").first(where: {
        tokens[$0].coarseTag == "VERB" && $0 > noun && !question.dependents(of: $0, "obj").isEmpty
      })
    else { return false }
    tokens[verb].head = nil
    tokens[verb].relation = "root"
    tokens[noun].head = verb
    tokens[noun].relation = "nsubj"
    for child in question.dependents(of: noun, "punct") { tokens[child].head = verb }
    return true
  }

  /// "Which drugmaker did Novartis buy?": two subjects of one verb, the first a wh-phrase
  /// before a do-support auxiliary and the second after it → the first is the object.
  private static func repairFrontedObject(
    _ tokens: inout [AnnotatedSentence.Token], in question: AnnotatedSentence
  ) -> Bool {
    var changed = false
    for verb in tokens.indices where tokens[verb].coarseTag == "VERB" {
      let subjects = question.dependents(of: verb, "nsubj")
      guard subjects.count >= 2, question.dependents(of: verb, "obj").isEmpty,
        let auxiliary = question.dependents(of: verb, "aux").first(where: {
          tokens[$0].lemma.lowercased() == "do"
        })
      else { continue }
      let fronted = subjects.first { subject in
        subject < auxiliary && isWhPhrase(subject, tokens: tokens, in: question)
      }
      guard let fronted, subjects.contains(where: { $0 > auxiliary && $0 < verb }) else {
        continue
      }
      // "In which game does the island exist?": a wh-phrase with its preposition is the
      // verb's oblique, not its object.
      let hasPreposition = question.dependents(of: fronted, "case").contains { $0 < fronted }
      tokens[fronted].relation = hasPreposition ? "obl" : "obj"
      changed = true
    }
    return changed
  }

  /// A wh-word, or a noun a wh-word determines.
  private static func isWhPhrase(
    _ token: Int, tokens: [AnnotatedSentence.Token], in question: AnnotatedSentence
  ) -> Bool {
    whWords.contains(tokens[token].text.lowercased())
      || question.dependents(of: token, "det").contains {
        whDeterminers.contains(tokens[$0].text.lowercased())
      }
  }
}
