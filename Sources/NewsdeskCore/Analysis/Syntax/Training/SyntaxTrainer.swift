import Foundation

/// Trains the whole model from a treebank: two tagger passes, jackknifed tags for the
/// parser, the parser, and the file that holds them. Deterministic for a given seed.
public struct SyntaxTrainer: Sendable {
  public struct Settings: Sendable {
    public var taggerIterations = 8
    public var parserIterations = 15
    /// Folds for jackknifing the tags the parser and the second tagger pass train on.
    public var folds = 5
    public var seed: UInt64 = 1
    /// Parser features updated fewer times than one of these are left out of the file; the
    /// trainer tries each and keeps the best on the development set among those that fit.
    public var parserPruningThresholds = [8, 10, 12, 16]
    /// The same for the tagger's two passes.
    public var taggerPruningThresholds = [1, 2, 3]
    /// The largest model file to write, in bytes.
    public var sizeLimit = 16_000_000
    public var description = ""

    public init() {}
  }

  public let settings: Settings
  /// Called with a line of progress now and then.
  public let progress: @Sendable (String) -> Void

  public init(settings: Settings, progress: @escaping @Sendable (String) -> Void) {
    self.settings = settings
    self.progress = progress
  }

  /// The model file's bytes, trained on `training`.
  public func train(
    _ training: [CoNLLUSentence], development: [CoNLLUSentence] = [], lexicon: WordNet?
  ) -> [UInt8] {
    var coarseNames = LabelInventory()
    var fineNames = LabelInventory()
    var relationNames = LabelInventory()
    _ = relationNames.index(of: "root")
    let sentences = training.filter { $0.words.allSatisfy { $0.head != nil } }.map { sentence in
      TrainingSentence(
        atoms: sentence.words.enumerated().map {
          TokenAtoms(form: $1.form, index: $0, lexicon: lexicon)
        },
        coarse: sentence.words.map { coarseNames.index(of: $0.coarseTag) },
        fine: sentence.words.map { fineNames.index(of: $0.fineTag) },
        heads: sentence.words.map { $0.head! == 0 ? sentence.words.count : $0.head! - 1 },
        relations: sentence.words.map { relationNames.index(of: $0.relation) })
    }
    progress("\(sentences.count) sentences, \(sentences.map(\.atoms.count).reduce(0, +)) words")
    let coarseCount = coarseNames.names.count
    let fineCount = fineNames.names.count

    let settings = settings
    @Sendable func trainTagger(_ part: [TrainingSentence], rightContext: [[Int]]?)
      -> AveragedPerceptron
    {
      TaggerTraining.train(
        part, rightContext: rightContext, coarseCount: coarseCount, fineCount: fineCount,
        iterations: settings.taggerIterations, seed: settings.seed)
    }
    // Jackknifed tags: each fold tagged by passes trained on the other folds. Folds are
    // independent, so they train side by side; results land by index (deterministic).
    let folds = max(settings.folds, 2)
    let foldOf = sentences.indices.map { $0 % folds }
    @Sendable func jackknife(rightContext: [[Int]]?) -> [(coarse: [Int], fine: [Int])] {
      let perFold = Parallel.map(count: folds, makeContext: {}) { _, fold in
        let others = sentences.indices.filter { foldOf[$0] != fold }
        let table = trainTagger(
          others.map { sentences[$0] },
          rightContext: rightContext.map { context in
            others.map { context[$0] }
          }
        ).quantised().table
        return sentences.indices.filter { foldOf[$0] == fold }.map { index in
          let tags = SyntaxModel.tagPass(
            table, atoms: sentences[index].atoms, coarseCount: coarseCount,
            rightContext: rightContext?[index])
          return (index, tags.coarse, tags.fine)
        }
      }
      var result = Array(repeating: (coarse: [Int](), fine: [Int]()), count: sentences.count)
      for (index, coarse, fine) in perFold.joined() { result[index] = (coarse, fine) }
      return result
    }
    let firstPass = jackknife(rightContext: nil).map(\.fine)
    progress("tagger first pass jackknifed (\(folds) folds)")
    let fullTaggers = Parallel.map(count: 2, makeContext: {}) { _, pass in
      trainTagger(sentences, rightContext: pass == 0 ? nil : firstPass)
    }
    let (firstTagger, secondTagger) = (fullTaggers[0], fullTaggers[1])
    progress("tagger trained")
    let finalTags = jackknife(rightContext: firstPass)
    let parserFine = finalTags.map(\.fine)
    let parserCoarse = finalTags.map(\.coarse)
    progress("tagger second pass jackknifed")
    let jackknifed = zip(sentences, parserFine).map { sentence, tags in
      zip(sentence.fine, tags).filter { $0 == $1 }.count
    }.reduce(0, +)
    let total = sentences.map(\.atoms.count).reduce(0, +)
    progress("jackknifed XPOS accuracy on train: \(Double(jackknifed) * 100 / Double(total))")
    let parser = ParserTraining.train(
      sentences, tags: parserFine, coarseTags: parserCoarse,
      relationCount: relationNames.names.count, rootRelation: 0,
      iterations: settings.parserIterations, seed: settings.seed)
    progress("parser trained")
    // Prune rarely-updated features until the file fits, choosing among the thresholds
    // that fit by labelled attachment on the development set.
    var chosen: (bytes: [UInt8], score: Double)?
    var smallest: [UInt8]?
    let (firstWeights, secondWeights) = (firstTagger.averaged(), secondTagger.averaged())
    let parserWeights = parser.averaged()
    let parserTables = settings.parserPruningThresholds.map {
      parserWeights.encoded(minimumUpdates: $0)
    }
    for taggerThreshold in settings.taggerPruningThresholds {
      let first = firstWeights.encoded(minimumUpdates: taggerThreshold)
      let second = secondWeights.encoded(minimumUpdates: taggerThreshold)
      for (parserThreshold, encoded) in zip(settings.parserPruningThresholds, parserTables) {
        let file = SyntaxModelFormat.encode(
          coarseTags: coarseNames.names, fineTags: fineNames.names,
          relations: relationNames.names,
          provenance: settings.description
            + "; features updated \(taggerThreshold)+ (tagger), \(parserThreshold)+ (parser) times",
          tables: [first.bytes, second.bytes, encoded.bytes])
        if smallest == nil || file.count < smallest!.count { smallest = file }
        var line =
          "pruning \(taggerThreshold)/\(parserThreshold): tagger rows \(first.rowCount) + "
          + "\(second.rowCount), parser rows \(encoded.rowCount), file \(file.count) bytes"
        guard file.count <= settings.sizeLimit else {
          progress(line + " (over the size limit)")
          continue
        }
        guard !development.isEmpty, let model = try? Self.model(from: file) else {
          progress(line)
          return file
        }
        let result = SyntaxEvaluation.measure(model, on: development, lexicon: lexicon)
        line += String(
          format: "; dev UPOS %.2f UAS %.2f LAS %.2f", result.coarseAccuracy,
          result.unlabelledAttachment, result.labelledAttachment)
        progress(line)
        if chosen == nil || result.labelledAttachment > chosen!.score {
          chosen = (file, result.labelledAttachment)
        }
      }
    }
    // When nothing fits, the smallest, so that a model is still written.
    return chosen?.bytes ?? smallest!
  }

  /// A model from bytes in memory (a freshly trained one, before it is written).
  public static func model(from bytes: [UInt8]) throws(SyntaxModelError) -> SyntaxModel {
    do {
      return try SyntaxModel(bytes: ModelBytes(bytes), count: bytes.count)
    } catch {
      throw SyntaxModelError(path: "(in memory)", reason: error)
    }
  }
}
