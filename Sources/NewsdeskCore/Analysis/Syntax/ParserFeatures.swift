/// The parser's features for a configuration: words, tags and dependency labels around the
/// stack top and buffer front, their distance and valencies, after Zhang and Nivre (2011)
/// adapted to arc-hybrid positions. Used unchanged by training and by parsing.
enum ParserFeatures {
  private static let absentWord = FeatureHash.of("<none>")
  private static let rootWord = FeatureHash.of("<root>")
  private static let absentTag = FeatureHash.of(-1)
  private static let rootTag = FeatureHash.of(-7)

  static func extract(
    _ state: ArcHybridState, atoms: [TokenAtoms], tags: [Int], coarseTags: [Int],
    into features: inout [UInt64]
  ) {
    features.removeAll(keepingCapacity: true)
    let n = state.count
    let stack = state.stack
    let s0 = stack.count >= 1 ? stack[stack.count - 1] : -1
    let s1 = stack.count >= 2 ? stack[stack.count - 2] : -1
    let s2 = stack.count >= 3 ? stack[stack.count - 3] : -1
    let n0 = state.front
    let n1 = n0 + 1 < n ? n0 + 1 : -1
    let n2 = n0 + 2 < n ? n0 + 2 : -1

    func word(_ index: Int) -> UInt64 {
      index < 0 ? absentWord : index == n ? rootWord : atoms[index].word
    }
    func tag(_ index: Int) -> UInt64 {
      index < 0 ? absentTag : index == n ? rootTag : FeatureHash.of(tags[index])
    }
    func coarse(_ index: Int) -> UInt64 {
      index < 0 ? absentTag : index == n ? rootTag : FeatureHash.of(coarseTags[index] + 1000)
    }
    func label(_ index: Int) -> UInt64 {
      index < 0 ? absentTag : FeatureHash.of(state.labels[index])
    }
    func add(_ template: Int, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
      features.append(FeatureHash.feature(template, a, b, c))
    }

    let (s0w, s0t) = (word(s0), tag(s0))
    let (s1w, s1t) = (word(s1), tag(s1))
    let (n0w, n0t) = (word(n0), tag(n0))
    let (n1w, n1t) = (word(n1), tag(n1))
    let (n2w, n2t) = (word(n2), tag(n2))
    let s2t = tag(s2)
    let s0L = s0 >= 0 ? state.leftmost[s0] : (-1, -1)
    let s0R = s0 >= 0 ? state.rightmost[s0] : (-1, -1)
    let n0L = state.leftmost[n0]
    let s1R = s1 >= 0 ? state.rightmost[s1].0 : -1

    add(1, 0)
    // Single words.
    add(2, s0w, s0t)
    add(3, s0w)
    add(4, s0t)
    add(5, n0w, n0t)
    add(6, n0w)
    add(7, n0t)
    add(8, n1w, n1t)
    add(9, n1w)
    add(10, n1t)
    add(11, n2w, n2t)
    add(12, n2w)
    add(13, n2t)
    add(14, s1w, s1t)
    add(15, s1w)
    add(16, s1t)
    add(17, s0 >= 0 ? atoms[s0].suffix3 : absentWord, s0t)
    add(18, n0 < n ? atoms[n0].suffix3 : rootWord, n0t)
    // Pairs.
    add(20, s0w, s0t, FeatureHash.mix(n0w ^ n0t &* 31))
    add(21, s0w, s0t, n0w)
    add(22, s0w, n0w, n0t)
    add(23, s0w, s0t, n0t)
    add(24, s0t, n0w, n0t)
    add(25, s0w, n0w)
    add(26, s0t, n0t)
    add(27, n0t, n1t)
    add(28, s1t, s0t)
    add(29, s1w, s0w)
    add(30, s1t, s0w)
    add(31, s1w, s0t)
    add(32, s1t, n0t)
    add(33, s1w, n0w)
    // Triples of tags.
    add(40, n0t, n1t, n2t)
    add(41, s0t, n0t, n1t)
    add(42, s1t, s0t, n0t)
    add(43, s2t, s1t, s0t)
    add(44, s0t, tag(s0L.0), n0t)
    add(45, s0t, tag(s0R.0), n0t)
    add(46, s0t, n0t, tag(n0L.0))
    add(47, s1t, tag(s1R), s0t)
    add(48, s1t, s0t, tag(s0L.0))
    // Distance between the stack top and the buffer front.
    let distance = FeatureHash.of(s0 >= 0 ? min(n0 - s0, 6) : 0)
    add(50, s0w, distance)
    add(51, s0t, distance)
    add(52, n0w, distance)
    add(53, n0t, distance)
    add(54, s0w, n0w, distance)
    add(55, s0t, n0t, distance)
    // Valency.
    let s0Left = FeatureHash.of(s0 >= 0 ? state.leftCount[s0] : -1)
    let s0Right = FeatureHash.of(s0 >= 0 ? state.rightCount[s0] : -1)
    let n0Left = FeatureHash.of(state.leftCount[n0])
    add(60, s0w, s0Right)
    add(61, s0t, s0Right)
    add(62, s0w, s0Left)
    add(63, s0t, s0Left)
    add(64, n0w, n0Left)
    add(65, n0t, n0Left)
    // Dependents already attached.
    add(70, word(s0L.0))
    add(71, tag(s0L.0))
    add(72, label(s0L.0))
    add(73, word(s0R.0))
    add(74, tag(s0R.0))
    add(75, label(s0R.0))
    add(76, word(n0L.0))
    add(77, tag(n0L.0))
    add(78, label(n0L.0))
    add(79, word(s0L.1))
    add(80, tag(s0L.1))
    add(81, label(s0L.1))
    add(82, word(s0R.1))
    add(83, tag(s0R.1))
    add(84, label(s0R.1))
    add(85, word(n0L.1))
    add(86, tag(n0L.1))
    add(87, label(n0L.1))
    add(88, s0t, tag(s0L.0), tag(s0L.1))
    add(89, s0t, tag(s0R.0), tag(s0R.1))
    add(90, n0t, tag(n0L.0), tag(n0L.1))
    add(91, s0t, label(s0L.0), label(s0R.0))
    add(92, n0t, label(n0L.0))
    // Label sets.
    let s0LeftSet = s0 >= 0 ? FeatureHash.mix(state.leftLabels[s0] &+ 3) : absentTag
    let s0RightSet = s0 >= 0 ? FeatureHash.mix(state.rightLabels[s0] &+ 5) : absentTag
    let n0LeftSet = FeatureHash.mix(state.leftLabels[n0] &+ 7)
    add(100, s0w, s0RightSet)
    add(101, s0t, s0RightSet)
    add(102, s0w, s0LeftSet)
    add(103, s0t, s0LeftSet)
    add(104, n0w, n0LeftSet)
    add(105, n0t, n0LeftSet)
    // Stack depth: near the end of a sentence a deep stack must be reduced.
    add(110, s0t, n0t, FeatureHash.of(state.stack.count > 2 ? 2 : state.stack.count))
    // Universal tags, coarser than Penn's, generalise across its fine distinctions.
    let (s0c, s1c, n0c, n1c) = (coarse(s0), coarse(s1), coarse(n0), coarse(n1))
    add(120, s0c)
    add(121, n0c)
    add(122, s0c, n0c)
    add(123, s0c, n0c, n1c)
    add(124, s1c, s0c, n0c)
    add(125, s0w, n0c)
    add(126, s0c, n0w)
    add(127, s0c, n0c, distance)
    add(128, coarse(s0L.0), s0c, n0c)
    add(129, s0c, coarse(s0R.0), n0c)
  }
}
