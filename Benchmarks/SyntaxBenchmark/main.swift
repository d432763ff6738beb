import Foundation
import NewsdeskCore

// newsdesk-syntax-bench: the syntax model's accuracy on UD English EWT test (gold tokens,
// predicted tags, punctuation included), its speed for tag + parse on one core, and the
// model file's size and load time. Release build: `make syntax-bench`.
//
//   newsdesk-syntax-bench [--data DIR] [--model FILE] [--split test|dev]

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("newsdesk-syntax-bench: \(message)\n".utf8))
  exit(2)
}

func runBenchmark() {
  var dataDirectory = "../shared/data/ud-english-ewt"
  var modelPath = SyntaxModelLocation.defaultPath()
  var split = "test"
  var arguments = CommandLine.arguments.dropFirst().makeIterator()
  while let argument = arguments.next() {
    guard let value = arguments.next() else { fail("\(argument) needs a value") }
    switch argument {
    case "--data": dataDirectory = value
    case "--model": modelPath = value
    case "--split": split = value
    default: fail("unknown argument '\(argument)'")
    }
  }
  let size = (try? FileManager.default.attributesOfItem(atPath: modelPath)[.size] as? Int) ?? 0
  // Load time: the best of five, so a cold page cache or a busy machine does not decide it.
  var loadTimes: [Double] = []
  var loadCPUTimes: [Double] = []
  var loaded: SyntaxModel?
  for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = CPUClock.threadSeconds()
    do {
      loaded = try SyntaxModel.load(path: modelPath)
    } catch {
      fail(error.description)
    }
    loadTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    loadCPUTimes.append((CPUClock.threadSeconds() - cpuStart) * 1e3)
  }
  guard let model = loaded else { fail("no model") }
  let path = "\(dataDirectory)/en_ewt-ud-\(split).conllu"
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    fail("cannot read \(path)")
  }
  let sentences: [CoNLLUSentence]
  do {
    sentences = try CoNLLU.parse(text)
  } catch {
    fail("\(path): \(error)")
  }
  let lexicon = WordNet.installed()
  // Warm WordNet's memo and the page cache once, then time a second full pass.
  let accuracy = SyntaxEvaluation.measure(model, on: sentences, lexicon: lexicon)
  let forms = sentences.map { $0.words.map(\.form) }
  let start = DispatchTime.now().uptimeNanoseconds
  let cpuStart = CPUClock.threadSeconds()
  var checksum = 0
  for sentence in forms {
    checksum &+= model.analyse(sentence, lexicon: lexicon).heads.count
  }
  let cpuSeconds = CPUClock.threadSeconds() - cpuStart
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  // End to end from raw sentence text: tokenise, tag, parse, lemmatise, and read the phrases
  // and arguments off the tree, as the answering stages will.
  let texts = sentences.compactMap(\.text)
  let annotator = SentenceAnnotator(model: model, lexicon: lexicon)
  let annotateStart = CPUClock.threadSeconds()
  var annotatedTokens = 0
  for text in texts {
    let sentence = annotator.annotate(text)
    annotatedTokens += sentence.tokens.count
    _ = sentence.nounPhrases
    _ = sentence.predicates
  }
  let annotateSeconds = CPUClock.threadSeconds() - annotateStart
  // The entities each annotated sentence reads on first use (names with WordNet, dates,
  // times, figures), timed apart: the answering stages ask for them only where they read them.
  let entityReader = EntityReader(lexicon: Lexicon(wordNet: lexicon, syntax: nil))
  let entityStart = CPUClock.threadSeconds()
  var entityCount = 0
  for text in texts {
    entityCount += entityReader.entities(in: text).count
  }
  let entitySeconds = CPUClock.threadSeconds() - entityStart
  print("model      \(modelPath)")
  print("           \(model.provenance)")
  print(String(format: "size       %.2f MB (%d bytes)", Double(size) / 1_048_576, size))
  print(
    String(
      format: "load       %.1f ms wall, %.1f ms CPU (best of 5)", loadTimes.min() ?? 0,
      loadCPUTimes.min() ?? 0))
  print("data       \(path): \(sentences.count) sentences, \(accuracy.words) words")
  print(String(format: "UPOS       %.2f", accuracy.coarseAccuracy))
  print(String(format: "XPOS       %.2f", accuracy.fineAccuracy))
  print(String(format: "UAS        %.2f", accuracy.unlabelledAttachment))
  print(String(format: "LAS        %.2f", accuracy.labelledAttachment))
  print(
    String(
      format: "speed      %.0f tokens/s tag+parse, one thread, CPU time (%d tokens in %.2f s)",
      Double(checksum) / cpuSeconds, checksum, cpuSeconds))
  print(
    String(
      format: "           %.0f tokens/s by the wall clock (%.2f s; the machine may be shared)",
      Double(checksum) / seconds, seconds))
  print(
    String(
      format: "annotate   %.0f tokens/s from raw text: tokenise, tag, parse, lemmas, phrases, "
        + "arguments (CPU time, %d sentences)", Double(annotatedTokens) / annotateSeconds,
      texts.count))
  print(
    String(
      format: "entities   %.0f tokens/s reading names, dates, times and figures (CPU time, "
        + "%d entities, %.1f µs a sentence)", Double(annotatedTokens) / entitySeconds,
      entityCount, entitySeconds / Double(max(texts.count, 1)) * 1e6))
}

runBenchmark()
