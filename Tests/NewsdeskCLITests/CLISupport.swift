import Foundation
import Testing

/// What one run of the binary did.
struct CLIResult: Sendable {
  var status: Int32
  var stdout: String
  var stderr: String

  var stdoutLines: [String] {
    stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLastIfEmpty()
  }
  var stderrLines: [String] {
    stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLastIfEmpty()
  }

  /// Text answers, one per question: each ends with its citation line ("  — … · confidence 0.87")
  /// or, when nothing matched at all, with the "No sentence … matches" line.
  var textReplies: [String] {
    var replies: [String] = []
    var current: [String] = []
    for line in stdoutLines {
      current.append(line)
      if CLI.isReplyEnd(line) {
        replies.append(current.joined(separator: "\n"))
        current = []
      }
    }
    return replies
  }
}

extension Array where Element == Substring {
  fileprivate func dropLastIfEmpty() -> [String] {
    var lines = map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

enum CLIError: Error, CustomStringConvertible {
  case binaryNotFound([String])
  var description: String {
    switch self {
    case .binaryNotFound(let tried):
      return
        "the newsdesk binary was not found; set NEWSDESK_BINARY. Tried: \(tried.joined(separator: ", "))"
    }
  }
}

/// Runs the built `newsdesk` binary as a subprocess.
enum CLI {
  static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // NewsdeskCLITests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  static var corpusPath: String { repositoryRoot.appendingPathComponent("corpus").path }
  static var fixtureArticlesPath: String {
    repositoryRoot.appendingPathComponent("Tests/Fixtures/articles").path
  }

  static let seedTitle = "US Secretary of State Marco Rubio is expected to discuss bolstering…"

  /// The binary: $NEWSDESK_BINARY, else `newsdesk` beside the running test bundle or in one
  /// of its parent folders (up to .build), else .build/debug/newsdesk.
  static func binary() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["NEWSDESK_BINARY"], !path.isEmpty { return path }
    var tried: [String] = []
    if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    {
      var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
      for _ in 0..<4 {
        for candidate in [
          folder.appendingPathComponent("newsdesk"),
          folder.appendingPathComponent("debug/newsdesk"),
        ] {
          tried.append(candidate.path)
          if isExecutableFile(candidate.path) { return candidate.path }
        }
        if folder.lastPathComponent == ".build" { break }
        folder = folder.deletingLastPathComponent()
      }
    }
    let fallback = repositoryRoot.appendingPathComponent(".build/debug/newsdesk").path
    tried.append(fallback)
    if isExecutableFile(fallback) { return fallback }
    throw CLIError.binaryNotFound(tried)
  }

  static func isExecutableFile(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && !isFolder.boolValue
      && FileManager.default.isExecutableFile(atPath: path)
  }

  /// The environment every run gets: the caller's, without anything that would change
  /// newsdesk's behaviour, and with HOME and the history file in a scratch folder.
  static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for key in ["NO_COLOR", "NEWSDESK_CORPUS", "NEWSDESK_HISTORY", "NEWSDESK_BINARY"] {
      environment.removeValue(forKey: key)
    }
    environment["HOME"] = home
    environment["NEWSDESK_HISTORY"] = home + "/history"
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  /// Runs newsdesk with `arguments`, feeding `stdin`, in the repository root. Stdout is a pipe.
  static func run(
    _ arguments: [String], stdin: String = "", extraEnvironment: [String: String] = [:],
    currentDirectory: String? = nil
  ) throws -> CLIResult {
    try run(
      arguments, stdinData: Data(stdin.utf8), extraEnvironment: extraEnvironment,
      currentDirectory: currentDirectory)
  }

  static func run(
    _ arguments: [String], stdinData: Data, extraEnvironment: [String: String] = [:],
    currentDirectory: String? = nil
  ) throws -> CLIResult {
    let scratch = try Scratch("newsdesk-cli")
    let inputPath = try scratch.write("stdin", data: stdinData)
    let errorPath = try scratch.write("stderr", data: Data())

    let process = Process()
    process.executableURL = URL(fileURLWithPath: try binary())
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory ?? repositoryRoot.path)
    process.environment = environment(home: scratch.path, extra: extraEnvironment)
    let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
    let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // A hung binary must fail the test, not hang the suite.
    let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    try? input.close()
    try? errors.close()
    let errorData = FileManager.default.contents(atPath: errorPath) ?? Data()
    return CLIResult(
      status: process.terminationStatus,
      stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorData, as: UTF8.self))
  }

  static func isReplyEnd(_ line: String) -> Bool {
    (line.hasPrefix("  — ") && line.contains(" · confidence "))
      || line.contains("No sentence in the loaded articles matches the question.")
  }

  /// Parses one line of JSON output into an object.
  static func jsonObject(_ line: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
    guard let object = value as? [String: Any] else {
      throw CocoaError(.propertyListReadCorrupt)
    }
    return object
  }
}

/// A scratch folder, removed when the value goes away.
final class Scratch: @unchecked Sendable {
  let path: String

  init(_ label: String = "newsdesk-cli-tests") throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit {
    if let names = FileManager.default.subpaths(atPath: path) {
      for name in names { chmod(path + "/" + name, 0o755) }
    }
    try? FileManager.default.removeItem(atPath: path)
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, data: Data(text.utf8))
  }

  @discardableResult
  func write(_ name: String, data: Data) throws -> String {
    let full = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: full, contents: data) else {
      throw CocoaError(.fileWriteUnknown)
    }
    return full
  }

  func makeFolder(_ name: String) throws -> String {
    let full = path + "/" + name
    try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
    return full
  }
}

/// The `--format json` contract of issue 2, point 9, decoded strictly: a wrong JSON type
/// (a number for a bool, a float for an int, a number for a string) fails to decode.
struct ContractArticle: Decodable, Equatable {
  var id: String
  var title: String
  var date: String?
  var path: String
}

struct ContractCandidate: Decodable {
  var sentence: String
  var article: ContractArticle
  var sentenceIndex: Int
  var score: Double
}

struct ContractAnswer: Decodable {
  var question: String
  var answer: String?
  var abstained: Bool
  var sentence: String?
  var article: ContractArticle?
  var sentenceIndex: Int?
  var confidence: Double
  var answerType: String
  var candidates: [ContractCandidate]?
  var notice: String?

  static let keys = [
    "question", "answer", "abstained", "sentence", "article", "sentenceIndex", "confidence",
    "answerType",
  ]

  /// Decodes one line and checks what the types alone cannot: every key present (null or not),
  /// in the contract's order, and the date's form.
  static func check(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> ContractAnswer
  {
    let object = try CLI.jsonObject(line)
    for key in keys {
      #expect(
        object.keys.contains(key), "missing key \(key) in \(line)", sourceLocation: sourceLocation)
    }
    let positions = keys.compactMap { line.range(of: "\"\($0)\":")?.lowerBound }
    #expect(
      positions.count == keys.count && positions == positions.sorted(),
      "keys out of order: \(line)", sourceLocation: sourceLocation)
    let answer = try JSONDecoder().decode(ContractAnswer.self, from: Data(line.utf8))
    #expect((0...1).contains(answer.confidence), sourceLocation: sourceLocation)
    #expect(AnswerTypeNames.all.contains(answer.answerType), sourceLocation: sourceLocation)
    for article in [answer.article].compactMap({ $0 }) + (answer.candidates ?? []).map(\.article) {
      if let date = article.date {
        #expect(
          date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, "bad date \(date)",
          sourceLocation: sourceLocation)
      }
    }
    if answer.sentence != nil {
      #expect(answer.article != nil && answer.sentenceIndex != nil, sourceLocation: sourceLocation)
    }
    return answer
  }
}

enum AnswerTypeNames {
  static let all: Set<String> = [
    "PERSON", "ORGANIZATION", "PLACE", "DATE", "TIME", "DURATION", "NUMBER", "PERCENT", "MONEY",
    "QUANTITY", "ROLE", "REASON", "MANNER", "DESCRIPTION", "QUOTE", "YESNO", "OTHER",
  ]
}
