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
    public var parserPruningThresholds = [1, 2, 3, 4, 6, 8]
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

    func trainTagger(_ part: [TrainingSentence], rightContext: [[Int]]?) -> AveragedPerceptron {
      TaggerTraining.train(
        part, rightContext: rightContext, coarseCount: coarseCount, fineCount: fineCount,
        iterations: settings.taggerIterations, seed: settings.seed)
    }
    // Jackknifed first-pass tags: each fold tagged by a pass trained on the others.
    let folds = max(settings.folds, 2)
    let foldOf = sentences.indices.map { $0 % folds }
    var firstPass = Array(repeating: [Int](), count: sentences.count)
    for fold in 0..<folds {
      let others = sentences.indices.filter { foldOf[$0] != fold }
      let table = trainTagger(others.map { sentences[$0] }, rightContext: nil).quantised().table
      for index in sentences.indices where foldOf[index] == fold {
        firstPass[index] =
          SyntaxModel.tagPass(
            table, atoms: sentences[index].atoms, coarseCount: coarseCount, rightContext: nil
          ).fine
      }
      progress("tagger fold \(fold + 1)/\(folds) (first pass)")
    }
    let firstTagger = trainTagger(sentences, rightContext: nil)
    let secondTagger = trainTagger(sentences, rightContext: firstPass)
    progress("tagger trained")
    // Jackknifed final tags for the parser.
    var parserFine = Array(repeating: [Int](), count: sentences.count)
    var parserCoarse = Array(repeating: [Int](), count: sentences.count)
    for fold in 0..<folds {
      let others = sentences.indices.filter { foldOf[$0] != fold }
      let table = trainTagger(
        others.map { sentences[$0] }, rightContext: others.map { firstPass[$0] }
      ).quantised().table
      for index in sentences.indices where foldOf[index] == fold {
        let tags = SyntaxModel.tagPass(
          table, atoms: sentences[index].atoms, coarseCount: coarseCount,
          rightContext: firstPass[index])
        parserFine[index] = tags.fine
        parserCoarse[index] = tags.coarse
      }
      progress("tagger fold \(fold + 1)/\(folds) (second pass)")
    }
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
    for taggerThreshold in settings.taggerPruningThresholds {
      let first = firstTagger.encoded(minimumUpdates: taggerThreshold)
      let second = secondTagger.encoded(minimumUpdates: taggerThreshold)
      for parserThreshold in settings.parserPruningThresholds {
        let encoded = parser.encoded(minimumUpdates: parserThreshold)
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
