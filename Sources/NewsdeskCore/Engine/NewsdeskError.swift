/// Errors the user can fix, worded for them: one line, what was wrong and what to do.
public enum NewsdeskError: Error, Equatable, CustomStringConvertible {
  case noSuchPath(String)
  case unreadableInput(String, reason: String)
  case invalidArgument(String)

  public var description: String {
    switch self {
    case .noSuchPath(let path): return "no such file or folder: \(path)"
    case .unreadableInput(let path, let reason): return "cannot read \(path): \(reason)"
    case .invalidArgument(let message): return message
    }
  }
}
