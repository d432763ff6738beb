/// Mends the two commonest misreadings of a person's name with their role, so that every
/// reader of the tree finds one noun phrase headed by the name:
///
/// - a title before the name split off as an argument of its own: "Ecuador's President
///   Daniel Noboa" read as the object "Ecuador" with "Daniel Noboa" its conjunct, "Spurs boss
///   Martin Jol said" with "Spurs" a subject and "boss" a marker. The title words and their
///   possessor become the name's modifiers, and the name takes the argument's place.
/// - a word hung from a punctuation mark, which has no dependents, is hung from its head.
/// - an apposition read as a second subject: "Peter Dobrow, a T-Mobile spokesperson said"
///   with two subjects of "said". A clause has one subject; the phrase set off by the comma
///   renames the first.
/// - an apposition read as the name's predicate: "Noel Dempsey, the communications
///   minister, said" with the name the subject of "minister".
struct TitledNameRepair {
  let lexicon: WordNet?

  /// A word of a person's role: a title ("President", "minister"), or a common noun WordNet
  /// files under persons ("boss", "publicist"); never a name, though WordNet knows "Daniel".
  private func isRoleWord(_ token: AnnotatedSentence.Token) -> Bool {
    let word = token.text.lowercased()
    if Lexicon.titles.contains(word) { return true }
    guard token.coarseTag == "NOUN", let first = token.text.unicodeScalars.first,
      !first.properties.isUppercase
    else { return false }
    return lexicon?.nounClass(token.lemma.lowercased()) == "person"
  }

  /// Relations by which a misread title word, possessor or name may hang outside the
  /// phrase: argument and stray attachments, not a preposition's phrase or an adverb.
  private static let misreadRelations: Set<String> = [
    "nsubj", "nsubj:pass", "obj", "iobj", "conj", "appos", "mark", "dep", "compound",
    "nmod:desc", "nmod:poss", "flat", "amod", "root", "obl", "obl:unmarked", "nmod", "acl",
  ]
  private static let titleTags: Set<String> = ["NOUN", "PROPN", "ADJ"]

  func repaired(_ tokens: [AnnotatedSentence.Token]) -> [AnnotatedSentence.Token] {
    let mended = mendedHeads(tokens)
    // A re-hanging that closed a loop (a head under its own dependent) makes no tree, and
    // every reader that walks a subtree would walk it for ever: the parse stays as it was.
    return Self.isTree(mended) ? mended : tokens
  }

  /// Whether every token reaches a root by its heads.
  static func isTree(_ tokens: [AnnotatedSentence.Token]) -> Bool {
    tokens.indices.allSatisfy { start in
      var current = start
      for _ in 0...tokens.count {
        guard let next = tokens[current].head else { return true }
        guard tokens.indices.contains(next) else { return false }
        current = next
      }
      return false
    }
  }

  private func mendedHeads(_ tokens: [AnnotatedSentence.Token]) -> [AnnotatedSentence.Token] {
    var tokens = tokens
    var index = 0
    while index < tokens.count {
      guard isNameWord(tokens[index]) else {
        index += 1
        continue
      }
      var end = index
      while end + 1 < tokens.count, isNameWord(tokens[end + 1]) { end += 1 }
      repairTitle(before: index...end, in: &tokens)
      index = end + 1
    }
    repairSecondSubjects(in: &tokens)
    repairNameAsSubjectOfRole(in: &tokens)
    // "Its finance director, Karl Weir, …" with "Karl" hung from the comma: a punctuation
    // mark has no dependents; what hangs from it hangs from the mark's head.
    for index in tokens.indices {
      if let head = tokens[index].head, tokens[head].coarseTag == "PUNCT",
        let above = tokens[head].head, above != index
      {
        tokens[index].head = above
      }
    }
    return tokens
  }

  /// "Ecuador's President Daniel Noboa": re-hangs the title (and its possessor) from the name
  /// when the parse splits them.
  private func repairTitle(
    before name: ClosedRange<Int>, in tokens: inout [AnnotatedSentence.Token]
  ) {
    // The title: nouns and adjectives right before the name ("of" between title words).
    var start = name.lowerBound
    while start > 0 {
      let previous = tokens[start - 1]
      let isConnector =
        previous.text.lowercased() == "of" && start - 2 >= 0 && start < name.lowerBound
        && isRoleWord(tokens[start - 2])
      guard Self.titleTags.contains(previous.coarseTag) || isConnector else { break }
      start -= 1
    }
    guard start < name.lowerBound,
      let lastRoleWord = (start..<name.lowerBound).last(where: {
        isRoleWord(tokens[$0])
      })
    else { return }
    // "screenwriters Neal Purvis and Robert Wade": a plural introduces the people it names,
    // which the parse rightly hangs from it.
    guard !["NNS", "NNPS"].contains(tokens[lastRoleWord].fineTag) else { return }
    // "chief executive": the words after the role word up to the name are the title's too.
    let title = start...(name.lowerBound - 1)
    let titleEnd = title.upperBound
    // The possessor: "Ecuador's", "the families'".
    var lower = title.lowerBound
    if lower >= 2, tokens[lower - 1].fineTag == "POS",
      ["PROPN", "NOUN"].contains(tokens[lower - 2].coarseTag)
    {
      lower -= 2
      while lower > 0, tokens[lower - 1].coarseTag == "PROPN" { lower -= 1 }
    }
    // A word before the title that the parse hangs elsewhere by a preposition or as an
    // adverb ("On Monday President …") is not the title's: the phrase starts after it.
    var roots: [Int] = []
    while true {
      let span = lower...name.upperBound
      roots = span.filter { !span.contains(tokens[$0].head ?? -1) }
      guard
        let stray = roots.last(where: {
          $0 < name.lowerBound
            && (!Self.misreadRelations.contains(tokens[$0].relation)
              || Self.opensOwnPhrase($0, in: tokens))
        })
      else { break }
      guard stray < lastRoleWord else { return }
      lower = stray + 1
    }
    let span = lower...name.upperBound
    // The name's head: the name token the rest of the sentence hangs it from.
    let nameHead =
      name.first { !name.contains(tokens[$0].head ?? -1) } ?? name.lowerBound
    guard roots != [nameHead] else { return }
    // The name takes the place of the leftmost argument the split gave (its own, if it had one).
    let place = roots.contains(nameHead) ? nameHead : roots[0]
    let (outerHead, outerRelation) = (tokens[place].head, tokens[place].relation)
    let oldRoots = Set(roots).subtracting([nameHead])
    tokens[nameHead].head = outerHead
    tokens[nameHead].relation = outerRelation
    for token in name where token != nameHead && !name.contains(tokens[token].head ?? -1) {
      tokens[token].head = nameHead
      tokens[token].relation = "flat"
    }
    if tokens[titleEnd].head != nameHead {
      tokens[titleEnd].head = nameHead
      tokens[titleEnd].relation = "compound"
    }
    for token in span where oldRoots.contains(token) && token != titleEnd {
      tokens[token].head = titleEnd
      tokens[token].relation =
        token < title.lowerBound
        ? "nmod:poss" : (tokens[token].coarseTag == "ADJ" ? "amod" : "compound")
    }
    // What hung from a misread root outside the phrase now hangs from the name.
    for token in tokens.indices where !span.contains(token) {
      if let head = tokens[token].head, oldRoots.contains(head) { tokens[token].head = nameHead }
    }
  }

  /// "Peter Dobrow, a T-Mobile spokesperson said": the second of two subjects of one verb,
  /// set off by a comma right after the first's phrase, renames the first.
  private func repairSecondSubjects(in tokens: inout [AnnotatedSentence.Token]) {
    for second in tokens.indices where tokens[second].relation.isRelation("nsubj") {
      guard let verb = tokens[second].head,
        let first = tokens.indices.last(where: {
          $0 < second && tokens[$0].head == verb && tokens[$0].relation == tokens[second].relation
        })
      else { continue }
      // The first phrase ends right before the comma that opens the second's.
      let firstEnd = Self.subtreeEnd(of: first, in: tokens)
      guard firstEnd + 1 < second, tokens[firstEnd + 1].text == ",",
        (firstEnd + 1...firstEnd + 2).contains(Self.subtreeStart(of: second, in: tokens)),
        Self.subtreeEnd(of: second, in: tokens) < verb
      else { continue }
      tokens[second].head = first
      tokens[second].relation = "appos"
    }
  }

  /// "Noel Dempsey, the government's communications minister, said …" read as the name the
  /// subject of the role ("Dempsey … minister", as if a verb were missing) and the role the
  /// subject of "said": the name is the speaker, and the role set off by commas renames it.
  private func repairNameAsSubjectOfRole(in tokens: inout [AnnotatedSentence.Token]) {
    for role in tokens.indices where tokens[role].relation.isRelation("nsubj") {
      guard let verb = tokens[role].head, role < verb, isRoleWord(tokens[role]),
        let name = tokens.indices.first(where: {
          $0 < role && tokens[$0].head == role && tokens[$0].relation.isRelation("nsubj")
            && isNameWord(tokens[$0])
        })
      else { continue }
      // The name's own words, not its subtree: the parser may hang the commas from it.
      var nameEnd = name
      while nameEnd + 1 < role, isNameWord(tokens[nameEnd + 1]) { nameEnd += 1 }
      guard nameEnd + 1 < role, tokens[nameEnd + 1].text == "," else { continue }
      tokens[name].head = verb
      tokens[name].relation = tokens[role].relation
      tokens[role].head = name
      tokens[role].relation = "appos"
    }
  }

  /// "On Monday", "followed an operation President Ana Lind said …": a word its own
  /// preposition or article introduces heads a phrase of its own, no part of a title; a
  /// possessor ("the families' solicitor") is the title's.
  private static func opensOwnPhrase(_ token: Int, in tokens: [AnnotatedSentence.Token]) -> Bool {
    if token + 1 < tokens.count, tokens[token + 1].fineTag == "POS" { return false }
    return tokens.contains { dependent in
      dependent.head == token
        && ((dependent.relation == "case" && dependent.fineTag != "POS")
          || dependent.relation == "det")
    }
  }

  private static func subtreeEnd(of head: Int, in tokens: [AnnotatedSentence.Token]) -> Int {
    tokens.indices.last { AnnotatedSentence.descends($0, from: head, in: tokens) } ?? head
  }

  private static func subtreeStart(of head: Int, in tokens: [AnnotatedSentence.Token]) -> Int {
    tokens.indices.first { AnnotatedSentence.descends($0, from: head, in: tokens) } ?? head
  }

  private func isNameWord(_ token: AnnotatedSentence.Token) -> Bool {
    guard token.coarseTag == "PROPN", let first = token.text.unicodeScalars.first,
      first.properties.isUppercase
    else { return false }
    // A title is not part of the name it stands before ("President Daniel Noboa").
    return !Lexicon.titles.contains(token.text.lowercased())
  }
}
