import Foundation

/// Finds the article files under a path: `.txt` and `.md`, recursively, in a stable order.
///
/// Walks folders itself rather than through FileManager's enumerator so that it can remember
/// each folder's device and inode: a symbolic-link loop is visited once, never forever.
public struct ArticleFileFinder: Sendable {
  public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

  public init() {}

  public struct Result: Sendable {
    public var files: [String] = []
    public var warnings: [LoadWarning] = []
  }

  /// Throws `NewsdeskError.noSuchPath` when `path` does not exist. A file named directly is
  /// taken whatever its extension: the user asked for it.
  public func find(in path: String) throws -> Result {
    var info = stat()
    guard stat(path, &info) == 0 else { throw NewsdeskError.noSuchPath(path) }
    var result = Result()
    if (info.st_mode & S_IFMT) == S_IFDIR {
      var visited = Set<FolderIdentity>()
      walk(path, info: info, visited: &visited, result: &result, depth: 0)
    } else {
      result.files.append(path)
    }
    return result
  }

  struct FolderIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  private func walk(
    _ folder: String, info: stat, visited: inout Set<FolderIdentity>, result: inout Result,
    depth: Int
  ) {
    let identity = FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    guard visited.insert(identity).inserted else { return }
    guard depth < 64 else {
      result.warnings.append(LoadWarning(path: folder, reason: "folders nested too deep (over 64)"))
      return
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      result.warnings.append(LoadWarning(path: folder, reason: "cannot list this folder"))
      return
    }
    for name in names where !name.hasPrefix(".") {
      let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      var childInfo = stat()
      guard stat(child, &childInfo) == 0 else { continue }  // a dangling link: nothing to read
      if (childInfo.st_mode & S_IFMT) == S_IFDIR {
        walk(child, info: childInfo, visited: &visited, result: &result, depth: depth + 1)
      } else if (childInfo.st_mode & S_IFMT) == S_IFREG,
        let dot = name.lastIndex(of: "."),
        Self.articleExtensions.contains(name[name.index(after: dot)...].lowercased())
      {
        result.files.append(child)
      }
    }
  }
}
