/// A treebank sentence made ready for training: its atoms worked out once, its gold tags and
/// relations as indices into the model's inventories.
struct TrainingSentence: Sendable {
  var atoms: [TokenAtoms]
  var coarse: [Int]
  var fine: [Int]
  /// Each word's head index, or the word count for the root (the arc-hybrid convention).
  var heads: [Int]
  var relations: [Int]
}

/// The label inventories a treebank uses, in first-seen order (deterministic).
struct LabelInventory: Sendable {
  private(set) var names: [String] = []
  private var indexOf: [String: Int] = [:]

  mutating func index(of name: String) -> Int {
    if let known = indexOf[name] { return known }
    indexOf[name] = names.count
    names.append(name)
    return names.count - 1
  }

  func lookup(_ name: String) -> Int? { indexOf[name] }
}
