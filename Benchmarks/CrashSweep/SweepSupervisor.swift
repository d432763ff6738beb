import Foundation

/// Runs the worker as a child process and watches it: a pair that kills the worker is a
/// crash, one that keeps it silent past the hang limit is a hang. Either way the pair is
/// recorded and a new worker goes on from the next pair, until the plan or the time runs out.
final class SweepSupervisor: @unchecked Sendable {
  struct Finding {
    var kind: String
    var pair: Int
    var detail: [String]
  }

  let executable: String
  let arguments: [String]
  let hangLimit: Duration
  let deadline: ContinuousClock.Instant

  private let lock = NSLock()
  private var lastStarted = -1
  private var lastProgress = ContinuousClock.now
  private var slowest: [(pair: Int, duration: Duration)] = []
  private var stderrText = Data()
  private var pending = Data()

  init(
    executable: String, arguments: [String], hangLimit: Duration, deadline: ContinuousClock.Instant
  ) {
    self.executable = executable
    self.arguments = arguments
    self.hangLimit = hangLimit
    self.deadline = deadline
  }

  /// Runs pairs from 0 to `count`; returns the findings and how many pairs were asked.
  func run(count: Int) -> (findings: [Finding], pairsRun: Int, slowest: [(Int, Duration)]) {
    var findings: [Finding] = []
    var start = 0
    var pairsRun = 0
    while start < count, ContinuousClock.now < deadline {
      let outcome = runWorker(from: start)
      switch outcome {
      case .finished:
        pairsRun += count - start
        start = count
      case .stopped(let last):
        pairsRun += max(0, last - start)
        start = count
      case .died(let pair, let log), .hung(let pair, let log):
        let kind = if case .died = outcome { "crash" } else { "hang" }
        findings.append(Finding(kind: kind, pair: pair, detail: log))
        pairsRun += pair - start + 1
        start = pair + 1
      }
    }
    return (
      findings, pairsRun,
      slowest.sorted { $0.duration > $1.duration }.map { ($0.pair, $0.duration) }
    )
  }

  enum Outcome {
    case finished
    case stopped(last: Int)
    case died(pair: Int, log: [String])
    case hung(pair: Int, log: [String])
  }

  private func runWorker(from start: Int) -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments + ["--worker", "--from", String(start)]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    lock.withLock {
      lastStarted = start - 1
      lastProgress = .now
      stderrText = Data()
      pending = Data()
    }
    output.fileHandleForReading.readabilityHandler = { [self] handle in
      let chunk = handle.availableData
      lock.withLock { take(chunk) }
    }
    errors.fileHandleForReading.readabilityHandler = { [self] handle in
      let chunk = handle.availableData
      lock.withLock { stderrText.append(chunk) }
    }
    do { try process.run() } catch {
      return .died(pair: start, log: ["cannot start the worker: \(error)"])
    }
    var hung = false
    var stopped = false
    while process.isRunning {
      Thread.sleep(forTimeInterval: 0.05)
      let silent = lock.withLock { ContinuousClock.now - lastProgress }
      if silent > hangLimit {
        hung = true
        process.terminate()
        break
      }
      if ContinuousClock.now >= deadline {
        stopped = true
        process.terminate()
        break
      }
    }
    process.waitUntilExit()
    output.fileHandleForReading.readabilityHandler = nil
    errors.fileHandleForReading.readabilityHandler = nil
    let (pair, log) = lock.withLock { (lastStarted, Self.crashLines(stderrText)) }
    if stopped { return .stopped(last: pair) }
    if hung { return .hung(pair: pair, log: log) }
    if process.terminationReason == .exit, process.terminationStatus == 0 { return .finished }
    return .died(pair: max(pair, start), log: log)
  }

  /// Called under the lock with what the worker wrote: one pair number a line.
  private func take(_ chunk: Data) {
    pending.append(chunk)
    while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
      let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
      pending.removeSubrange(pending.startIndex...newline)
      guard let number = Int(line) else { continue }
      let now = ContinuousClock.now
      if lastStarted >= 0 { noteDuration(pair: lastStarted, now - lastProgress) }
      lastStarted = number
      lastProgress = now
    }
  }

  private func noteDuration(pair: Int, _ duration: Duration) {
    slowest.append((pair, duration))
    if slowest.count > 40 {
      slowest.sort { $0.duration > $1.duration }
      slowest.removeLast(slowest.count - 10)
    }
  }

  /// The lines of a Swift crash report that say what failed and where in newsdesk's code.
  static func crashLines(_ data: Data) -> [String] {
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    let failure = lines.filter { $0.contains("Fatal error") || $0.contains("runtime failure") }
    let frames = lines.filter { $0.contains("Sources/NewsdeskCore") }.prefix(4).map {
      $0.split(separator: " ").suffix(4).joined(separator: " ")
    }
    return Array(failure.prefix(1)) + frames
  }
}
