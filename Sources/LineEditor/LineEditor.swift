import CLineEditShim

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Interactive line input for the shell: prompt, emacs keys, history that survives
/// restarts, Ctrl-R search, Ctrl-C to abandon a line and Tab completion.
///
/// This is the only Swift file that drives libedit (through CLineEditShim); the
/// other files are pure logic it uses.
///
/// A class because it owns a C resource that must be freed exactly once. It is not
/// `Sendable`: libedit keeps per-terminal state and is not thread-safe, so one thread
/// (the REPL's) creates and uses it.
///
/// When stdin is not a terminal libedit is not started: lines are read plainly, with
/// no prompt and no history, so piped input behaves like a script.
public final class LineEditor {
  /// nil when reading plainly (stdin is not a terminal, or libedit failed to start).
  private let editor: OpaquePointer?
  private let historyFile: String?

  /// May contain ANSI colour escapes; they are marked so libedit does not count them as columns.
  public var prompt: String = "" {
    didSet {
      guard let editor else { return }
      nd_editor_set_prompt(editor, PromptMarkup.mark(prompt))
    }
  }

  /// Called on Tab with the line's text before the cursor.
  public var completer: ((String) -> CompletionResult)?

  /// Starts libedit and loads `historyFile` if it exists. Also makes SIGINT harmless
  /// for the whole process, so Ctrl-C outside `readLine()` cannot end the session.
  public init(programName: String, historyFile: String?, historyLimit: Int = 1000) {
    self.historyFile = historyFile
    guard isatty(STDIN_FILENO) == 1,
      let editor = nd_editor_create(programName, Int32(clamping: historyLimit))
    else {
      self.editor = nil
      return
    }
    self.editor = editor
    nd_guard_sigint()
    if let historyFile, HistoryFile.exists(historyFile) {
      _ = nd_history_load(editor, historyFile)
    }
    // An unretained pointer to self is safe: deinit destroys the editor, and with it
    // every path back into this callback, before self goes away.
    nd_editor_set_completer(
      editor,
      { context, bytes, length in
        guard let context, length >= 0 else { return ND_COMPLETE_ERROR }
        let lineEditor = Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue()
        let text = String(
          decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
        return lineEditor.complete(beforeCursor: text)
      },
      Unmanaged.passUnretained(self).toOpaque())
  }

  deinit {
    if let editor { nd_editor_destroy(editor) }
  }

  /// Blocks until the user enters a line, presses Ctrl-C, or ends input with Ctrl-D.
  public func readLine() -> LineEditorEvent {
    guard let editor else { return readPlainLine() }
    var bytes: UnsafePointer<CChar>?
    var length: Int32 = 0
    let status = nd_editor_read(editor, &bytes, &length)
    switch status {
    case ND_READ_CANCELLED:
      return .cancelled
    case ND_READ_LINE:
      guard let bytes else { return .endOfInput }
      var text = String(
        decoding: UnsafeRawBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
      if text.hasSuffix("\n") { text.removeLast() }
      return .line(text)
    default:
      return .endOfInput
    }
  }

  /// Adds to in-memory history and saves the whole history file atomically. Returns
  /// nil on success, or a one-line description of why the file could not be written.
  /// Empty/whitespace-only lines and consecutive duplicates are not added.
  @discardableResult public func addToHistory(_ line: String) -> String? {
    guard let editor, !line.allSatisfy(\.isWhitespace) else { return nil }
    if let newest = nd_history_newest(editor), String(cString: newest) == line {
      return nil
    }
    nd_history_add(editor, line)
    // Saving after every entry means a crash or a closed terminal loses nothing.
    guard let historyFile else { return nil }
    return HistoryFile.replace(historyFile) { descriptor in
      nd_history_save_fd(editor, descriptor)
    }
  }

  /// Runs inside libedit's Tab handler; edits go straight into libedit's buffer.
  private func complete(beforeCursor text: String) -> nd_complete_outcome {
    guard let editor, let completer else { return ND_COMPLETE_ERROR }
    switch CompletionEdit(beforeCursor: text, result: completer(text)) {
    case .none:
      return ND_COMPLETE_ERROR
    case .replace(let deletedScalars, let insertion):
      nd_editor_delete_before_cursor(editor, Int32(clamping: deletedScalars))
      return nd_editor_insert(editor, insertion) == 0 ? ND_COMPLETE_REFRESH : ND_COMPLETE_ERROR
    case .list(let candidates):
      let columns = Int(nd_editor_columns(editor))
      nd_editor_print(editor, "\n" + CandidateListing.render(candidates, columns: columns))
      return ND_COMPLETE_REDISPLAY
    }
  }

  private func readPlainLine() -> LineEditorEvent {
    guard let text = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    return .line(text)
  }
}
