/// Errors the user can fix, worded for them: one line, what was wrong and what to do.
public enum NewsdeskError: Error, Equatable, CustomStringConvertible {
  case noSuchPath(String)
  case unreadableInput(String, reason: String)
  case invalidArgument(String)

  /// Paths are shown on one line (`TerminalSafe.line`): a newline in a name cannot start a
  /// line of its own.
  public var description: String {
    switch self {
    case .noSuchPath(let path): return "no such file or folder: \(TerminalSafe(path).line)"
    case .unreadableInput(let path, let reason):
      return "cannot read \(TerminalSafe(path).line): \(reason)"
    case .invalidArgument(let message): return message
    }
  }
}
