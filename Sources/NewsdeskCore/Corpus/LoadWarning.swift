/// Why a file was skipped while loading. The rest of the corpus still loads.
public struct LoadWarning: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// The path is quoted and escaped (`TerminalSafe.quoted`), so a file name holding a
  /// newline or an escape sequence cannot forge a line or drive the terminal.
  public var description: String {
    "skipped \(TerminalSafe(path).quoted): \(TerminalSafe(reason).line)"
  }
}
