import Foundation
import Testing

/// Drives a tmux server of its own (a private socket), so tests never touch the user's tmux.
final class Tmux: @unchecked Sendable {
  static var executable: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/tmux"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static var isAvailable: Bool { executable != nil }

  let socket = "newsdesk-test-\(UUID().uuidString.prefix(8))"
  let environment: [String: String]

  init(home: String) {
    var environment = CLI.environment(home: home)
    environment["TERM"] = "xterm-256color"
    environment.removeValue(forKey: "TMUX")
    self.environment = environment
  }

  deinit {
    _ = try? run(["kill-server"])
    // tmux leaves its socket file behind when its server is killed; a test run would
    // otherwise leave hundreds in /tmp/tmux-UID.
    let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
    try? FileManager.default.removeItem(atPath: "\(folder)/tmux-\(getuid())/\(socket)")
  }

  /// Processes that started a tmux server: see `start`.
  private var launchers: [Process] = []

  /// Runs one tmux command that talks to a running server; returns its status and stdout.
  @discardableResult
  func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = makeProcess(arguments)
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  private func makeProcess(_ arguments: [String]) -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.executable ?? "/usr/bin/tmux")
    process.arguments = ["-L", socket, "-f", "/dev/null"] + arguments
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    return process
  }

  /// Starts a session, and with it the server if none runs. Not waited for with
  /// `waitUntilExit`: Foundation notices a child's exit when a socket the child inherited
  /// closes, and the tmux server forked from this client inherits that socket too, so the
  /// wait would last as long as the server. Polls for the session instead.
  func start(session: String, command: String) throws {
    let process = makeProcess([
      "new-session", "-d", "-s", session, "-x", "150", "-y", "40", command,
    ])
    try process.run()
    launchers.append(process)
    #expect(wait { isRunning(session) }, "tmux new-session did not start \(session)")
  }

  func screen(_ session: String, escapes: Bool = false) -> String {
    (try? run(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", session]).output) ?? ""
  }

  func type(_ session: String, _ text: String) throws {
    try run(["send-keys", "-t", session, "-l", text])
  }

  func press(_ session: String, _ keys: String...) throws {
    try run(["send-keys", "-t", session] + keys)
  }

  func isRunning(_ session: String) -> Bool {
    (try? run(["has-session", "-t", session]).status) == 0
  }

  /// Polls until `condition` holds or `seconds` pass; returns whether it held.
  func wait(seconds: Double = 10, until condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      usleep(50_000)
    }
    return condition()
  }

  /// Waits until the screen satisfies `condition`; records the screen when it never does.
  @discardableResult
  func waitForScreen(
    _ session: String, _ what: String, seconds: Double = 10,
    sourceLocation: SourceLocation = #_sourceLocation,
    until condition: (String) -> Bool
  ) -> Bool {
    var last = ""
    let held = wait(seconds: seconds) {
      last = screen(session)
      return condition(last)
    }
    if !held {
      Issue.record(
        "timed out waiting for \(what); the screen shows:\n\(last)", sourceLocation: sourceLocation)
    }
    return held
  }
}

/// The last line of a screen that shows the prompt, without trailing blanks.
func promptLine(_ screen: String) -> String? {
  screen.split(separator: "\n", omittingEmptySubsequences: false).last { $0.contains("newsdesk>") }
    .map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
}

func promptCount(_ screen: String) -> Int {
  screen.split(separator: "\n").filter { $0.contains("newsdesk>") }.count
}

/// libedit writes history lines strvis-encoded ("who\040did"); decode octal escapes and "\\".
func decodeHistoryLine(_ line: Substring) -> String {
  var bytes: [UInt8] = []
  let utf8 = Array(line.utf8)
  var index = 0
  while index < utf8.count {
    if utf8[index] == UInt8(ascii: "\\"), index + 4 <= utf8.count,
      let value = UInt8(String(decoding: utf8[(index + 1)..<(index + 4)], as: UTF8.self), radix: 8)
    {
      bytes.append(value)
      index += 4
    } else if utf8[index] == UInt8(ascii: "\\"), index + 1 < utf8.count,
      utf8[index + 1] == UInt8(ascii: "\\")
    {
      bytes.append(UInt8(ascii: "\\"))
      index += 2
    } else {
      bytes.append(utf8[index])
      index += 1
    }
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// The shell in a real pseudo-terminal: prompt, history, Tab, Ctrl-C, Ctrl-D, and history
/// that survives a restart.
@Suite(.serialized) struct InteractiveShellTests {
  @Test(
    .enabled(
      if: Tmux.isAvailable,
      "tmux is not on PATH; install it (make test does) to run the terminal test"))
  func shellInATerminal() throws {
    let scratch = try Scratch("newsdesk-pty")
    let history = scratch.path + "/history"
    let tmux = Tmux(home: scratch.path)
    let binary = try CLI.binary()
    let command = "env NEWSDESK_HISTORY='\(history)' '\(binary)' --corpus '\(CLI.corpusPath)'"
    let first = "nd-\(UUID().uuidString.prefix(6))"
    try tmux.start(session: first, command: command)
    defer { _ = try? tmux.run(["kill-session", "-t", first]) }

    // The prompt appears.
    try #require(tmux.waitForScreen(first, "the prompt") { promptLine($0) == "newsdesk>" })

    // A question is answered with its citation.
    try tmux.type(first, "who did Rubio meet?")
    try tmux.press(first, "Enter")
    try #require(
      tmux.waitForScreen(first, "the answer and a new prompt") {
        $0.contains("[1:") && $0.contains("· 2025-09-04") && promptCount($0) >= 2
          && promptLine($0) == "newsdesk>"
      })
    let answered = tmux.screen(first)
    #expect(answered.contains("Noboa"))
    #expect(answered.contains("US Secretary of State Marco Rubio"))

    // Colour on a terminal: the screen carries SGR escapes.
    #expect(tmux.screen(first, escapes: true).contains("\u{1B}["))

    // Up recalls the question onto the prompt line.
    try tmux.press(first, "Up")
    tmux.waitForScreen(first, "the question recalled by Up") {
      promptLine($0) == "newsdesk> who did Rubio meet?"
    }

    // Ctrl-U clears it.
    try tmux.press(first, "C-u")
    tmux.waitForScreen(first, "an empty prompt after Ctrl-U") { promptLine($0) == "newsdesk>" }

    // Tab completes a name from the article.
    try tmux.type(first, "who is Nob")
    tmux.waitForScreen(first, "the half-typed name") { promptLine($0) == "newsdesk> who is Nob" }
    try tmux.press(first, "Tab")
    // The whole name, not a fragment: a surname completes to the name the article gives.
    tmux.waitForScreen(first, "Noboa completed by Tab") {
      promptLine($0)?.hasPrefix("newsdesk> who is Daniel Noboa") == true
    }

    // Non-ASCII input reaches the line intact.
    try tmux.press(first, "C-u")
    try tmux.type(first, "¿quién es Bogotá 中文?")
    tmux.waitForScreen(first, "non-ASCII text on the prompt line") {
      promptLine($0) == "newsdesk> ¿quién es Bogotá 中文?"
    }

    // Ctrl-C drops a half-typed line, keeps the shell alive and gives a fresh prompt.
    try tmux.press(first, "C-u")
    try tmux.type(first, "half typed line")
    tmux.waitForScreen(first, "the half-typed line") {
      promptLine($0) == "newsdesk> half typed line"
    }
    let promptsBefore = promptCount(tmux.screen(first))
    try tmux.press(first, "C-c")
    tmux.waitForScreen(first, "a fresh prompt after Ctrl-C") {
      promptLine($0) == "newsdesk>" && promptCount($0) > promptsBefore
    }
    #expect(tmux.isRunning(first), "Ctrl-C ended the shell")
    #expect(
      (try? tmux.run(["display-message", "-p", "-t", first, "#{pane_dead}"]).output
        .trimmingCharacters(in: .whitespacesAndNewlines)) == "0")

    // The shell still answers after Ctrl-C.
    try tmux.type(first, "when was the base closed?")
    try tmux.press(first, "Enter")
    tmux.waitForScreen(first, "the second answer") {
      $0.contains("2009") && promptLine($0) == "newsdesk>"
    }

    // Ctrl-D on an empty line ends the session.
    try tmux.press(first, "C-d")
    #expect(tmux.wait { !tmux.isRunning(first) }, "Ctrl-D did not end the shell")

    // History was saved, and survives a restart.
    let saved = (try? String(contentsOfFile: history, encoding: .utf8)) ?? ""
    let entries = saved.split(separator: "\n").map(decodeHistoryLine)
    #expect(entries.contains("who did Rubio meet?"), "history file: \(saved)")
    #expect(entries.contains("when was the base closed?"), "history file: \(saved)")
    #expect(!entries.contains("half typed line"))

    let second = "nd-\(UUID().uuidString.prefix(6))"
    try tmux.start(session: second, command: command)
    defer { _ = try? tmux.run(["kill-session", "-t", second]) }
    try #require(
      tmux.waitForScreen(second, "the prompt after a restart") { promptLine($0) == "newsdesk>" })
    try tmux.press(second, "Up")
    tmux.waitForScreen(second, "the last question recalled after a restart") {
      promptLine($0) == "newsdesk> when was the base closed?"
    }
    try tmux.press(second, "Up")
    tmux.waitForScreen(second, "the first question recalled after a restart") {
      promptLine($0) == "newsdesk> who did Rubio meet?"
    }
    try tmux.press(second, "C-u")
    try tmux.type(second, ":quit")
    try tmux.press(second, "Enter")
    #expect(tmux.wait { !tmux.isRunning(second) }, ":quit did not end the shell")
  }

  @Test(
    .enabled(
      if: Tmux.isAvailable,
      "tmux is not on PATH; install it (make test does) to run the terminal test"))
  func unwritableHistoryWarnsOnceAndGoesOn() throws {
    let scratch = try Scratch("newsdesk-pty")
    let tmux = Tmux(home: scratch.path)
    let history = scratch.path + "/no/such/folder/history"
    let command =
      "env NEWSDESK_HISTORY='\(history)' '\(try CLI.binary())' --corpus '\(CLI.corpusPath)'"
    let session = "nd-\(UUID().uuidString.prefix(6))"
    try tmux.start(session: session, command: command)
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }
    try #require(tmux.waitForScreen(session, "the prompt") { promptLine($0) == "newsdesk>" })
    for question in ["who did Rubio meet?", "when was the base closed?"] {
      try tmux.type(session, question)
      try tmux.press(session, "Enter")
    }
    tmux.waitForScreen(session, "both answers") {
      $0.contains("Noboa") && $0.contains("2009") && promptLine($0) == "newsdesk>"
    }
    let screen = tmux.screen(session)
    let warnings = screen.split(separator: "\n").filter {
      $0.contains("history") && $0.contains("warning")
    }
    #expect(warnings.count == 1, "screen:\n\(screen)")
    #expect(tmux.isRunning(session))
    #expect(!FileManager.default.fileExists(atPath: history))
  }

  /// A conversation in a terminal: a first follow-up asks what is meant, a follow-up after a
  /// question is read against it (":why" shows how), and ":focus" shows in the prompt.
  @Test(
    .needsWordNet,
    .enabled(
      if: Tmux.isAvailable,
      "tmux is not on PATH; install it (make test does) to run the terminal test"))
  func conversationInATerminal() throws {
    let scratch = try Scratch("newsdesk-pty")
    let tmux = Tmux(home: scratch.path)
    let command =
      "env NEWSDESK_HISTORY='\(scratch.path)/history' '\(try CLI.binary())' --corpus '\(CLI.corpusPath)'"
    let session = "nd-\(UUID().uuidString.prefix(6))"
    try tmux.start(session: session, command: command)
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }
    try #require(tmux.waitForScreen(session, "the prompt") { promptLine($0) == "newsdesk>" })
    for line in ["When?", "who did Rubio meet?", "when?", ":why"] {
      try tmux.type(session, line)
      try tmux.press(session, "Enter")
    }
    try #require(
      tmux.waitForScreen(session, "the follow-up read against the question") {
        $0.contains("Follow-up: when? → When did Rubio meet Daniel Noboa?")
          && promptLine($0) == "newsdesk>"
      })
    let screen = tmux.screen(session)
    #expect(screen.contains("What are you asking about?"))
    #expect(screen.contains("Thursday (2025-09-04)"))
    try tmux.type(session, ":focus 1")
    try tmux.press(session, "Enter")
    #expect(
      tmux.waitForScreen(session, "the focus in the prompt") { screen in
        screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
          .map { $0.trimmingCharacters(in: .whitespaces) } == "newsdesk[1]>"
      })
  }
}
