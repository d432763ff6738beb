import Foundation

/// `newsdesk test --sandbox`: a script may `:load` only what lies in its own folder or in
/// the corpora given on the command line. Without it a `.qa` file can load any file the user
/// can read (`:load ../../../../etc/shadow`) and the failure report prints its lines: fine
/// for one's own scripts, not for CI running someone else's.
///
/// Paths are compared after symlinks and `..` are resolved, so neither leads out.
public struct QASandbox: Sendable, Equatable {
  /// Canonical corpus paths (folders or single files).
  public var corpora: [String]

  public init(corpora: [String]) {
    self.corpora = corpora.map(Self.canonical)
  }

  /// Whether a script at `scriptPath` may load `path` (already resolved as the runner
  /// resolves it).
  public func allows(_ path: String, scriptPath: String) -> Bool {
    let folder = (Self.canonical(scriptPath) as NSString).deletingLastPathComponent
    let target = Self.canonical(path)
    return ([folder] + corpora).contains { Self.contains($0, target) }
  }

  /// The one-line reason a `:load` is refused; it names the path as written, never the file's
  /// contents.
  public static func refusal(_ path: String) -> String {
    ":load \(path) is outside the script's folder and the corpora given with --corpus; "
      + "--sandbox (on when CI=true) refuses it: move the file beside the script, "
      + "or run with --no-sandbox"
  }

  static func contains(_ root: String, _ path: String) -> Bool {
    path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
  }

  /// The absolute path with symlinks, `.` and `..` resolved. The part that does not exist
  /// yet is appended to the resolved part that does, dropping `.` and popping on `..`.
  static func canonical(_ path: String) -> String {
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var existing = absolute
    var missing: [String] = []
    var found = resolved(existing)
    while found == nil, existing != "/" {
      missing.insert((existing as NSString).lastPathComponent, at: 0)
      existing = (existing as NSString).deletingLastPathComponent
      if existing.isEmpty { existing = "/" }
      found = resolved(existing)
    }
    var parts = (found ?? "/").split(separator: "/").map(String.init)
    for part in missing {
      switch part {
      case ".", "": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// realpath(3), or nil when the path does not exist.
  private static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}
