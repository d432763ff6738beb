import Foundation
import Testing

/// What the terminal shows of issue 17's shell: bare commands, `:show N:M`, Tab completing
/// a two-word name, answers reflowing after a resize, and the pager starting and quitting.
@Suite(.serialized) struct InteractiveDemoTests {
  static var lessIsAvailable: Bool {
    ["/usr/bin/less", "/bin/less", "/usr/local/bin/less"].contains {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  func start(_ tmux: Tmux, _ scratch: Scratch, pager: String) throws -> String {
    let binary = try CLI.binary()
    let session = "nd-\(UUID().uuidString.prefix(6))"
    let command =
      "env NEWSDESK_HISTORY='\(scratch.path)/history' NEWSDESK_PAGER='\(pager)' '\(binary)' --corpus '\(CLI.corpusPath)'"
    try tmux.start(session: session, command: command)
    try #require(tmux.waitForScreen(session, "the prompt") { promptLine($0) == "newsdesk>" })
    return session
  }

  @Test(.enabled(if: Tmux.isAvailable, "tmux is not on PATH"))
  func bareCommandsShowAndTab() throws {
    let scratch = try Scratch("newsdesk-demo")
    let tmux = Tmux(home: scratch.path)
    let session = try start(tmux, scratch, pager: "cat")
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }

    try tmux.type(session, "help")
    try tmux.press(session, "Enter")
    tmux.waitForScreen(session, "the help") { $0.contains(":examples") && promptCount($0) >= 2 }

    try tmux.press(session, "C-l")
    try tmux.type(session, ":show 1:5")
    try tmux.press(session, "Enter")
    tmux.waitForScreen(session, "sentence 5 with its context") {
      $0.contains("›  5.") && $0.contains("  3.") && $0.contains("  7.") && !$0.contains("  8. ")
    }

    // Tab completes "Daniel No" to the whole two-word name at once.
    try tmux.type(session, "who is Daniel No")
    try tmux.press(session, "Tab")
    tmux.waitForScreen(session, "the completed name") {
      promptLine($0) == "newsdesk> who is Daniel Noboa"
    }
    try tmux.press(session, "C-u")

    try tmux.type(session, "quit")
    try tmux.press(session, "Enter")
    #expect(tmux.wait { !tmux.isRunning(session) }, "quit without a colon ends the shell")
  }

  @Test(.enabled(if: Tmux.isAvailable, "tmux is not on PATH"))
  func answersReflowAfterAResize() throws {
    let scratch = try Scratch("newsdesk-resize")
    let tmux = Tmux(home: scratch.path)
    let session = try start(tmux, scratch, pager: "cat")
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }
    // At 150 columns the sentence takes two lines; after the resize, the same answer is
    // wrapped to 50 (the width is read again for each answer).
    try tmux.type(session, "who did Rubio meet?")
    try tmux.press(session, "Enter")
    try #require(
      tmux.waitForScreen(session, "the answer at 150 columns") {
        $0.contains("[1:") && promptCount($0) >= 2
      })
    #expect(
      tmux.screen(session).contains(
        "“Rubio will meet Ecuador's President Daniel Noboa, who has deployed troops"))
    try tmux.run(["resize-window", "-t", session, "-x", "50", "-y", "40"])
    try tmux.press(session, "C-l")
    try tmux.type(session, "who did Rubio meet?")
    try tmux.press(session, "Enter")
    try #require(
      tmux.waitForScreen(session, "the answer at 50 columns") {
        $0.contains("[1:") && promptCount($0) >= 2
      })
    let lines = tmux.screen(session).split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.count <= 50 })
    // The quoted sentence, wrapped: every break falls between two words of the sentence.
    let sentence =
      "Rubio will meet Ecuador's President Daniel Noboa, who has deployed troops to combat violence that has transformed the country from one of Latin America's safest to one of its most dangerous."
    guard let open = lines.firstIndex(where: { $0.hasPrefix("  “Rubio will meet") }),
      let close = lines[open...].firstIndex(where: { $0.hasSuffix("”") })
    else {
      Issue.record("the quoted sentence is not on the screen")
      return
    }
    #expect(close - open >= 3, "the sentence wraps over several lines at 50 columns")
    for index in open..<close {
      let before = lines[index].split(separator: " ").last.map(String.init) ?? ""
      let after = lines[index + 1].split(separator: " ").first.map(String.init) ?? ""
      let joint = (before + " " + after).replacingOccurrences(of: "“", with: "")
        .replacingOccurrences(of: "”", with: "")
      #expect(sentence.contains(joint), "a break inside a word: \(before) | \(after)")
    }
  }

  @Test(
    .enabled(if: Tmux.isAvailable && InteractiveDemoTests.lessIsAvailable, "tmux or less missing"))
  func pagerStartsAndQuits() throws {
    let scratch = try Scratch("newsdesk-pager")
    let tmux = Tmux(home: scratch.path)
    let session = try start(tmux, scratch, pager: "less")
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }
    try tmux.run(["resize-window", "-t", session, "-x", "80", "-y", "12"])
    try tmux.type(session, ":show 1")
    try tmux.press(session, "Enter")
    try #require(
      tmux.waitForScreen(session, "less showing the article") {
        $0.contains("[1] ") && promptLine($0) == nil
      })
    try tmux.press(session, "q")
    tmux.waitForScreen(session, "the prompt after quitting the pager") {
      promptLine($0) == "newsdesk>"
    }
  }

  /// A pager that is not installed, fails, or exits without reading: one line saying so,
  /// and the output is shown all the same.
  @Test(
    .enabled(if: Tmux.isAvailable, "tmux is not on PATH"),
    arguments: [
      ("no-such-pager-here", "is not installed"), ("false", "failed (exit status 1)"),
      ("true", "exited without showing anything"),
    ])
  func aBrokenPagerSaysSoAndShowsTheOutput(_ pager: String, _ message: String) throws {
    let scratch = try Scratch("newsdesk-nopager")
    let tmux = Tmux(home: scratch.path)
    let session = try start(tmux, scratch, pager: pager)
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }
    try tmux.run(["resize-window", "-t", session, "-x", "80", "-y", "6"])
    try tmux.type(session, ":show 1:9")
    try tmux.press(session, "Enter")
    tmux.waitForScreen(session, "the message and the article") {
      $0.contains(message) && $0.contains(":show 1 for the whole article")
        && promptLine($0) == "newsdesk>"
    }
  }
}

/// Ctrl-R and a very narrow terminal, as a terminal shows them.
@Suite(.serialized) struct InteractiveSearchTests {
  @Test(.enabled(if: Tmux.isAvailable, "tmux is not on PATH"))
  func ctrlRShowsAReadableSearchAndRunsTheMatch() throws {
    let scratch = try Scratch("newsdesk-ctrl-r")
    let tmux = Tmux(home: scratch.path)
    let session = try InteractiveDemoTests().start(tmux, scratch, pager: "cat")
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }
    for line in ["who did Rubio meet?", ":sources"] {
      try tmux.type(session, line)
      try tmux.press(session, "Enter")
    }
    tmux.waitForScreen(session, "two prompts answered") { promptCount($0) >= 3 }
    try tmux.press(session, "C-r")
    try tmux.type(session, "rub")
    tmux.waitForScreen(session, "the search prompt with its match") {
      $0.contains("(search) 'rub': who did Rubio meet?")
    }
    #expect(!tmux.screen(session).contains("bck:"))
    try tmux.press(session, "C-g")
    tmux.waitForScreen(session, "the line put back") { promptLine($0) == "newsdesk>" }
    try tmux.press(session, "C-r")
    try tmux.type(session, "base")
    tmux.waitForScreen(session, "a failed search says so") {
      $0.contains("(failed search) 'base': ")
    }
    try tmux.press(session, "C-g")
    try tmux.press(session, "C-r")
    try tmux.type(session, "Rubio")
    try tmux.press(session, "Enter")
    tmux.waitForScreen(session, "the found question answered again") {
      $0.components(separatedBy: "— [1:2]").count >= 3 && promptLine($0) == "newsdesk>"
    }
  }

  @Test(.enabled(if: Tmux.isAvailable, "tmux is not on PATH"))
  func aTwentyColumnTerminalStillAnswers() throws {
    let scratch = try Scratch("newsdesk-narrow")
    let tmux = Tmux(home: scratch.path)
    let session = try InteractiveDemoTests().start(tmux, scratch, pager: "cat")
    defer { _ = try? tmux.run(["kill-session", "-t", session]) }
    try tmux.run(["resize-window", "-t", session, "-x", "20", "-y", "30"])
    try tmux.type(session, "when was the base closed?")
    try tmux.press(session, "Enter")
    tmux.waitForScreen(session, "the answer at 20 columns") {
      $0.contains("2009") && $0.contains("[1:")
    }
    #expect(tmux.isRunning(session))
  }
}
