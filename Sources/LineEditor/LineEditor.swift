import CLineEditShim

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Interactive line input for the shell: prompt, emacs keys, history that survives
/// restarts (see `HistoryFile` for how it is saved), Ctrl-R search, Ctrl-C to abandon a
/// line and Tab completion.
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
  /// Where entries are saved; nil when history is off or the file is left alone.
  private let historyFile: HistoryFile?
  /// The path as given, for warnings.
  private let historyPath: String
  private let historyLimit: Int
  /// Entries of this session not yet on disk: saves append them to what the file holds.
  private var unsaved: [String] = []

  /// Why history will not be saved this session, found when the editor started; nil when
  /// all is well or history is off on purpose (`/dev/null`).
  public private(set) var historyWarning: HistoryWarning?

  /// May contain ANSI colour escapes; they are marked so libedit does not count them as columns.
  public var prompt: String = "" {
    didSet {
      guard let editor else { return }
      nd_editor_set_prompt(editor, PromptMarkup.mark(prompt))
    }
  }

  /// Called on Tab with the line's text before the cursor.
  public var completer: ((String) -> CompletionResult)?

  /// Starts libedit and loads `historyFile` if it exists and is a history file. Also makes
  /// SIGINT harmless for the whole process, so Ctrl-C outside `readLine()` cannot end the
  /// session. `historyLimit` entries are kept, in memory and on disk.
  public init(programName: String, historyFile path: String?, historyLimit: Int = 1000) {
    historyPath = path ?? ""
    self.historyLimit = historyLimit
    guard isatty(STDIN_FILENO) == 1,
      let editor = nd_editor_create(programName, Int32(clamping: historyLimit))
    else {
      self.editor = nil
      historyFile = nil
      return
    }
    self.editor = editor
    nd_guard_sigint()
    historyFile = Self.openHistory(path, editor: editor, warning: &historyWarning)
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

  /// The history entries, oldest first (from the file and this session), for `:history`.
  public var entries: [String] {
    guard let editor else { return [] }
    var newestFirst: [String] = []
    while newestFirst.count < historyLimit,
      let entry = nd_history_older(editor, Int32(newestFirst.count))
    {
      newestFirst.append(String(cString: entry))
    }
    return newestFirst.reversed()
  }

  /// Adds to in-memory history and appends it to the history file. Returns nil on
  /// success, or why the file could not be written (the entry is tried again with the
  /// next one). Empty/whitespace-only lines and consecutive duplicates are not added.
  @discardableResult public func addToHistory(_ line: String) -> HistoryWarning? {
    guard let editor, !line.allSatisfy(\.isWhitespace) else { return nil }
    if let newest = nd_history_newest(editor), String(cString: newest) == line {
      return nil
    }
    nd_history_add(editor, line)
    // Saving after every entry means a crash or a closed terminal loses nothing.
    guard let historyFile else { return nil }
    unsaved.append(line)
    if unsaved.count > historyLimit { unsaved.removeFirst(unsaved.count - historyLimit) }
    guard let problem = historyFile.save(unsaved, limit: historyLimit) else {
      unsaved.removeAll()
      return nil
    }
    return HistoryWarning(path: historyPath, message: "not saved: \(problem)")
  }

  /// Decides where history goes and loads what is there. Returns the file to save to, or
  /// nil (with a warning unless history is off on purpose).
  private static func openHistory(
    _ path: String?, editor: OpaquePointer, warning: inout HistoryWarning?
  ) -> HistoryFile? {
    guard let path else { return nil }
    switch HistoryFile.destination(for: path) {
    case .off:
      return nil
    case .refused(let reason):
      warning = HistoryWarning(path: path, message: "\(reason); history is off this session")
      return nil
    case .file(let target):
      let file = HistoryFile(path: target)
      switch file.state() {
      case .missing:
        return file
      case .usable:
        _ = nd_history_load(editor, target)
        return file
      case .leftAlone(let reason, let loadable):
        if loadable { _ = nd_history_load(editor, target) }
        warning = HistoryWarning(
          path: path, message: "\(reason); it is left alone and this session's lines are not saved")
        return nil
      }
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
