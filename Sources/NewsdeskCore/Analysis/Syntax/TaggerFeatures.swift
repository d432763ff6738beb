/// The tagger's features for one position: the word, its affixes and shape, its neighbours,
/// the tags already chosen to its left and, in the second pass, the first pass's tags to its
/// right. Used unchanged by training and by tagging.
enum TaggerFeatures {
  /// Tags to the left, as (XPOS, UPOS) indices; -1 before the sentence.
  struct History {
    var previousFine = -1
    var previousCoarse = -1
    var secondPreviousFine = -1
    /// First-pass fine tags of the next two words (second pass only; -2 when absent).
    var nextFine = -2
    var secondNextFine = -2
  }

  static func extract(
    _ atoms: [TokenAtoms], at index: Int, history: History, into features: inout [UInt64]
  ) {
    features.removeAll(keepingCapacity: true)
    func at(_ offset: Int) -> TokenAtoms {
      let position = index + offset
      return atoms.indices.contains(position) ? atoms[position] : .padding
    }
    let word = atoms[index]
    let previous = at(-1)
    let secondPrevious = at(-2)
    let next = at(1)
    let secondNext = at(2)
    let p1 = FeatureHash.of(history.previousFine)
    let p2 = FeatureHash.of(history.secondPreviousFine)
    let c1 = FeatureHash.of(history.previousCoarse)
    func add(_ template: Int, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
      features.append(FeatureHash.feature(template, a, b, c))
    }
    add(1, 0)
    add(2, word.word)
    add(3, word.exact)
    add(4, word.suffix1)
    add(5, word.suffix2)
    add(6, word.suffix3)
    add(7, word.suffix4)
    add(8, word.prefix1)
    add(9, word.prefix2)
    add(10, word.prefix3)
    add(11, word.shape)
    add(12, word.capitalisation)
    add(13, word.wordNetClasses)
    add(14, word.wordNetClasses, word.suffix3)
    add(15, word.wordNetClasses, word.capitalisation)
    add(16, word.capitalisation, word.suffix3)
    add(17, p1)
    add(18, p1, p2)
    add(19, c1)
    add(20, p1, word.word)
    add(21, p1, word.suffix3)
    add(22, previous.word)
    add(23, previous.suffix3)
    add(24, secondPrevious.word)
    add(25, next.word)
    add(26, next.suffix3)
    add(27, secondNext.word)
    add(28, previous.word, word.word)
    add(29, word.word, next.word)
    add(30, previous.shape, word.shape, next.shape)
    add(31, next.wordNetClasses)
    add(32, next.capitalisation, word.capitalisation)
    add(33, p1, next.word)
    add(34, next.shape)
    guard history.nextFine != -2 else { return }
    let n1 = FeatureHash.of(history.nextFine)
    let n2 = FeatureHash.of(history.secondNextFine)
    add(40, n1)
    add(41, n1, n2)
    add(42, p1, n1)
    add(43, n1, word.word)
    add(44, n1, word.suffix3)
    add(45, n1, word.wordNetClasses)
    add(46, p1, n1, word.capitalisation)
  }
}
