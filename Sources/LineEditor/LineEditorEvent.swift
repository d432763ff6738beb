/// The outcome of one `LineEditor.readLine()`.
public enum LineEditorEvent: Sendable, Equatable {
  /// A line was entered; the trailing newline is removed.
  case line(String)
  /// Ctrl-C abandoned the line being typed; the shell should prompt again.
  case cancelled
  /// Ctrl-D on an empty line, or the terminal went away.
  case endOfInput
}
