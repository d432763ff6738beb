import Foundation
import NewsdeskCore

/// A progress line on stderr while a large corpus loads: files read, rate and time left.
///
/// Shown only when stderr is a terminal and the load has already taken half a second, so
/// small corpora, pipes and log files never see it; erased when the load is done. Loading
/// threads report to it, so it draws under a lock and at most ten times a second.
final class ProgressBar: @unchecked Sendable {
  // Unchecked: the mutable state is only touched while holding `lock`.
  private let lock = NSLock()
  private var visible = false
  /// While the bar is on screen: erases it if newsdesk is interrupted (Ctrl-C), so the
  /// shell's prompt does not land after a half-drawn bar.
  private var eraseOnInterrupt: InterruptCleanup.Registration?
  private var lastDrawn = -1.0
  private let width: Int

  /// Back to the start of the line, and clear it.
  static let erase = "\r\u{1B}[K"

  /// Loads shorter than this show nothing.
  static let delay = 0.5

  /// A bar for stderr, or nil when stderr is not a terminal.
  static func forStandardError() -> ProgressBar? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    var size = winsize()
    let columns = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : 80
    return ProgressBar(width: max(40, min(columns, 120)))
  }

  init(width: Int) {
    self.width = width
  }

  func update(_ progress: LoadProgress) {
    lock.lock()
    defer { lock.unlock() }
    if progress.phase == .finished {
      if visible { write(Self.erase) }
      eraseOnInterrupt.map(InterruptCleanup.cancel)
      eraseOnInterrupt = nil
      visible = false
      lastDrawn = -1
      return
    }
    guard progress.elapsed >= Self.delay, progress.elapsed - lastDrawn >= 0.1 else { return }
    lastDrawn = progress.elapsed
    if !visible { eraseOnInterrupt = InterruptCleanup.writeOnInterrupt(Self.erase) }
    visible = true
    write(Self.erase + Self.line(progress, width: width))
  }

  /// The text of the bar, at most `width` columns.
  static func line(_ progress: LoadProgress, width: Int) -> String {
    switch progress.phase {
    case .finding: return "Finding articles…"
    case .indexing: return "Building the index…"
    case .saving: return "Saving the index…"
    case .finished: return ""
    case .reading:
      let total = max(progress.total, 1)
      let done = min(progress.done, total)
      let rate = progress.elapsed > 0 ? Double(done) / progress.elapsed : 0
      let left = rate > 0 ? Double(total - done) / rate : 0
      let counts =
        "\(done.grouped)/\(total.grouped) articles  \(Int(rate).grouped)/s  \(format(seconds: left)) left"
      let barWidth = max(10, width - counts.count - 12)
      let filled = barWidth * done / total
      let bar =
        String(repeating: "█", count: filled) + String(repeating: "·", count: barWidth - filled)
      return "Reading \(bar) \(counts)"
    }
  }

  static func format(seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

extension Int {
  /// 100000 as "100,000".
  var grouped: String {
    let digits = String(self)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }
}
