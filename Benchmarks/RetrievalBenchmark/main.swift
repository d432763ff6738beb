// Speed benchmark: loads a corpus, then times retrieval (10 best sentences) and full answers
// for every question in a file. Prints the figures ../shared/bench/peers.py prints, on one
// line in the same key=value form, so the two read side by side. Build with -c release.
//
//   newsdesk-bench CORPUS QUESTIONS [--repeat N]
import Foundation
import NewsdeskCore

func peakResidentMiB() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return 0
  }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
    return kilobytes / 1024
  }
  return 0
}

func percentile(_ values: [Double], _ fraction: Double) -> Double {
  guard !values.isEmpty else { return 0 }
  let sorted = values.sorted()
  let position = Int((fraction * Double(sorted.count - 1)).rounded())
  return sorted[position]
}

func format(_ value: Double, _ digits: Int) -> String {
  String(format: "%.\(digits)f", value)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: newsdesk-bench CORPUS QUESTIONS [--repeat N]\n".utf8))
  exit(2)
}
let repeatCount =
  arguments.firstIndex(of: "--repeat").flatMap { Int(arguments[safe: $0 + 1] ?? "") } ?? 1
guard let questionText = try? String(contentsOfFile: arguments[2], encoding: .utf8) else {
  FileHandle.standardError.write(Data("newsdesk-bench: cannot read \(arguments[2])\n".utf8))
  exit(2)
}
let questions = questionText.split(separator: "\n").map(String.init).filter { !$0.isEmpty }

var session = NewsdeskSession()
let report: LoadReport
do {
  report = try session.load(paths: [arguments[1]])
} catch {
  FileHandle.standardError.write(Data("newsdesk-bench: \(error)\n".utf8))
  exit(2)
}

let clock = ContinuousClock()
let analyzer = QuestionAnalyzer()
var retrieval: [Double] = []
var answers: [Double] = []
for _ in 0..<repeatCount {
  for question in questions {
    let start = clock.now
    let analysis = analyzer.analyze(question)
    _ = session.library.index.search(terms: analysis.terms, limit: 10)
    retrieval.append((clock.now - start).seconds * 1000)
    let answerStart = clock.now
    _ = session.ask(question)
    answers.append((clock.now - answerStart).seconds * 1000)
  }
}

print(
  "engine=newsdesk  articles=\(session.library.articles.count)  sentences=\(session.library.sentenceCount)"
    + "  load_s=\(format(report.readSeconds, 3))  index_s=\(format(report.indexSeconds, 3))"
    + "  query_p50_ms=\(format(percentile(retrieval, 0.5), 3))  query_p99_ms=\(format(percentile(retrieval, 0.99), 3))"
    + "  answer_p50_ms=\(format(percentile(answers, 0.5), 3))  answer_p99_ms=\(format(percentile(answers, 0.99), 3))"
    + "  peak_rss_mib=\(format(peakResidentMiB(), 1))  skipped_files=\(report.warnings.count)")

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
