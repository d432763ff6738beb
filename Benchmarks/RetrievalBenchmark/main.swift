// Speed benchmark: loads a corpus cold (reading every file, saving the index to a fresh
// cache folder), then warm in a second process (from the saved index), and times retrieval
// (the 10 best sentences), full answers for every question in a file, and a follow-up after
// each ("When?", "And where?", "What else?", "Who said so?" in turn). The index search is
// also timed alone, beside exhaustive scoring of every sentence, and the two rankings are
// compared for every question (they must never differ). Prints a table,
// then one line in ../shared/bench/peers.py's key=value form so the two read side by side.
// Build with -c release.
//
//   newsdesk-bench CORPUS QUESTIONS [--repeat N] [--cache-dir DIR] [--confirm-first]
//   newsdesk-bench CORPUS QUESTIONS --warm DIR --search-only
//
// --search-only (with --warm, the second process alone, on an index saved by a first run):
// reads the questions and searches, without answers or follow-ups, so that an instruction
// count (valgrind --tool=callgrind --toggle-collect='*prunedSearch*') measures retrieval.
//
// --confirm-first: the warm run confirms that no file changed before its load returns, as
// one-shot commands do, instead of in the background as the shell does.
import Foundation
@_spi(Benchmarks) import NewsdeskCore

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("newsdesk-bench: \(message)\n".utf8))
  exit(2)
}

let positional = arguments.dropFirst().filter { !$0.hasPrefix("--") }.filter { argument in
  !["--repeat", "--cache-dir", "--warm"].contains { option($0) == argument }
}
guard positional.count >= 2 else {
  fail("usage: newsdesk-bench CORPUS QUESTIONS [--repeat N] [--cache-dir DIR]")
}
let corpus = positional[0]
let repeatCount = option("--repeat").flatMap(Int.init) ?? 1
guard let questionText = try? String(contentsOfFile: positional[1], encoding: .utf8) else {
  fail("cannot read \(positional[1])")
}
let questions = questionText.split(separator: "\n").map(String.init)
  .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }

/// Loads the corpus with the saved index in `folder`, times it and the questions. With
/// `comparing`, each search is also run exhaustively and the rankings compared (the cold
/// run); the warm run leaves that out, so its peak memory is a session's, not the
/// comparison's (scoring every sentence reads every posting of the question's words).
func measure(cacheFolder: String, comparing: Bool) -> Measurement {
  var session = NewsdeskSession(lexicon: .installed())
  var options = LoadOptions(cacheFolder: cacheFolder)
  options.minimumCachedBytes = 0
  // The warm run starts as the shell does: from the saved index at once, its checks (a stat
  // of every file, the checksums) confirmed in the background and waited for below.
  options.confirmsFreshnessLater = !comparing && !arguments.contains("--confirm-first")
  session.loadOptions = options
  let clock = ContinuousClock()
  let start = clock.now
  let startCPU = CPUClock.processSeconds()
  let startThreadCPU = CPUClock.threadSeconds()
  let report: LoadReport
  do {
    report = try session.load(paths: [corpus])
  } catch {
    fail("\(error)")
  }
  var result = Measurement()
  result.startSeconds = (clock.now - start).seconds
  result.startCPUSeconds = CPUClock.processSeconds() - startCPU
  result.startThreadCPUSeconds = CPUClock.threadSeconds() - startThreadCPU
  result.report = report
  // The first question asked the moment the load returns, as a user typing at once would:
  // it waits for what the background checks must settle before it is answered.
  if !comparing, let first = questions.first {
    let firstStart = clock.now
    let firstCPU = CPUClock.processSeconds()
    _ = session.ask(first)
    result.firstAnswerSeconds = (clock.now - firstStart).seconds
    result.firstAnswerCPUSeconds = CPUClock.processSeconds() - firstCPU
  }
  // Until every background check is confirmed.
  do {
    try session.confirmFreshness()
  } catch {
    fail("\(error)")
  }
  result.confirmedSeconds = (clock.now - start).seconds
  result.confirmedCPUSeconds = CPUClock.processSeconds() - startCPU
  result.articles = session.library.articles.count
  result.sentences = session.library.sentenceCount
  let analyzer = QuestionAnalyzer(lexicon: session.lexicon)
  for _ in 0..<repeatCount {
    for question in questions {
      let queryStart = clock.now
      let queryCPU = CPUClock.threadSeconds()
      let analysis = analyzer.analyze(question)
      let searchStart = clock.now
      let searchCPU = CPUClock.threadSeconds()
      let pruned = session.library.index.search(terms: analysis.terms, limit: 10)
      let searchEnd = clock.now
      let searchEndCPU = CPUClock.threadSeconds()
      result.retrieval.append((searchEnd - queryStart).seconds * 1000)
      result.search.append((searchEnd - searchStart).seconds * 1000)
      result.retrievalCPU.append((searchEndCPU - queryCPU) * 1000)
      result.searchCPU.append((searchEndCPU - searchCPU) * 1000)
      // The ranking every sentence scored gives, timed beside it and compared.
      if arguments.contains("--search-only") { continue }
      if comparing {
        let exhaustiveStart = clock.now
        let exhaustive = session.library.index.exhaustiveSearch(terms: analysis.terms, limit: 10)
        result.exhaustiveSearch.append((clock.now - exhaustiveStart).seconds * 1000)
        if pruned != exhaustive { result.rankingsDiffering += 1 }
      }
      let answerStart = clock.now
      _ = session.ask(question)
      result.answers.append((clock.now - answerStart).seconds * 1000)
      // A follow-up is read against the question before it, then answered afresh.
      let followUp = followUps[result.followUps.count % followUps.count]
      let followUpStart = clock.now
      _ = session.ask(followUp)
      result.followUps.append((clock.now - followUpStart).seconds * 1000)
    }
  }
  result.peakMiB = peakResidentMiB()
  result.ownMiB = statusMiB("RssAnon:")
  result.mappedMiB = statusMiB("RssFile:")
  if !comparing {
    // The warm index (mapped, with its saved bounds) must rank as scoring every sentence
    // does too: compared after the peak was read.
    for question in questions {
      let terms = analyzer.analyze(question).terms
      if session.library.index.search(terms: terms, limit: 10)
        != session.library.index.exhaustiveSearch(terms: terms, limit: 10)
      {
        result.rankingsDiffering += 1
      }
    }
  }
  return result
}

let followUps = ["When?", "And where?", "What else?", "Who said so?"]

struct Measurement {
  var startSeconds = 0.0
  /// The start's CPU time, every thread together.
  var startCPUSeconds = 0.0
  /// The start's CPU time in the loading thread alone: what the prompt waits for.
  var startThreadCPUSeconds = 0.0
  /// From the start until its background checks were confirmed, wall and CPU.
  var confirmedSeconds = 0.0
  var confirmedCPUSeconds = 0.0
  /// The first question, asked as the load returned, until its answer: wall and process CPU.
  var firstAnswerSeconds = 0.0
  var firstAnswerCPUSeconds = 0.0
  var report = LoadReport()
  var articles = 0
  var sentences = 0
  var retrieval: [Double] = []
  /// The index search alone, without reading the question.
  var search: [Double] = []
  /// The same two in the querying thread's CPU time.
  var retrievalCPU: [Double] = []
  var searchCPU: [Double] = []
  /// The same search scoring every sentence, and how often its ranking differed.
  var exhaustiveSearch: [Double] = []
  var rankingsDiffering = 0
  var answers: [Double] = []
  var followUps: [Double] = []
  var peakMiB = 0.0
  /// Resident at the end: the process's own memory, and pages of mapped files.
  var ownMiB = 0.0
  var mappedMiB = 0.0
}

/// VmHWM: the most memory this process has had resident.
func peakResidentMiB() -> Double { statusMiB("VmHWM:") }

/// A line of /proc/self/status in MiB: VmHWM, or RssAnon (the process's own memory) and
/// RssFile (pages of mapped files, shared with the page cache: the saved index, WordNet).
func statusMiB(_ key: String) -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return 0
  }
  for line in status.split(separator: "\n") where line.hasPrefix(key) {
    return (line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0) / 1024
  }
  return 0
}

/// The same percentile as peers.py: the value at ⌊p·n⌋ of the sorted values.
func percentile(_ values: [Double], _ fraction: Double) -> Double {
  guard !values.isEmpty else { return 0 }
  let sorted = values.sorted()
  return sorted[min(sorted.count - 1, Int(fraction * Double(sorted.count)))]
}

func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

// The warm run is a second process, so its peak memory is its own.
if let folder = option("--warm") {
  let warm = measure(cacheFolder: folder, comparing: false)
  print(
    "warm_s=\(warm.startSeconds) warm_cpu_s=\(warm.startCPUSeconds)"
      + " warm_thread_cpu_s=\(warm.startThreadCPUSeconds)"
      + " confirmed_s=\(warm.confirmedSeconds) confirmed_cpu_s=\(warm.confirmedCPUSeconds)"
      + " first_answer_s=\(warm.firstAnswerSeconds)"
      + " first_answer_cpu_s=\(warm.firstAnswerCPUSeconds)"
      + " warm_rankings_differing=\(warm.rankingsDiffering)"
      + " used=\(warm.report.savedIndex?.rawValue ?? "none")"
      + " peak_rss_mib=\(warm.peakMiB) own_mib=\(warm.ownMiB) mapped_mib=\(warm.mappedMiB)"
      + " query_p50_ms=\(percentile(warm.retrieval, 0.5))"
      + " query_cpu_p50_ms=\(percentile(warm.retrievalCPU, 0.5))"
      + " search_cpu_p50_ms=\(percentile(warm.searchCPU, 0.5))"
      + " answer_p50_ms=\(percentile(warm.answers, 0.5))"
      + " answer_p99_ms=\(percentile(warm.answers, 0.99))")
  exit(0)
}

let cacheFolder =
  option("--cache-dir") ?? NSTemporaryDirectory() + "newsdesk-bench-\(getpid())"
try? FileManager.default.removeItem(atPath: cacheFolder)
defer {
  if option("--cache-dir") == nil { try? FileManager.default.removeItem(atPath: cacheFolder) }
}

let cold = measure(cacheFolder: cacheFolder, comparing: true)
let indexBytes =
  (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder))?.reduce(0) {
    $0
      + ((try? FileManager.default.attributesOfItem(atPath: cacheFolder + "/" + $1))?[.size] as? Int
        ?? 0)
  } ?? 0

let child = Process()
child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
child.arguments =
  [corpus, positional[1], "--warm", cacheFolder, "--repeat", String(repeatCount)]
  + (arguments.contains("--confirm-first") ? ["--confirm-first"] : [])
let pipe = Pipe()
child.standardOutput = pipe
var warmFields: [String: String] = [:]
do {
  try child.run()
  let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  child.waitUntilExit()
  for field in output.split(whereSeparator: \.isWhitespace) {
    let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
    if parts.count == 2 { warmFields[parts[0]] = parts[1] }
  }
} catch {
  FileHandle.standardError.write(Data("newsdesk-bench: warm run failed: \(error)\n".utf8))
}
let warmSeconds = warmFields["warm_s"].flatMap(Double.init) ?? .nan
let warmPeak = warmFields["peak_rss_mib"].flatMap(Double.init) ?? .nan
let warmQuery = warmFields["query_p50_ms"].flatMap(Double.init) ?? .nan
let warmCPU = warmFields["warm_cpu_s"].flatMap(Double.init) ?? .nan
let warmQueryCPU = warmFields["query_cpu_p50_ms"].flatMap(Double.init) ?? .nan
let warmSearchCPU = warmFields["search_cpu_p50_ms"].flatMap(Double.init) ?? .nan
let warmThreadCPU = warmFields["warm_thread_cpu_s"].flatMap(Double.init) ?? .nan
let confirmed = warmFields["confirmed_s"].flatMap(Double.init) ?? .nan
let confirmedCPU = warmFields["confirmed_cpu_s"].flatMap(Double.init) ?? .nan
let firstAnswer = warmFields["first_answer_s"].flatMap(Double.init) ?? .nan
let firstAnswerCPU = warmFields["first_answer_cpu_s"].flatMap(Double.init) ?? .nan

func row(_ name: String, _ value: String) {
  print("  " + name.padding(toLength: 24, withPad: " ", startingAt: 0) + value)
}
print("newsdesk-bench \(corpus) — \(questions.count) questions × \(repeatCount)")
row("articles", String(cold.articles))
row("sentences", String(cold.sentences))
row(
  "cold start",
  "\(format(cold.startSeconds, 2)) s (read + analyse \(format(cold.report.readSeconds, 2)) s, "
    + "index + save \(format(cold.report.indexSeconds, 2)) s; CPU \(format(cold.startCPUSeconds, 2)) s)"
)
row(
  "warm start",
  "\(format(warmSeconds, 2)) s, CPU \(format(warmCPU, 2)) s, loading thread "
    + "\(format(warmThreadCPU, 2)) s (saved index \(warmFields["used"] ?? "?"); "
    + "query p50 there \(format(warmQuery, 2)) ms, CPU \(format(warmQueryCPU, 2)) ms, "
    + "search CPU \(format(warmSearchCPU, 2)) ms)")
row(
  "  first answer",
  "\(format(firstAnswer, 3)) s, CPU \(format(firstAnswerCPU, 3)) s (the first question, asked "
    + "as the load returned, until its answer)")
row(
  "  checks confirmed",
  "\(format(confirmed, 2)) s, CPU \(format(confirmedCPU, 2)) s after the start began "
    + "(the stat of every file and the checksums, in the background)")
row(
  "retrieval p50 / p99",
  "\(format(percentile(cold.retrieval, 0.5), 2)) / \(format(percentile(cold.retrieval, 0.99), 2)) ms"
)
row(
  "  of which search",
  "\(format(percentile(cold.search, 0.5), 2)) / \(format(percentile(cold.search, 0.99), 2)) ms")
row(
  "  in CPU time",
  "\(format(percentile(cold.retrievalCPU, 0.5), 2)) / \(format(percentile(cold.retrievalCPU, 0.99), 2)) ms, "
    + "search \(format(percentile(cold.searchCPU, 0.5), 2)) / \(format(percentile(cold.searchCPU, 0.99), 2)) ms"
)
row(
  "  exhaustive search",
  "\(format(percentile(cold.exhaustiveSearch, 0.5), 2)) / "
    + "\(format(percentile(cold.exhaustiveSearch, 0.99), 2)) ms "
    + "(rankings differing: \(cold.rankingsDiffering) of \(cold.search.count), "
    + "warm \(warmFields["warm_rankings_differing"] ?? "?"))")
row(
  "full answer p50 / p99",
  "\(format(percentile(cold.answers, 0.5), 2)) / \(format(percentile(cold.answers, 0.99), 2)) ms")
row(
  "  warm, in place",
  "\(warmFields["answer_p50_ms"].flatMap(Double.init).map { format($0, 2) } ?? "?") / "
    + "\(warmFields["answer_p99_ms"].flatMap(Double.init).map { format($0, 2) } ?? "?") ms")
row(
  "follow-up p50 / p99",
  "\(format(percentile(cold.followUps, 0.5), 2)) / \(format(percentile(cold.followUps, 0.99), 2)) ms"
)
row(
  "peak memory",
  "\(format(cold.peakMiB, 0)) MiB cold, \(format(warmPeak, 0)) MiB warm (warm at the end: "
    + "\(warmFields["own_mib"].flatMap(Double.init).map { format($0, 0) } ?? "?") MiB own, "
    + "\(warmFields["mapped_mib"].flatMap(Double.init).map { format($0, 0) } ?? "?") MiB of mapped files)"
)
row("index on disk", "\(format(Double(indexBytes) / 1_048_576, 0)) MiB")
row("skipped files", String(cold.report.warnings.count))
// One key=value line, as peers.py prints, plus newsdesk's own figures.
let fields: [(String, String)] = [
  ("engine", "newsdesk"), ("sentences", String(cold.sentences)),
  ("load_s", format(cold.report.readSeconds, 3)), ("index_s", format(cold.report.indexSeconds, 3)),
  ("query_p50_ms", format(percentile(cold.retrieval, 0.5), 3)),
  ("query_p99_ms", format(percentile(cold.retrieval, 0.99), 3)),
  ("peak_rss_mib", format(cold.peakMiB, 1)), ("articles", String(cold.articles)),
  ("cold_s", format(cold.startSeconds, 3)), ("warm_s", format(warmSeconds, 3)),
  ("search_p50_ms", format(percentile(cold.search, 0.5), 3)),
  ("search_p99_ms", format(percentile(cold.search, 0.99), 3)),
  ("exhaustive_search_p50_ms", format(percentile(cold.exhaustiveSearch, 0.5), 3)),
  ("exhaustive_search_p99_ms", format(percentile(cold.exhaustiveSearch, 0.99), 3)),
  ("rankings_differing", String(cold.rankingsDiffering)),
  ("warm_rankings_differing", warmFields["warm_rankings_differing"] ?? "?"),
  ("answer_p50_ms", format(percentile(cold.answers, 0.5), 3)),
  ("answer_p99_ms", format(percentile(cold.answers, 0.99), 3)),
  ("followup_p50_ms", format(percentile(cold.followUps, 0.5), 3)),
  ("followup_p99_ms", format(percentile(cold.followUps, 0.99), 3)),
  ("warm_peak_rss_mib", format(warmPeak, 1)),
  ("cold_cpu_s", format(cold.startCPUSeconds, 3)), ("warm_cpu_s", format(warmCPU, 3)),
  ("warm_thread_cpu_s", format(warmThreadCPU, 3)), ("confirmed_s", format(confirmed, 3)),
  ("confirmed_cpu_s", format(confirmedCPU, 3)),
  ("first_answer_s", format(firstAnswer, 3)), ("first_answer_cpu_s", format(firstAnswerCPU, 3)),
  ("query_cpu_p50_ms", format(percentile(cold.retrievalCPU, 0.5), 3)),
  ("query_cpu_p99_ms", format(percentile(cold.retrievalCPU, 0.99), 3)),
  ("search_cpu_p50_ms", format(percentile(cold.searchCPU, 0.5), 3)),
  ("search_cpu_p99_ms", format(percentile(cold.searchCPU, 0.99), 3)),
  ("index_mib", format(Double(indexBytes) / 1_048_576, 1)),
]
print(fields.map { "\($0.0)=\($0.1)" }.joined(separator: "  "))
