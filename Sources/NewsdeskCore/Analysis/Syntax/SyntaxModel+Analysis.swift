/// The public face of the model: tags and a dependency tree for a sentence's tokens.
public struct SyntacticAnalysis: Sendable, Equatable {
  public var coarseTags: [String]
  public var fineTags: [String]
  /// Each token's head as a 0-based index, or -1 for the sentence's root.
  public var heads: [Int]
  public var relations: [String]
}

extension SyntaxModel {
  /// Tags and parses `forms` (one sentence's tokens). `lexicon` supplies the parts of speech
  /// of words the treebank never showed; without it unknown words are guessed from their
  /// spelling alone.
  public func analyse(_ forms: [String], lexicon: WordNet?) -> SyntacticAnalysis {
    guard !forms.isEmpty else {
      return SyntacticAnalysis(coarseTags: [], fineTags: [], heads: [], relations: [])
    }
    let atoms = forms.enumerated().map { TokenAtoms(form: $1, index: $0, lexicon: lexicon) }
    let tags = tag(atoms)
    let tree = parse(atoms, fineTags: tags.fine, coarseTags: tags.coarse)
    return SyntacticAnalysis(
      coarseTags: tags.coarse.map { coarseTags[$0] },
      fineTags: tags.fine.map { fineTags[$0] },
      heads: tree.heads,
      relations: tree.relations.map { relations[$0] })
  }
}
