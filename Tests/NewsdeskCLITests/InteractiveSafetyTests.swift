import Foundation
import Testing

/// The shell in a real terminal (tmux): history shared by two shells, history files that must
/// not be touched, and articles whose escape sequences must not reach the terminal.
@Suite(.serialized) struct InteractiveSafetyTests {
  static let needsTmux = Testing.ConditionTrait.enabled(
    if: Tmux.isAvailable, "tmux is not on PATH; install it (make test does) to run this test")

  /// Starts the shell on `corpus` with NEWSDESK_HISTORY set and waits for its prompt.
  func startShell(
    _ tmux: Tmux, history: String, corpus: String = CLI.corpusPath
  ) throws -> String {
    let command =
      "env NEWSDESK_HISTORY='\(history)' '\(try CLI.binary())' --corpus '\(corpus)'"
    let session = "nd-\(UUID().uuidString.prefix(6))"
    try tmux.start(session: session, command: command)
    try #require(tmux.waitForScreen(session, "the prompt") { promptLine($0) == "newsdesk>" })
    return session
  }

  /// Types a line and waits until the shell is back at an empty prompt.
  func enter(_ tmux: Tmux, _ session: String, _ line: String) throws {
    let before = promptCount(tmux.screen(session))
    try tmux.type(session, line)
    try tmux.press(session, "Enter")
    tmux.waitForScreen(session, "the prompt after \(line)") {
      promptCount($0) > before && promptLine($0) == "newsdesk>"
    }
  }

  func quit(_ tmux: Tmux, _ session: String) throws {
    try tmux.type(session, ":quit")
    try tmux.press(session, "Enter")
    #expect(tmux.wait { !tmux.isRunning(session) }, ":quit did not end the shell")
  }

  func historyEntries(_ path: String) -> [String] {
    let saved = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return saved.split(separator: "\n").dropFirst().map(decodeHistoryLine)
  }

  /// Two shells at once, quitting in either order: every line of both is kept, and a third
  /// shell recalls the last one.
  @Test(needsTmux, arguments: [true, false])
  func twoShellsKeepBothSessionsLines(firstQuitsFirst: Bool) throws {
    let scratch = try Scratch("newsdesk-pty")
    let history = try scratch.write("history", "_HiStOrY_V2_\nfrom\\040yesterday\n")
    let tmux = Tmux(home: scratch.path)
    let first = try startShell(tmux, history: history)
    let second = try startShell(tmux, history: history)
    defer {
      for session in [first, second] { _ = try? tmux.run(["kill-session", "-t", session]) }
    }
    for round in 1...3 {
      try enter(tmux, first, "# first shell, line \(round)")
      try enter(tmux, second, "# second shell, line \(round)")
    }
    for session in firstQuitsFirst ? [first, second] : [second, first] {
      try quit(tmux, session)
    }
    let entries = historyEntries(history)
    #expect(entries.first == "from yesterday")
    for round in 1...3 {
      #expect(entries.contains("# first shell, line \(round)"), "history: \(entries)")
      #expect(entries.contains("# second shell, line \(round)"), "history: \(entries)")
    }
    #expect(entries.filter { $0 != ":quit" }.count == 7, "history: \(entries)")

    let third = try startShell(tmux, history: history)
    defer { _ = try? tmux.run(["kill-session", "-t", third]) }
    try tmux.press(third, "Up")
    tmux.waitForScreen(third, "the newest line recalled") {
      promptLine($0) == "newsdesk> :quit"
    }
  }

  /// `/dev/null` turns history off without a word; a FIFO, a folder or a file in another
  /// format gets one warning and is left as it was, and the shell goes on.
  @Test(needsTmux, arguments: ["/dev/null", "fifo", "folder", "foreign", "link"])
  func historyPathsThatMustNotBeReplaced(kind: String) throws {
    let scratch = try Scratch("newsdesk-pty")
    var path = kind
    switch kind {
    case "fifo":
      path = scratch.path + "/fifo"
      try #require(mkfifo(path, 0o600) == 0)
    case "folder": path = try scratch.makeFolder("folder")
    case "foreign": path = try scratch.write("foreign", "ls -l\nmy notes\n")
    case "link":
      let target = try scratch.write("dotfiles/history", "_HiStOrY_V2_\n")
      chmod(target, 0o640)
      path = scratch.path + "/history"
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    default: break
    }
    let before = FileManager.default.contents(atPath: path)
    let tmux = Tmux(home: scratch.path)
    let session = try startShell(tmux, history: path)
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }
    try enter(tmux, session, "who did Rubio meet?")
    try enter(tmux, session, "# a second line")
    // History still works within the session.
    try tmux.press(session, "Up")
    tmux.waitForScreen(session, "the line recalled") {
      promptLine($0) == "newsdesk> # a second line"
    }
    let warnings = tmux.screen(session).split(separator: "\n").filter {
      $0.hasPrefix("newsdesk: warning: history")
    }
    let expected = ["fifo": 1, "folder": 1, "foreign": 1]
    #expect(warnings.count == expected[kind, default: 0], "warnings: \(warnings)")

    var info = stat()
    #expect(lstat(path, &info) == 0)
    switch kind {
    case "/dev/null":
      #expect(info.st_mode & S_IFMT == S_IFCHR)
      #expect(!FileManager.default.fileExists(atPath: "/dev/null.lock"))
    case "fifo": #expect(info.st_mode & S_IFMT == S_IFIFO)
    case "folder": #expect(info.st_mode & S_IFMT == S_IFDIR)
    case "foreign": #expect(FileManager.default.contents(atPath: path) == before)
    default:
      #expect(info.st_mode & S_IFMT == S_IFLNK, "the link was replaced")
      let target = scratch.path + "/dotfiles/history"
      #expect(historyEntries(target) == ["who did Rubio meet?", "# a second line"])
      var targetInfo = stat()
      #expect(stat(target, &targetInfo) == 0 && targetInfo.st_mode & 0o777 == 0o640)
    }
  }

  /// Escape sequences in an article are shown as text: the window title stays, the screen is
  /// not cleared, the answer, :show and :sources show `^[`, and a file name with a newline
  /// gets one quoted warning line.
  @Test(needsTmux) func articleEscapeSequencesAreShownNotSent() throws {
    let scratch = try Scratch("newsdesk-pty")
    let corpus = try scratch.makeFolder("corpus")
    try scratch.write(
      "corpus/evil.txt",
      """
      ---
      title: Harbour \(TerminalSafetyTests.windowTitle)news
      date: 2025-01-02
      ---
      The mayor \(TerminalSafetyTests.clearScreen)met Alice \(TerminalSafetyTests.clipboard)in Paris.

      """)
    try scratch.write("corpus/" + TerminalSafetyTests.forgedName, data: Data([0x00, 0xFF]))
    let tmux = Tmux(home: scratch.path)
    let session = try startShell(tmux, history: scratch.path + "/history", corpus: corpus)
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }
    let title = {
      (try? tmux.run(["display-message", "-p", "-t", session, "#{pane_title}"]))?.output
    }
    let titleBefore = title()
    for line in ["who did the mayor meet?", ":show 1", ":sources"] {
      try enter(tmux, session, line)
    }
    let screen = tmux.screen(session)
    #expect(screen.contains("Ask a question, or :help."), "the banner was cleared away")
    #expect(screen.contains("^[[2Jmet"), "screen:\n\(screen)")
    #expect(screen.contains("Harbour ^[]0;pwned^Gnews"), "screen:\n\(screen)")
    let lines = screen.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("newsdesk: warning: skipped") }.count == 1)
    #expect(!lines.contains { $0.hasPrefix("newsdesk: warning: forged") }, "screen:\n\(screen)")
    #expect(title() == titleBefore)
    #expect(title()?.contains("pwned") == false)
  }
}
