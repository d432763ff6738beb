import Foundation

/// Long output through a pager: `NEWSDESK_PAGER`, else `PAGER`, else `less -FRX` (quit at
/// once when it fits, keep colours, leave the screen as it was).
struct Pager {
  let command: String

  static func fromEnvironment() -> Pager {
    let environment = ProcessInfo.processInfo.environment
    for name in ["NEWSDESK_PAGER", "PAGER"] {
      if let command = environment[name], !command.trimmingCharacters(in: .whitespaces).isEmpty {
        return Pager(command: command)
      }
    }
    return Pager(command: "less -FRX")
  }

  /// Shows `text`; returns nil when the pager showed it, else what went wrong (so the
  /// caller prints the text itself: output is never lost to a broken pager).
  ///
  /// The text goes through a file rather than a pipe: a pager that exits without reading
  /// (`PAGER=true`, a typo) then costs nothing, and the file's read position, shared with
  /// the pager, tells whether it read anything at all.
  func show(_ text: String) -> String? {
    let path = NSTemporaryDirectory() + "newsdesk-page-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)),
      let input = FileHandle(forReadingAtPath: path)
    else { return "could not be given the text" }
    // Unlinked at once: the open handle keeps the text for the pager.
    try? FileManager.default.removeItem(atPath: path)
    defer { try? input.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.standardInput = input
    do { try process.run() } catch { return "could not start" }
    process.waitUntilExit()
    let status = process.terminationStatus
    if status == 127 { return "is not installed" }
    if status != 0 { return "failed (exit status \(status))" }
    if (try? input.offset()) == 0, !text.isEmpty { return "exited without showing anything" }
    return nil
  }
}
