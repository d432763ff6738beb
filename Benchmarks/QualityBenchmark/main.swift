// Answer-quality benchmark: one command for every measure that resists fitting.
//
//   newsdesk-quality [DATA.json] [--sets yardstick,squad20,trecqa,news-dev] [--data DIR]
//                    [--newsdesk BIN] [--save FILE] [--compare FILE [--against FILE]]
//                    [--misses FILE] [--threshold X] [--explain "QUESTION TEXT"] [--no-sweep]
//                    [--signals FILE.csv] [--choices FILE.csv] [--chart FILE.svg]
//
// Sets: the ExpMRC yardstick (with its threshold sweep and reliability table), SQuAD 2.0's
// train titles (answerable: F1/EM; unanswerable: share declined), TrecQA dev and train
// (MAP/MRR of BM25, word overlap and newsdesk's --top order), and the news development set
// (through ../shared/bench/news_eval.py and a release newsdesk). Each is broken down by kind
// of question. --save writes each question's result; --compare lists, per set, what changed
// since a saved file (--against compares two saved files without running anything). With a
// DATA file alone it runs that file as the yardstick. Build with -c release.
//
// --signals: each answer's confidence signals at home, same-title and other-title (for
// calibrating the confidence). --choices: each retrieved sentence with what the composer sees
// in it alone (for studying the sentence choice).
import Foundation
import NewsdeskCore

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("newsdesk-quality: \(message)\n".utf8))
  exit(2)
}

/// WordNet and the syntax model, opened once for the whole run and shared by every session,
/// as the shell's one session holds them.
let lexicon = Lexicon.installed()

let options: QualityOptions
do {
  options = try QualityOptions()
} catch {
  fail("\(error)")
}

if let before = options.value("--compare"), let after = options.value("--against") {
  do {
    let comparison = ResultComparison(
      before: try QualityResultFile.read(from: before).results,
      after: try QualityResultFile.read(from: after).results)
    ComparisonReport(comparison: comparison, questions: [:]).print(title: "\(before) → \(after)")
    exit(0)
  } catch {
    fail("\(error)")
  }
}
// A saved file to compare with is read first: a wrong name fails before the long run.
var baseline: QualityResultFile?
if let before = options.value("--compare") {
  do { baseline = try QualityResultFile.read(from: before) } catch { fail("\(error)") }
}

var output = SetOutput()
var failures = 0
for set in options.sets {
  do {
    switch set {
    case "yardstick": output = output + (try YardstickRun(options: options).run())
    case "squad20": output = output + (try Squad20Run(options: options).run())
    case "trecqa": output = output + (try TrecQARun(options: options).run())
    default: output = output + (try NewsDevRun(options: options).run())
    }
  } catch {
    failures += 1
    print("\(set): not measured: \(error)")
  }
}

print("== summary")
for line in output.headlines { print(line) }
if let path = options.value("--save") {
  do {
    try QualityResultFile(results: output.results).write(to: path)
    print("results of \(output.results.count) questions written to \(path)")
  } catch {
    fail("cannot write \(path): \(error.localizedDescription)")
  }
}
if let baseline, let path = options.value("--compare") {
  let ran = Set(output.results.map(\.set))
  ComparisonReport(
    // Only the sets this run measured: the others did not change.
    comparison: ResultComparison(
      before: baseline.results.filter { ran.contains($0.set) }, after: output.results),
    questions: output.questions
  ).print(title: "\(path) → this run")
}
exit(failures == 0 ? 0 : 1)
