import Foundation

@testable import LineEditor

/// A scratch folder for history files, removed when the value goes away.
final class HistoryScratch: @unchecked Sendable {
  let path: String

  init() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "newsdesk-history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let full = path + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    return full
  }

  func link(_ link: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
  }

  func mode(_ file: String) -> mode_t {
    var info = stat()
    return stat(file, &info) == 0 ? info.st_mode & 0o7777 : 0
  }

  /// The entries of a history file, oldest first, decoded from libedit's strvis form.
  func entries(_ file: String) throws -> [String] {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first.map({ $0 + "\n" }) == Substring(HistoryFile.formatCookie) else {
      throw CocoaError(.fileReadCorruptFile)
    }
    lines.removeFirst()
    if lines.last == "" { lines.removeLast() }
    return lines.map(Self.decode)
  }

  /// Octal escapes ("who\040won?") and "\\" back to bytes.
  static func decode(_ line: Substring) -> String {
    var bytes: [UInt8] = []
    let utf8 = Array(line.utf8)
    var index = 0
    while index < utf8.count {
      if utf8[index] == UInt8(ascii: "\\"), index + 4 <= utf8.count,
        let value = UInt8(
          String(decoding: utf8[(index + 1)..<(index + 4)], as: UTF8.self), radix: 8)
      {
        bytes.append(value)
        index += 4
      } else if utf8[index] == UInt8(ascii: "\\"), index + 1 < utf8.count {
        bytes.append(utf8[index + 1])
        index += 2
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
