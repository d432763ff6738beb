/// Where the question's wh-phrase hangs in the question's parse: the word it depends on and
/// the relation, with the preposition for an oblique ("in what field were such engines
/// common?": the oblique "in" of "common"; "what gender is less willing to travel?": the
/// subject of "willing"). The sentence's phrase hanging from the same word in the same way
/// is what the question asks for: the SQuAD paper's lexicalised dependency path from the
/// question's anchor word to the answer, kept to its first step. Read for any governing
/// word, adjective and noun as well as verb; the verb's own reading is `ParseAlignment`'s.
struct AskedSlot: Equatable {
  /// The index terms of the governing word (its lemma and its written form).
  let governorTerms: Set<String>
  /// The relation of the wh-phrase to it: "nsubj", "obj", "obl:in", "nmod:of".
  let relation: String

  /// Words that stand for any act or state: what hangs from them says nothing of the
  /// question's own words.
  private static let emptyGovernors: Set<String> = [
    "do", "happen", "be", "have", "become", "remain", "seem", "get", "make",
  ]

  init?(question: AnnotatedSentence, analyzer: inout TermAnalyzer) {
    let tokens = question.tokens
    guard
      let wh = tokens.indices.first(where: {
        Lexicon.nominalWhWords.contains(tokens[$0].text.lowercased())
      })
    else { return nil }
    // "Which company bought …": the asked phrase is the noun the wh-word determines.
    var asked = wh
    if tokens[wh].relation.isRelation("det"), let head = tokens[wh].head { asked = head }
    guard let governor = tokens[asked].head,
      ["VERB", "ADJ", "NOUN"].contains(tokens[governor].coarseTag),
      !Self.emptyGovernors.contains(tokens[governor].lemma.lowercased())
    else { return nil }
    let terms = [tokens[governor].lemma, tokens[governor].text].compactMap {
      analyzer.term(for: $0.lowercased())
    }
    guard !terms.isEmpty else { return nil }
    governorTerms = Set(terms)
    relation = Self.relation(of: asked, in: question)
  }

  /// The token's relation to its head, its subtype dropped, with the preposition of an
  /// oblique or nominal modifier.
  static func relation(of token: Int, in sentence: AnnotatedSentence) -> String {
    let tokens = sentence.tokens
    let base = String(tokens[token].relation.prefix { $0 != ":" })
    guard ["obl", "nmod"].contains(base),
      let marker = sentence.dependents(of: token, "case").first(where: {
        tokens[$0].fineTag != "POS"
      })
    else { return base }
    return base + ":" + tokens[marker].lemma.lowercased()
  }

  /// The sentence's tokens that are the governing word, in any inflection.
  func governors(in sentence: AnnotatedSentence, analyzer: inout TermAnalyzer) -> [Int] {
    sentence.tokens.indices.filter { index in
      [sentence.tokens[index].lemma, sentence.tokens[index].text].contains { form in
        analyzer.term(for: form.lowercased()).map(governorTerms.contains) == true
      }
    }
  }
}

/// "In what field were such engines common?" over "… engines being common, especially in
/// shipping": the phrase that hangs from the word the question's wh-phrase hangs from, in
/// the same relation (a subject shared down a coordination counts as the word's own).
struct AskedSlotRule: AnswerRule {
  let name = "askedSlot"
  let doc = "The phrase in the relation to the question's anchor word that the wh-phrase has."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    // Where the question's verb aligned and its asked argument was found, that reading
    // decides (`alignedRole`).
    guard let slot = sentence.askedSlot, let parsed = sentence.parsed, candidate.mention == nil,
      sentence.alignment?.askedHead == nil
    else { return 1 }
    let annotated = parsed.sentence
    let tokens = parsed.tokens(of: candidate.span).filter {
      annotated.tokens[$0].coarseTag != "PUNCT"
    }
    let inside = Set(tokens)
    let governors = slot.governors(in: annotated, analyzer: &analyzer).filter {
      !inside.contains($0)
    }
    guard !governors.isEmpty else { return 1 }
    let fills = parsed.tops(of: tokens).contains { top in
      let hangs =
        annotated.tokens[top].head.map(governors.contains) == true
        && AskedSlot.relation(of: top, in: annotated) == slot.relation
      let sharesSubject =
        slot.relation == "nsubj"
        && annotated.predicates.contains { predicate in
          predicate.subject == nil && predicate.sharedSubject == top
            && governors.contains(predicate.head)
        }
      return hangs || sharesSubject
    }
    return fills ? AnswerWeights.askedSlotBoost.value : 1
  }
}
