/// Training one tagger pass: greedy left to right, the history built from the tagger's own
/// guesses (as at run time), an update whenever the coarse or the fine guess is wrong.
enum TaggerTraining {
  static func train(
    _ sentences: [TrainingSentence], rightContext: [[Int]]?, coarseCount: Int, fineCount: Int,
    iterations: Int, seed: UInt64
  ) -> AveragedPerceptron {
    var perceptron = AveragedPerceptron(classCount: coarseCount + fineCount)
    var generator = SeededGenerator(seed: seed)
    var order = Array(sentences.indices)
    var features: [UInt64] = []
    var scores = [Float](repeating: 0, count: coarseCount + fineCount)
    for _ in 0..<iterations {
      order.shuffle(using: &generator)
      for sentenceIndex in order {
        let sentence = sentences[sentenceIndex]
        var coarse = Array(repeating: 0, count: sentence.atoms.count)
        var fine = Array(repeating: 0, count: sentence.atoms.count)
        for index in sentence.atoms.indices {
          let history = TaggerFeatures.History(
            coarse: coarse, fine: fine, at: index, rightContext: rightContext?[sentenceIndex])
          TaggerFeatures.extract(sentence.atoms, at: index, history: history, into: &features)
          perceptron.score(features, into: &scores)
          let guessCoarse = SyntaxModel.best(scores, in: 0..<coarseCount)
          let guessFine =
            SyntaxModel.best(scores, in: coarseCount..<(coarseCount + fineCount)) - coarseCount
          if guessCoarse != sentence.coarse[index] {
            perceptron.update(features, classIndex: sentence.coarse[index], delta: 1)
            perceptron.update(features, classIndex: guessCoarse, delta: -1)
          }
          if guessFine != sentence.fine[index] {
            perceptron.update(features, classIndex: coarseCount + sentence.fine[index], delta: 1)
            perceptron.update(features, classIndex: coarseCount + guessFine, delta: -1)
          }
          perceptron.tick()
          coarse[index] = guessCoarse
          fine[index] = guessFine
        }
      }
    }
    return perceptron
  }
}
