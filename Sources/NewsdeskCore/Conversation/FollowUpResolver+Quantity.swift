/// "It" for the quantity just asked about: "How much profit did BP make?" then "By how much
/// did it rise?" asks how much BP's profit rose, not how much BP did.
extension FollowUpResolver {
  /// Verbs of change a quantity, not a firm or a person, is the subject of.
  static let changeVerbs: Set<String> = [
    "rise", "rose", "risen", "rising", "fall", "fell", "fallen", "falling", "increase",
    "increased", "decrease", "decreased", "grow", "grew", "grown", "drop", "dropped", "climb",
    "climbed", "jump", "jumped", "slip", "slipped", "slide", "slid", "soar", "soared", "plunge",
    "plunged", "shrink", "shrank", "shrunk", "double", "doubled", "halve", "halved", "compare",
    "compared", "change", "changed",
  ]

  /// What "it" at `index` stands for when it is the subject of a change and the last
  /// question asked for an amount of something ("how much profit"): that something, with
  /// its owner when the last question named one ("BP's profit").
  func quantityReferent(at index: Int, in words: SentenceWords, memory: ConversationMemory)
    -> String?
  {
    let list = words.words
    guard list[index].lower == "it", let last = memory.last,
      [.howMuch, .howMany].contains(last.analysis.form), let head = last.analysis.headNoun,
      !Lexicon.doForms.contains(head), !Self.auxiliaries.contains(head),
      list.dropFirst(index + 1).prefix(2).contains(where: { Self.changeVerbs.contains($0.lower) })
    else { return nil }
    let asked = SentenceWords(last.question)
    guard let headWord = asked.words.first(where: { $0.lower == head }) else { return nil }
    let owner = extractor.recognized(asked).names.first { $0.lowerBound > 0 }.map {
      asked.text(from: $0.lowerBound, through: $0.upperBound)
    }
    guard let owner else { return "the " + headWord.surface }
    return Self.possessive(owner) + " " + headWord.surface
  }
}
