import Foundation
import Testing

extension CLI {
  /// Runs `executable` (a shell, to set a limit first) with newsdesk's test environment.
  static func run(
    _ arguments: [String], extraEnvironment: [String: String], executable: String
  ) throws -> CLIResult {
    let scratch = try Scratch("newsdesk-cli-run")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = repositoryRoot
    process.environment = environment(home: scratch.path, extra: extraEnvironment)
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read both pipes to the end before waiting, so a full pipe cannot stall the child.
    nonisolated(unsafe) var errorData = Data()
    let readErrors = DispatchWorkItem {
      errorData = errors.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(execute: readErrors)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    readErrors.wait()
    process.waitUntilExit()
    return CLIResult(
      status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorData, as: UTF8.self))
  }
}

/// newsdesk reading questions from a pipe, one at a time, so that files can change between
/// two lines of the same session.
final class ShellSession {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let scratch: Scratch
  private var buffer = ""

  init(_ arguments: [String], environment: [String: String]) throws {
    scratch = try Scratch("newsdesk-cli-session")
    process.executableURL = URL(fileURLWithPath: try CLI.binary())
    process.arguments = arguments
    process.currentDirectoryURL = CLI.repositoryRoot
    process.environment = CLI.environment(home: scratch.path, extra: environment)
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
  }

  /// Sends a line and returns what newsdesk wrote until a line containing `marker`.
  func send(_ line: String, until marker: String) throws -> String {
    input.fileHandleForWriting.write(Data((line + "\n").utf8))
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      if let range = buffer.range(of: marker),
        let end = buffer[range.upperBound...].firstIndex(of: "\n")
      {
        let reply = String(buffer[..<end])
        buffer = String(buffer[buffer.index(after: end)...])
        return reply
      }
      let data = output.fileHandleForReading.availableData
      if data.isEmpty { break }
      buffer += String(decoding: data, as: UTF8.self)
    }
    Issue.record("no '\(marker)' in newsdesk's reply to '\(line)': \(buffer)")
    return buffer
  }

  /// Ends the input and returns the exit status.
  func finish() throws -> Int32 {
    try input.fileHandleForWriting.close()
    _ = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
