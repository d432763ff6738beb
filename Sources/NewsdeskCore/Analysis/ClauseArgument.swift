/// One argument of a clause (who acts, what is acted on, what something is) as the words it
/// is made of, so that a question's argument can be matched with a sentence's whatever their
/// determiners, possessive marks or word order.
struct ClauseArgument: Sendable, Equatable {
  var head: Int
  /// Content words, lower-cased: lemmas of nouns and adjectives, names as written.
  var words: Set<String>
  /// The words of proper names alone.
  var names: Set<String>
  /// "he", "it", "they": the argument stands for a name given elsewhere.
  var isPronoun: Bool
  /// "the club", "the company": a description that may stand for a name given before.
  var isDefiniteDescription: Bool
  /// Whether the head is a name ("Pernod") rather than a description ("the company").
  var headIsName: Bool
  /// The head's lemma, lower-cased ("lift" for "the fastest lifts").
  var headWord: String
  /// "all of Eon Labs", "the whole club": the question asks about the whole.
  var wantsWhole: Bool
  /// "a 50% stake", "67.7% of …", "part of …": only a share of the thing.
  var isPartial: Bool

  /// Relations that hang off an argument without naming it.
  private static let outside: Set<String> = [
    "acl:relcl", "parataxis", "advcl", "ccomp", "punct", "cc", "dep", "discourse",
  ]
  private static let wholeWords: Set<String> = ["all", "whole", "entire", "entirety"]
  private static let partialWords: Set<String> = [
    "stake", "share", "part", "half", "portion", "minority", "majority", "fraction", "quarter",
    "third", "some", "piece", "percent", "%",
  ]
  private static let definiteWords: Set<String> = [
    "the", "this", "that", "these", "those", "its", "his", "her", "their",
  ]

  /// The argument headed by `head`, its modifiers included. `references` turns a pronoun
  /// into the name it stands for ("it" → "Novartis"), when the sentence's reader found one.
  /// `coreOnly` keeps to the noun phrase's core (no prepositional modifiers): what a copula
  /// says the subject is ("in Hong Kong", not "… with a secondary listing in London").
  init(
    head: Int, in sentence: AnnotatedSentence,
    references: [ReferenceResolver.Mention] = [], coreOnly: Bool = false
  ) {
    self.head = head
    let tokens = sentence.tokens
    var members = [head]
    if coreOnly {
      let phrase = DependencyTreeView(tokens: tokens, dependents: sentence.dependents)
        .nounPhrase(headedBy: head)
      members = Array(phrase.range)
    }
    var frontier = coreOnly ? [] : [head]
    while let current = frontier.popLast(), members.count <= tokens.count {
      for child in sentence.dependents[current] {
        let relation = tokens[child].relation
        guard !Self.outside.contains(where: { relation.isRelation($0) }) else { continue }
        members.append(child)
        frontier.append(child)
      }
    }
    var words = Set<String>()
    var names = Set<String>()
    var wantsWhole = false
    for index in members {
      let token = tokens[index]
      let form = token.text.lowercased()
      if Self.wholeWords.contains(form) { wantsWhole = true }
      switch token.coarseTag {
      case "PROPN":
        words.insert(form)
        names.insert(form)
      case "NOUN", "ADJ", "NUM", "VERB", "X":
        if !Self.wholeWords.contains(form) { words.insert(token.lemma.lowercased()) }
      default:
        // A name the tagger missed ("TFC") is still a content word.
        if token.coarseTag != "PUNCT", form.first?.isUppercase == false,
          token.text.first?.isUppercase == true, index != 0
        {
          words.insert(form)
        }
      }
    }
    let headToken = tokens[head]
    headWord = headToken.lemma.lowercased()
    var isPronoun = headToken.coarseTag == "PRON"
    var headIsName = headToken.coarseTag == "PROPN"
    if isPronoun,
      let mention = references.first(where: { $0.utf8Range.overlaps(headToken.utf8Range) })
    {
      let nameWords = WordTokenizer.words(in: mention.name)
      words.formUnion(nameWords)
      names.formUnion(nameWords)
      isPronoun = false
      headIsName = true
    }
    self.headIsName = headIsName
    self.words = words
    self.names = names
    self.isPronoun = isPronoun
    self.wantsWhole = wantsWhole || Self.wholeWords.contains(headToken.text.lowercased())
    let determiners =
      sentence.dependents(of: head, "det") + sentence.dependents(of: head, "nmod:poss")
    isDefiniteDescription =
      headToken.coarseTag == "NOUN"
      && determiners.contains { Self.definiteWords.contains(tokens[$0].text.lowercased()) }
    let near = [head] + sentence.dependents[head]
    isPartial = near.contains {
      Self.partialWords.contains(tokens[$0].lemma.lowercased())
        || Self.partialWords.contains(tokens[$0].text.lowercased())
    }
  }

  /// How a sentence's argument stands to the question's.
  enum Match: Sendable, Equatable {
    /// It names the same thing.
    case same
    /// It may: a pronoun, a description, or a phrase that shares some words.
    case compatible
    /// It names something else.
    case different
  }

  /// Compares the question's argument (`self`) with a sentence's.
  func match(_ other: ClauseArgument?) -> Match {
    guard let other else { return .compatible }
    if words.isEmpty { return .compatible }
    let shared = words.intersection(other.words)
    let namesAgree = names.isEmpty || !names.isDisjoint(with: other.words) || other.names.isEmpty
    if shared.count * 2 >= words.count, namesAgree, !shared.isEmpty { return .same }
    // "the lifts" after "the TFC 101 Tower's fastest lifts": the same noun, made definite,
    // names the same thing again.
    if !headIsName, headWord == other.headWord, other.isDefiniteDescription { return .same }
    if other.isPronoun || isPronoun || (other.isDefiniteDescription && other.names.isEmpty) {
      return .compatible
    }
    // Two different names for the doer or the thing: someone or something else. A name and
    // a description ("Ken Bates", "the former Chelsea chairman") may be one person.
    if headIsName, other.headIsName {
      return names.isDisjoint(with: other.names) ? .different : .compatible
    }
    if headIsName != other.headIsName { return .compatible }
    return shared.isEmpty ? .different : .compatible
  }
}
