#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces the history file atomically: the new contents go to a temporary file in
/// the same folder, which is then renamed over the old one. A crash or a full disk
/// mid-write therefore leaves the previous history intact, never a truncated file.
enum HistoryFile {
  /// `write` receives an open descriptor, must close it, and returns 0 or an errno value.
  /// Returns nil on success, or a one-line reason the file could not be written.
  static func replace(_ path: String, write: (Int32) -> Int32) -> String? {
    // Same folder, so rename() stays on one file system and is atomic.
    var template = Array(temporaryTemplate(for: path).utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return describe(errno, path) }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)

    let writeError = write(descriptor)
    guard writeError == 0 else {
      unlink(temporary)
      return describe(writeError, path)
    }
    guard rename(temporary, path) == 0 else {
      let renameError = errno
      unlink(temporary)
      return describe(renameError, path)
    }
    return nil
  }

  static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }

  /// A hidden sibling of `path`; mkstemp replaces the X's with a unique suffix.
  static func temporaryTemplate(for path: String) -> String {
    let folderEnd = path.lastIndex(of: "/")
    let folder = folderEnd.map { String(path[...$0]) } ?? ""
    let name = folderEnd.map { String(path[path.index(after: $0)...]) } ?? path
    return "\(folder).\(name).XXXXXX"
  }

  private static func describe(_ error: Int32, _ path: String) -> String {
    "cannot save history to \(path): \(String(cString: strerror(error)))"
  }
}
