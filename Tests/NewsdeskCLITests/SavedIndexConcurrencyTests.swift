import Foundation
import Synchronization
import Testing

/// Several newsdesks updating one saved index at once, and newsdesks killed while saving:
/// every sentence any of them cites must be in the article it names, round after round.
///
/// `make test` runs a few rounds; `scripts/stress-saved-index.sh` runs the targets
/// (50 concurrent rounds, 100 kills) through the same tests, set by
/// NEWSDESK_CONCURRENT_ROUNDS and NEWSDESK_KILL_ROUNDS.
@Suite struct SavedIndexConcurrencyTests {
  static func rounds(_ variable: String, default value: Int) -> Int {
    ProcessInfo.processInfo.environment[variable].flatMap(Int.init) ?? value
  }

  /// A filler corpus over the saved-index size, and its cache.
  struct Archive {
    let scratch: Scratch
    let corpus: String
    var cache: [String: String] { ["XDG_CACHE_HOME": scratch.path + "/cache"] }
    var cacheFolder: String { scratch.path + "/cache/newsdesk" }
    var random = SeededGenerator(seed: 11)

    init() throws {
      scratch = try Scratch("newsdesk-concurrency")
      corpus = try SavedIndexCLITests.makeCorpus(in: scratch)
    }

    /// Appends a sentence naming the round to `count` filler articles, as a reporter's edits
    /// would, so the next start has files to read again and text to copy.
    mutating func edit(round: Int, count: Int) throws {
      for _ in 0..<count {
        let number = Int(random.next() % 280)
        let path = corpus + "/filler/" + String(format: "%03d", number) + ".txt"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        handle.write(Data(" In \(Self.session(round)) council \(number) voted on the budget.".utf8))
        try handle.close()
      }
    }

    /// A word naming the round that no article number or other round can match.
    static func session(_ round: Int) -> String { "session s\(round)k" }

    /// The round's question, and two that cite filler articles at large: most of those are
    /// unchanged, their text copied from the previous index, where a mixed read would show.
    func questions(round: Int) -> String {
      "what did the council vote on in \(Self.session(round))?\n"
        + "which river court market storm engine?\nwhat did the harbour council budget do?\n"
    }

    var run: [String] { ["run", "--corpus", corpus, "--format", "json", "--top", "10", "-"] }

    func ask(round: Int) -> [String] {
      [
        "ask", "--corpus", corpus, "--format", "json", "--top", "10",
        "what did the council vote on in \(Self.session(round))?",
      ]
    }

    var temporaryFiles: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? []).filter {
        $0.contains(".tmp-")
      }
    }
  }

  /// Every sentence cited by a JSON reply (the answer's and the candidates'), with the file
  /// it names.
  static func citations(in output: String) throws -> [(sentence: String, path: String)] {
    var found: [(String, String)] = []
    for line in output.split(separator: "\n") where line.hasPrefix("{") {
      let answer = try JSONDecoder().decode(ContractAnswer.self, from: Data(line.utf8))
      if let sentence = answer.sentence, let article = answer.article {
        found.append((sentence, article.path))
      }
      for candidate in answer.candidates ?? [] {
        found.append((candidate.sentence, candidate.article.path))
      }
    }
    return found
  }

  /// Checks every citation of `result` against the files; returns how many were checked.
  @discardableResult
  static func expectCitationsInTheirFiles(
    _ result: CLIResult, _ label: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Int {
    #expect(result.status == 0, "\(label): \(result.stderr)", sourceLocation: sourceLocation)
    let citations = try citations(in: result.stdout)
    #expect(!citations.isEmpty, "\(label): nothing cited", sourceLocation: sourceLocation)
    for (sentence, path) in citations {
      let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      #expect(
        collapsed(text).contains(collapsed(sentence)),
        "\(label): '\(sentence)' is not in \(path)", sourceLocation: sourceLocation)
    }
    return citations.count
  }

  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test func concurrentUpdatesNeverCiteASentenceFromAnotherArticle() throws {
    var archive = try Archive()
    let rounds = Self.rounds("NEWSDESK_CONCURRENT_ROUNDS", default: 6)
    let writers = 4
    try Self.expectCitationsInTheirFiles(
      try CLI.run(archive.run, stdin: archive.questions(round: 0), extraEnvironment: archive.cache),
      "cold start")
    // Writers start a fraction of an update apart, so that one renames its index while the
    // others are between opening the old one and copying from it.
    try archive.edit(round: 0, count: 28)
    let clock = ContinuousClock()
    let started = clock.now
    _ = try CLI.run(archive.ask(round: 0), extraEnvironment: archive.cache)
    let stagger = (clock.now - started) / Double(writers + 1)
    var checked = 0
    for round in stride(from: 1, through: rounds, by: 1) {
      try archive.edit(round: round, count: 28)
      let results = Mutex<[CLIResult?]>(Array(repeating: nil, count: writers))
      let (arguments, questions) = (archive.run, archive.questions(round: round))
      let cache = archive.cache
      // Threads of their own: concurrentPerform would run only as many as there are cores.
      let running = DispatchGroup()
      for number in 0..<writers {
        running.enter()
        Thread.detachNewThread {
          Thread.sleep(forTimeInterval: stagger / .seconds(1) * Double(number))
          let result = try? CLI.run(arguments, stdin: questions, extraEnvironment: cache)
          results.withLock { $0[number] = result }
          running.leave()
        }
      }
      running.wait()
      for (number, result) in results.withLock({ $0 }).enumerated() {
        let result = try #require(result)
        checked += try Self.expectCitationsInTheirFiles(result, "round \(round), writer \(number)")
      }
      // The next start reads whichever index won, and must find it whole.
      let next = try CLI.run(arguments, stdin: questions, extraEnvironment: cache)
      checked += try Self.expectCitationsInTheirFiles(next, "round \(round), next start")
      #expect(
        next.stdout.contains("In \(Archive.session(round))"), "round \(round): edits not seen")
      #expect(archive.temporaryFiles.isEmpty, "round \(round): \(archive.temporaryFiles)")
    }
    print("concurrent saves: \(rounds) rounds of \(writers) writers, \(checked) citations checked")
  }

  @Test func killingANewsdeskWhileItSavesNeverDamagesTheIndex() throws {
    var archive = try Archive()
    let rounds = Self.rounds("NEWSDESK_KILL_ROUNDS", default: 6)
    try Self.expectCitationsInTheirFiles(
      try CLI.run(archive.ask(round: 0), extraEnvironment: archive.cache), "cold start")
    // How long an update spends writing its index here, so that kills land all through it;
    // adjusted as the corpus grows (shorter after a kill that came too late).
    try archive.edit(round: 0, count: 28)
    var window = try Self.writingTime(archive.ask(round: 0), archive: archive)
    var checked = 0
    var killedWhileWriting = 0
    var finishedFirst = 0
    var generator = SeededGenerator(seed: 5)
    for round in stride(from: 1, through: rounds, by: 1) {
      try archive.edit(round: round, count: 28)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: try CLI.binary())
      process.arguments = archive.ask(round: round)
      process.environment = CLI.environment(home: archive.scratch.path, extra: archive.cache)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      while archive.temporaryFiles.isEmpty, process.isRunning { usleep(500) }
      usleep(UInt32(window * Double(generator.next() % 1000) / 1000 * 1_000_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if process.terminationReason == .exit {
        finishedFirst += 1
        window *= 0.8
      }
      if !archive.temporaryFiles.isEmpty {
        killedWhileWriting += 1
        window *= 1.05
      }
      let next = try CLI.run(
        archive.run, stdin: archive.questions(round: round), extraEnvironment: archive.cache)
      checked += try Self.expectCitationsInTheirFiles(next, "after kill \(round)")
      #expect(
        next.stdout.contains("In \(Archive.session(round))"), "kill \(round): edits not seen")
      #expect(archive.temporaryFiles.isEmpty, "kill \(round): \(archive.temporaryFiles)")
    }
    print(
      "kills: \(rounds), \(killedWhileWriting) while writing the index, \(finishedFirst) too late,"
        + " \(checked) citations checked afterwards")
  }
}

extension SavedIndexConcurrencyTests {
  /// Seconds from the moment a run of `arguments` begins its new index to its end.
  static func writingTime(_ arguments: [String], archive: Archive) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try CLI.binary())
    process.arguments = arguments
    process.environment = CLI.environment(home: archive.scratch.path, extra: archive.cache)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    while archive.temporaryFiles.isEmpty, process.isRunning { usleep(500) }
    let clock = ContinuousClock()
    let begun = clock.now
    process.waitUntilExit()
    return max(0.01, (clock.now - begun) / .seconds(1))
  }
}

/// A small deterministic generator (SplitMix64), so a failing round can be replayed.
struct SeededGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
