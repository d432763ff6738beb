import ArgumentParser
import Foundation
import NewsdeskCore

/// `newsdesk run FILE|-`: a question script, one question per line; `#` comments and
/// `:reset`, `:load PATH` (and the other shell commands) as lines of their own. The
/// conversation carries from line to line until `:reset`.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Answer every question in a script file (- for stdin).")

  @OptionGroup var corpus: CorpusOptions
  @Option(help: "text or json.") var format: OutputFormat = .text
  @Flag(help: "Print each question (as '> QUESTION') before its answer; text format only.")
  var echo = false
  @Argument(help: "The script: one question per line; - reads standard input.") var file: String

  func run() throws {
    let lines = try readScript()
    var conversation = Conversation(
      session: try corpus.makeSession(warnWhenEmpty: true), format: format,
      renderer: AnswerRenderer.make(corpus: corpus),
      scriptFolder: file == "-" ? nil : (file as NSString).deletingLastPathComponent)
    conversation.searchesKeywords = false
    var asked = 0
    for line in lines {
      // JSON already carries the question in every object, so echo adds nothing to stdout.
      if echo, format == .text, Self.isQuestion(line) {
        if asked > 0 { Output.line("") }
        Output.line("> " + Conversation.clean(line))
        asked += 1
      }
      if conversation.handle(line) == .quit { break }
    }
  }

  /// The lines `Conversation.handle` answers, as opposed to comments and commands.
  static func isQuestion(_ line: String) -> Bool {
    let cleaned = Conversation.clean(line)
    return !cleaned.isEmpty && !cleaned.hasPrefix("#") && !cleaned.hasPrefix(":")
  }

  func readScript() throws -> [String] {
    let data: Data
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
        throw NewsdeskError.noSuchPath(file)
      }
      guard !isFolder.boolValue, let contents = FileManager.default.contents(atPath: file) else {
        throw NewsdeskError.unreadableInput(file, reason: "not a readable file")
      }
      data = contents
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw NewsdeskError.unreadableInput(file, reason: "not UTF-8 text")
    }
    return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
      String.init)
  }
}
