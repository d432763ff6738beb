import Foundation

extension QAScriptFiles {
  /// Why a script could not be rewritten, in one line.
  public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
  }

  /// Replaces a script's text for `--update`. A symlinked script (kept in another folder, or
  /// in dotfiles) is written through the link to its target, and the link stays; the file
  /// keeps its mode. The new text goes to a temporary file beside the target, then is renamed
  /// over it, so a failed write leaves the old script whole.
  public static func write(_ text: String, to path: String) throws(WriteError) {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let files = FileManager.default
    let mode = (try? files.attributesOfItem(atPath: target))?[.posixPermissions] as? NSNumber
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).update-\(UUID().uuidString)"
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: temporary), options: .withoutOverwriting)
      if let mode {
        try files.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary)
      }
    } catch {
      try? files.removeItem(atPath: temporary)
      throw WriteError(path: path, reason: error.localizedDescription)
    }
    guard rename(temporary, target) == 0 else {
      let reason = String(cString: strerror(errno))
      try? files.removeItem(atPath: temporary)
      throw WriteError(path: path, reason: reason)
    }
  }
}
