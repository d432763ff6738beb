/// Training the parser with a dynamic oracle (Goldberg and Nivre 2012): at each step the
/// best-scoring move that loses no more gold arcs than necessary is the target; after the
/// first iteration the parser mostly follows its own (possibly wrong) guess, so it learns to
/// recover from the mistakes it will make at run time.
enum ParserTraining {
  /// `tags` are the fine tags to parse with (jackknifed predictions, so training sees tags
  /// as noisy as at run time).
  static func train(
    _ sentences: [TrainingSentence], tags: [[Int]], coarseTags: [[Int]], relationCount: Int,
    rootRelation: Int,
    iterations: Int, seed: UInt64, explorationProbability: Double = 0.9
  ) -> AveragedPerceptron {
    let moveCount = 1 + 2 * relationCount
    var perceptron = AveragedPerceptron(classCount: moveCount)
    var generator = SeededGenerator(seed: seed ^ 0x5eed)
    var order = Array(sentences.indices)
    var features: [UInt64] = []
    var scores = [Float](repeating: 0, count: moveCount)
    var costs = [Int](repeating: 0, count: moveCount)
    for iteration in 0..<iterations {
      order.shuffle(using: &generator)
      for sentenceIndex in order {
        let sentence = sentences[sentenceIndex]
        var state = ArcHybridState(count: sentence.atoms.count, rootLabel: rootRelation)
        while !state.isTerminal {
          ParserFeatures.extract(
            state, atoms: sentence.atoms, tags: tags[sentenceIndex],
            coarseTags: coarseTags[sentenceIndex], into: &features)
          perceptron.score(features, into: &scores)
          Self.costs(of: state, sentence: sentence, moveCount: moveCount, into: &costs)
          var guess = -1
          var gold = -1
          var cheapest = Int.max
          for move in 0..<moveCount where costs[move] >= 0 {
            cheapest = min(cheapest, costs[move])
          }
          for move in 0..<moveCount where costs[move] >= 0 {
            if guess < 0 || scores[move] > scores[guess] { guess = move }
            if costs[move] == cheapest && (gold < 0 || scores[move] > scores[gold]) {
              gold = move
            }
          }
          if costs[guess] > cheapest {
            perceptron.update(features, classIndex: gold, delta: 1)
            perceptron.update(features, classIndex: guess, delta: -1)
          }
          perceptron.tick()
          let explore =
            iteration > 0 && Double.random(in: 0..<1, using: &generator) < explorationProbability
          state.apply(explore ? guess : gold)
        }
      }
    }
    return perceptron
  }

  /// Each move's cost, -1 for invalid moves. The unlabelled cost is worked out once per kind
  /// of move; a label only matters for the arc the gold tree has.
  static func costs(
    of state: ArcHybridState, sentence: TrainingSentence, moveCount: Int, into costs: inout [Int]
  ) {
    let shiftCost =
      state.isValid(0)
      ? state.cost(of: 0, goldHeads: sentence.heads, goldLabels: sentence.relations) : -1
    costs[0] = shiftCost
    var leftBase = -1
    var rightBase = -1
    var leftLabel = -1
    var rightLabel = -1
    if let top = state.stack.last {
      let goldHead = sentence.heads[top]
      // The cost with the gold label, so a wrong label adds exactly one.
      let goldRelation = sentence.relations[top]
      leftBase = state.cost(
        of: 1 + 2 * goldRelation, goldHeads: sentence.heads, goldLabels: sentence.relations)
      if goldHead == state.front { leftLabel = goldRelation }
      if state.stack.count >= 2 {
        rightBase = state.cost(
          of: 2 + 2 * goldRelation, goldHeads: sentence.heads, goldLabels: sentence.relations)
        if goldHead == state.stack[state.stack.count - 2] { rightLabel = goldRelation }
      }
    }
    for move in 1..<moveCount {
      guard state.isValid(move) else {
        costs[move] = -1
        continue
      }
      let (kind, label) = ArcHybridState.move(move)
      if kind == 1 {
        costs[move] = leftBase + (leftLabel >= 0 && label != leftLabel ? 1 : 0)
      } else {
        costs[move] = rightBase + (rightLabel >= 0 && label != rightLabel ? 1 : 0)
      }
    }
  }
}
