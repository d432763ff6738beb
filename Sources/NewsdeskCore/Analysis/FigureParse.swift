/// A sentence's figures as its parse places them: a figure's number token, the phrase it
/// heads, the predicate and clause it stands in, and whether it is a change ("grew by 0.4%",
/// "a 12% rise") or a level ("to 550 trillion yen"). The figure rules weigh these against
/// the question (`FigureReading`, in Answering).
struct FigureParse {
  let sentence: AnnotatedSentence
  /// WordNet's noun classes and hypernyms tell a unit ("crowns", "points").
  let lexicon: Lexicon

  /// Verbs and nouns of change: their figure "by" is the change, "to" the level.
  static let changeWords: Set<String> = [
    "rise", "grow", "fall", "increase", "decrease", "drop", "climb", "jump", "gain", "lose",
    "shrink", "decline", "slump", "surge", "soar", "plunge", "slide", "rally", "sink", "tumble",
    "cut", "raise", "expand", "contract", "growth", "dip", "slip", "ease", "boost", "reduce",
    "reduction", "loss",
  ]
  /// Relations that start a clause of its own inside another: its figures are not the outer
  /// clause's.
  static let clauseRelations: Set<String> = [
    "advcl", "ccomp", "parataxis", "conj", "acl:relcl", "csubj",
  ]

  /// The number token of a figure: its first (or `last`) token tagged a number or holding a
  /// digit ("4.1bn" in "$4.1bn (£2.2bn)"; "trillion" in "550 trillion yen" when `last`).
  func figureToken(in range: Range<Int>, last: Bool = false) -> Int? {
    let inside = sentence.tokens.indices.filter {
      sentence.tokens[$0].utf8Range.overlaps(range)
    }
    let isFigure = { (index: Int) -> Bool in
      self.sentence.tokens[index].coarseTag == "NUM"
        || self.sentence.tokens[index].text.contains(where: \.isNumber)
    }
    return last ? inside.last(where: isFigure) : inside.first(where: isFigure)
  }

  /// The head of the phrase a figure is part of: up through the number's own modifiers
  /// ("12" → "%" → "rise" in "a 12% rise").
  func phraseHead(of figure: Int) -> (head: Int, path: [Int]) {
    var current = figure
    var path = [figure]
    let within: Set<String> = [
      "nummod", "compound", "flat", "appos", "amod", "nmod:npmod", "det", "dep", "fixed",
      "nmod:unmarked", "obl:npmod", "punct", "advmod", "cc",
    ]
    while path.count < 8, within.contains(sentence.tokens[current].relation),
      let head = sentence.tokens[current].head
    {
      current = head
      path.append(head)
    }
    return (current, path)
  }

  /// true for a change, false for a level, nil when the sentence does not say.
  func isChange(_ figure: Int) -> Bool? {
    let (head, path) = phraseHead(of: figure)
    let tokens = sentence.tokens
    // "a 12% rise", "a rise of 12%".
    if path.dropFirst().contains(where: {
      tokens[$0].coarseTag == "NOUN" && Self.changeWords.contains(tokens[$0].lemma.lowercased())
    }) {
      return true
    }
    let marker =
      sentence.dependents[head].first { tokens[$0].relation == "case" }
      ?? (figure > 0 && tokens[figure - 1].coarseTag == "ADP" ? figure - 1 : nil)
      ?? (head > 0 && tokens[head - 1].coarseTag == "ADP" ? head - 1 : nil)
    switch marker.map({ tokens[$0].text.lowercased() }) {
    case "by": return true
    case "to", "from", "at": return false
    case "of":
      if let owner = tokens[head].head,
        Self.changeWords.contains(tokens[owner].lemma.lowercased())
      {
        return true
      }
      return nil
    default:
      // "grew 8%": the object of a verb of change.
      if let verb = tokens[head].head, tokens[verb].coarseTag == "VERB",
        ["obj", "obl:npmod", "obl:unmarked"].contains(tokens[head].relation),
        Self.changeWords.contains(tokens[verb].lemma.lowercased())
      {
        return true
      }
      return nil
    }
  }

  /// The words of a figure's own phrase besides the figure and the words between it and
  /// the phrase's head: the noun modifiers that say what it is for or of ("£4.50 for an
  /// hour's session").
  func ownPhrase(of figure: Int) -> Set<Int> {
    let (head, path) = phraseHead(of: figure)
    let otherHeads = Set(
      sentence.tokens.indices.filter { sentence.tokens[$0].coarseTag == "NUM" }.map {
        phraseHead(of: $0).head
      }
    ).subtracting([head])
    // The noun modifiers of the figure's phrase, not clauses the parser hung from it.
    var phrase = Set<Int>()
    var frontier = [head]
    while let current = frontier.popLast() {
      guard phrase.insert(current).inserted else { continue }
      frontier += sentence.dependents[current].filter { child in
        guard Self.phraseRelations.contains(sentence.tokens[child].relation),
          !otherHeads.contains(child)
        else { return false }
        // What the figure is for or of ("for an hour's session"), not where it comes from
        // or goes to, which belong to the verb however the parser attached them.
        guard current == head, sentence.tokens[child].relation == "nmod" else { return true }
        let marker = sentence.dependents[child].first { sentence.tokens[$0].relation == "case" }
        return marker.map {
          Self.measurePrepositions.contains(sentence.tokens[$0].text.lowercased())
        }
          ?? false
      }
    }
    phrase.subtract(path)
    return phrase
  }

  static let phraseRelations: Set<String> = [
    "nmod", "nmod:poss", "amod", "compound", "case", "det", "flat", "nummod",
  ]

  static let measurePrepositions: Set<String> = ["for", "of", "per", "a", "an", "each"]

  /// The tokens of the clause a figure stands in: the predicate above it and that
  /// predicate's subject, without clauses of their own inside them.
  func clauseTokens(of figure: Int) -> Set<Int> {
    let tokens = sentence.tokens
    let predicate = predicate(of: figure)
    var roots = [predicate]
    if let subject = sentence.dependents[predicate].first(where: {
      tokens[$0].relation.isRelation("nsubj")
    }) {
      roots.append(subject)
    } else if let head = tokens[predicate].head,
      ["acl", "xcomp", "conj"].contains(tokens[predicate].relation)
    {
      // "Japan's economy, growing by 0.4%": the noun the clause describes, or the subject
      // it shares.
      let subject =
        tokens[predicate].relation == "acl"
        ? head
        : sentence.dependents[head].first { tokens[$0].relation.isRelation("nsubj") }
      if let subject { roots.append(subject) }
    }
    var result = Set<Int>()
    var frontier = roots
    while let current = frontier.popLast() {
      guard result.insert(current).inserted else { continue }
      for child in sentence.dependents[current] {
        if Self.clauseRelations.contains(tokens[child].relation),
          !sentence.subtreeRange(of: child).contains(figure)
        {
          continue
        }
        frontier.append(child)
      }
    }
    return result
  }

  /// The predicate a figure stands under: the first verb, copula or subject-taking word
  /// above its phrase.
  func predicate(of figure: Int) -> Int {
    var predicate = phraseHead(of: figure).head
    var steps = 0
    while steps < 12, !isPredicate(predicate), let head = sentence.tokens[predicate].head {
      predicate = head
      steps += 1
    }
    return predicate
  }

  /// Words that scale a number: what follows them is the thing counted ("9 trillion yen").
  static let multipliers: Set<String> = ["thousand", "million", "billion", "trillion"]

  func isPredicate(_ index: Int) -> Bool {
    let token = sentence.tokens[index]
    return token.coarseTag == "VERB" || token.head == nil
      || sentence.dependents[index].contains {
        sentence.tokens[$0].relation == "cop" || sentence.tokens[$0].relation.isRelation("nsubj")
      }
  }
}
