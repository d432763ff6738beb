import Foundation
import NewsdeskCore

/// Writing to stdout and stderr, unbuffered per call so a pipe sees each answer as soon as
/// it is written.
///
/// Everything printed passes `TerminalSafe.keepingStyles`: a control character that reached
/// here unescaped (from an article, a file name, the history) is shown, not sent; only the
/// colour sequences newsdesk itself adds pass. Callers escape what comes from articles
/// before styling it (`TerminalSafe.line`), so an article's own colour sequence is shown too.
enum Output {
  static func line(_ text: String) {
    FileHandle.standardOutput.write(Data((TerminalSafe.keepingStyles(text) + "\n").utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((TerminalSafe.keepingStyles(text) + "\n").utf8))
  }

  static func warn(_ warnings: [LoadWarning]) {
    for warning in warnings { error("newsdesk: warning: \(warning.description)") }
  }

  static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
  static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Colour only on a terminal, and never when NO_COLOR is set or --no-color is given.
  static func useColor(disabled: Bool) -> Bool {
    if disabled { return false }
    if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty {
      return false
    }
    return standardOutputIsTerminal
  }

  /// The terminal's height in rows, when stdout is one.
  static var terminalHeight: Int? {
    guard standardOutputIsTerminal else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
    return Int(size.ws_row)
  }

  /// The terminal's width in columns, when stdout is one (read again on every call, so
  /// a resized window is followed).
  static var terminalWidth: Int? {
    guard standardOutputIsTerminal else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return nil }
    return Int(size.ws_col)
  }
}
