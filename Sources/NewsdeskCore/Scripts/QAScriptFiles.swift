import Foundation

/// Finding `.qa` files and reading them. A folder means the `.qa` files directly inside it:
/// subfolders are not entered, so scripts that are not ready yet (pending/) can sit beside
/// the ones CI runs.
public enum QAScriptFiles {
  /// The script files for each path, in order, or an error for a path that cannot be used.
  public static func expand(_ paths: [String]) -> [Result<String, QAScriptError>] {
    var found: [Result<String, QAScriptError>] = []
    let files = FileManager.default
    for path in paths {
      var isFolder: ObjCBool = false
      guard files.fileExists(atPath: path, isDirectory: &isFolder) else {
        found.append(
          .failure(QAScriptError(path: path, line: 0, message: "no such file or folder")))
        continue
      }
      guard isFolder.boolValue else {
        found.append(.success(path))
        continue
      }
      let names = ((try? files.contentsOfDirectory(atPath: path)) ?? [])
        .filter { $0.hasSuffix(".qa") && !$0.hasPrefix(".") }
        .sorted()
      let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
      let scripts = names.map { folder + "/" + $0 }.filter {
        var isSubfolder: ObjCBool = false
        return files.fileExists(atPath: $0, isDirectory: &isSubfolder) && !isSubfolder.boolValue
      }
      if scripts.isEmpty {
        found.append(
          .failure(
            QAScriptError(
              path: path, line: 0,
              message: "no .qa files in this folder (subfolders are not searched)")
          ))
      }
      found += scripts.map { .success($0) }
    }
    return found
  }

  /// Reads and parses one script.
  public static func load(path: String) -> Result<QAScript, QAScriptErrors> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        QAScriptErrors([QAScriptError(path: path, line: 0, message: "cannot read the file")]))
    }
    switch decode(data) {
    case .success(let text): return QAScriptParser().parse(text, path: path)
    case .failure(let badLine):
      return .failure(
        QAScriptErrors([QAScriptError(path: path, line: badLine.value, message: "not UTF-8 text")]))
    }
  }

  /// The text, or the 1-based line holding the first byte that is not UTF-8.
  static func decode(_ data: Data) -> Result<String, LineNumber> {
    if let text = String(validating: data, as: UTF8.self) { return .success(text) }
    var line = 1
    for piece in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      if String(validating: piece, as: UTF8.self) == nil { return .failure(LineNumber(line)) }
      line += 1
    }
    return .failure(LineNumber(line))
  }

  /// A line number as an error, so `decode` can say where the bad byte is.
  struct LineNumber: Error {
    let value: Int
    init(_ value: Int) { self.value = value }
  }
}
