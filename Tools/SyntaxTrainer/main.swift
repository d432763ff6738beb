import Foundation
import NewsdeskCore

// newsdesk-train: trains the syntax model (tagger and parser) on UD English EWT and writes
// the model file. `make model` runs it; see README, "Syntax".
//
//   newsdesk-train [--data DIR] [--output FILE] [--seed N] [--tagger-iterations N]
//                  [--parser-iterations N] [--folds N] [--prune 1,2,3]

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("newsdesk-train: \(message)\n".utf8))
  exit(2)
}

struct TrainerOptions {
  var settings = SyntaxTrainer.Settings()
  var dataDirectory = "../shared/data/ud-english-ewt"
  var output = "Models/syntax-en-ewt.ndsyntax"

  init(_ arguments: [String]) {
    var remaining = arguments.makeIterator()
    func value(_ flag: String) -> String {
      guard let text = remaining.next() else { fail("\(flag) needs a value") }
      return text
    }
    func integer(_ flag: String) -> Int {
      guard let number = Int(value(flag)), number >= 0 else {
        fail("\(flag) needs a non-negative number")
      }
      return number
    }
    while let argument = remaining.next() {
      switch argument {
      case "--data": dataDirectory = value(argument)
      case "--output": output = value(argument)
      case "--seed": settings.seed = UInt64(integer(argument))
      case "--tagger-iterations": settings.taggerIterations = integer(argument)
      case "--parser-iterations": settings.parserIterations = integer(argument)
      case "--folds": settings.folds = integer(argument)
      case "--prune":
        settings.parserPruningThresholds = value(argument).split(separator: ",").compactMap {
          Int($0)
        }
      default: fail("unknown argument '\(argument)'")
      }
    }
  }

  func treebank(_ split: String) -> [CoNLLUSentence] {
    let path = "\(dataDirectory)/en_ewt-ud-\(split).conllu"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      fail("cannot read \(path) (set --data to the UD English EWT directory)")
    }
    do {
      return try CoNLLU.parse(text)
    } catch {
      fail("\(path): \(error)")
    }
  }
}

func runTrainer() {
  var options = TrainerOptions(Array(CommandLine.arguments.dropFirst()))
  guard let lexicon = WordNet.installed() else {
    fail("WordNet is not installed (make deps installs wordnet-base); the tagger needs it")
  }
  let settings = options.settings
  options.settings.description =
    "UD English EWT v2.15 train; seed \(settings.seed); tagger \(settings.taggerIterations) "
    + "iterations x2 passes; parser \(settings.parserIterations) iterations; "
    + "\(settings.folds)-fold jackknifed tags"
  let started = Date()
  let elapsed: @Sendable () -> String = {
    String(format: "%6.1fs", Date().timeIntervalSince(started))
  }
  let trainer = SyntaxTrainer(settings: options.settings) { line in
    print("\(elapsed())  \(line)")
    fflush(nil)
  }
  let development = options.treebank("dev")
  let bytes = trainer.train(options.treebank("train"), development: development, lexicon: lexicon)
  let model: SyntaxModel
  do {
    model = try SyntaxTrainer.model(from: bytes)
  } catch {
    fail("the trained model does not read back: \(error)")
  }
  let dev = SyntaxEvaluation.measure(model, on: development, lexicon: lexicon)
  print(
    elapsed()
      + String(
        format: "  dev: UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  (%d words)",
        dev.coarseAccuracy, dev.fineAccuracy, dev.unlabelledAttachment, dev.labelledAttachment,
        dev.words))
  let output = options.output
  do {
    let directory = (output as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    }
    try Data(bytes).write(to: URL(fileURLWithPath: output))
  } catch {
    fail("cannot write \(output): \(error.localizedDescription)")
  }
  print("\(elapsed())  wrote \(output) (\(bytes.count) bytes)")
}

runTrainer()
