import Foundation
import Testing

/// Loading from the command line: a corpus with nothing to load is an error for the commands
/// that answer and exit (the shell still starts), one folder named two ways loads once, and
/// Ctrl-C during a cold start leaves no temporary file in the cache and no progress line.
@Suite struct CorpusLoadingCLITests {
  @Test(arguments: ["ask", "run", "test"], ["an empty folder", "only an empty file"])
  func nothingLoadableIsExitTwoWithOneLine(command: String, corpus kind: String) throws {
    let scratch = try Scratch()
    let corpus = try scratch.makeFolder("corpus")
    if kind == "only an empty file" { try scratch.write("corpus/empty.txt", "") }
    let script = try scratch.write("questions.qa", "? Who met Rubio?\n!!\n")
    let arguments: [String]
    switch command {
    case "ask": arguments = ["ask", "--corpus", corpus, "Who met Rubio?"]
    case "run": arguments = ["run", "--corpus", corpus, script]
    default: arguments = ["test", "--corpus", corpus, script]
    }
    let result = try CLI.run(arguments)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    let errors = result.stderrLines.filter { !$0.contains("warning") }
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("newsdesk: no articles found in \(corpus)") == true)
    #expect(result.stderrLines.count == (kind == "an empty folder" ? 1 : 2))
  }

  @Test func theShellStartsOnAnEmptyCorpus() throws {
    let scratch = try Scratch()
    let corpus = try scratch.makeFolder("corpus")
    let result = try CLI.run(["--corpus", corpus], stdin: ":quit\n")
    #expect(result.status == 0)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("no articles found"))
  }

  @Test func oneFolderNamedTwoWaysAnswersAsOnce() throws {
    let question = "who did Rubio meet?"
    let once = try CLI.run(["ask", "--corpus", "corpus", "--top", "10", question])
    let twice = try CLI.run(
      ["ask", "--corpus", "corpus", "--corpus", CLI.corpusPath + "/", "--top", "10", question])
    #expect(once.status == 0)
    #expect(twice.status == 0)
    #expect(twice.stdout == once.stdout)
  }

  @Test func anInterruptedColdStartLeavesNoTemporaryFileAndNoProgressLine() throws {
    let script = "/usr/bin/script"
    try #require(
      FileManager.default.isExecutableFile(atPath: script),
      "util-linux's script gives newsdesk the terminal its progress line needs")
    let scratch = try Scratch("newsdesk-interrupt")
    // Large enough that a debug build is still reading when the progress line is drawn.
    let words = ["harbour", "council", "budget", "storm", "engine", "river", "court", "market"]
    for number in 0..<2_500 {
      let sentences = (0..<30).map { sentence in
        "Item \(number) \(sentence) "
          + (0..<12).map { words[($0 * 7 + number + sentence) % words.count] }.joined(
            separator: " ") + "."
      }
      try scratch.write("corpus/\(number).txt", sentences.joined(separator: " "))
    }
    let cache = scratch.path + "/cache"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: script)
    let command =
      "echo PID $$; exec '\(try CLI.binary())' ask --corpus '\(scratch.path)/corpus' 'what did the council do?'"
    process.arguments = ["-qfec", command, "/dev/null"]
    process.environment = CLI.environment(
      home: scratch.path, extra: ["XDG_CACHE_HOME": cache, "TERM": "xterm"])
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = Pipe()
    process.standardError = FileHandle.nullDevice
    // The test runs on a worker thread that blocks signals, and a child inherits the mask:
    // newsdesk must see SIGINT as it would from a shell.
    var interrupt = sigset_t()
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    var mask = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &interrupt, &mask)
    let started = Result { try process.run() }
    pthread_sigmask(SIG_SETMASK, &mask, nil)
    try started.get()
    var text = ""
    var newsdesk: pid_t?
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      let data = output.fileHandleForReading.availableData
      if data.isEmpty { break }
      text += String(decoding: data, as: UTF8.self)
      if newsdesk == nil,
        let line = text.split(separator: "\n").first(where: { $0.hasPrefix("PID") })
      {
        newsdesk = pid_t(line.filter(\.isNumber))
      }
      if text.contains("Reading"), let newsdesk {
        kill(newsdesk, SIGINT)
        break
      }
    }
    text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(newsdesk != nil)
    #expect(text.contains("Reading"), "no progress line was drawn: \(text.debugDescription)")
    #expect(!text.contains("confidence"), "the load finished before it was interrupted")
    let leftovers =
      (try? FileManager.default.contentsOfDirectory(atPath: cache + "/newsdesk")) ?? []
    #expect(!leftovers.contains { $0.contains(".tmp-") }, "\(leftovers)")
    // The last thing on the terminal erases the progress line.
    let lastDraw = try #require(text.range(of: "Reading", options: .backwards))
    let after = text[lastDraw.upperBound...]
    #expect(
      after.hasSuffix("\r\u{1B}[K") || after.hasSuffix("\r\u{1B}[K\r\n"),
      "the progress line was left: \(after.suffix(40).debugDescription)")
  }
}
