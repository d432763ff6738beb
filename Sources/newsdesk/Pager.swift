import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    let path =
      NSTemporaryDirectory()
      + "newsdesk-page-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)),
      let input = FileHandle(forReadingAtPath: path)
    else { return "could not be given the text" }
    // Unlinked at once: the open handle keeps the text for the pager.
    try? FileManager.default.removeItem(atPath: path)
    defer { try? input.close() }
    guard let status = Self.run(command, input: input.fileDescriptor) else {
      return "could not start"
    }
    if status == 127 { return "is not installed" }
    if status != 0 { return "failed (exit status \(status))" }
    if (try? input.offset()) == 0, !text.isEmpty { return "exited without showing anything" }
    return nil
  }

  /// Runs `command` with `/bin/sh` in newsdesk's own process group and waits for it;
  /// returns its exit status (128 + the signal if one ended it), or nil if it did not start.
  ///
  /// Not Foundation's `Process`: that puts the child in a process group of its own, which
  /// is not the terminal's foreground group, so a pager reading keys from /dev/tty gets an
  /// I/O error and exits at once. Ctrl-C in the pager reaches newsdesk too, which ignores
  /// it while a line is not being read.
  static func run(_ command: String, input descriptor: Int32) -> Int32? {
    // As git does: less with no LESS settings gets F (quit when it fits), R (colours) and X
    // (leave the screen as it was), whatever PAGER names it.
    setenv("LESS", "FRX", 0)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, descriptor, STDIN_FILENO)
    let arguments: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map {
      $0.withCString { strdup($0) }
    }
    defer { arguments.forEach { free($0) } }
    var argv: [UnsafeMutablePointer<CChar>?] = arguments + [nil]
    var child = pid_t()
    guard posix_spawn(&child, "/bin/sh", &actions, nil, &argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(child, &status, 0) == -1 {
      if errno != EINTR { return nil }
    }
    // WIFEXITED / WEXITSTATUS, which Swift does not import (they are macros).
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }
}
