import Foundation

/// Finds the article files under a path: `.txt` and `.md`, recursively, in a stable order,
/// with each file's stamp (size, times, inode) for the saved index to compare against.
///
/// Walks folders itself rather than through FileManager's enumerator so that it can remember
/// each folder's device and inode: a symbolic-link loop is visited once, never forever. Reads
/// each folder with readdir and stats entries relative to it, because an archive folder can
/// hold 100,000 files and start-up time is spent here.
public struct ArticleFileFinder: Sendable {
  public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]
  /// Deeper folders are reported and left out: real archives are a few levels deep, and a
  /// path that long is usually a link maze.
  public static let maximumDepth = 64

  public init() {}

  public struct Result: Sendable {
    public var files: [String] = []
    /// The stamp of each file in `files`, taken as it was found.
    var stamps: [FileStamp] = []
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
      result.stamps.append(FileStamp(info))
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
    guard depth < Self.maximumDepth else {
      result.warnings.append(
        LoadWarning(path: folder, reason: "folders nested too deep (over \(Self.maximumDepth))"))
      return
    }
    guard let directory = opendir(folder) else {
      result.warnings.append(LoadWarning(path: folder, reason: "cannot list this folder"))
      return
    }
    defer { closedir(directory) }
    let descriptor = dirfd(directory)
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    names.sort()
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names {
      var childInfo = stat()
      // Follows links, as a folder listing the user made would; a dangling link has
      // nothing to read and is passed over.
      guard fstatat(descriptor, name, &childInfo, 0) == 0 else { continue }
      let child = prefix + name
      switch childInfo.st_mode & S_IFMT {
      case S_IFDIR:
        walk(child, info: childInfo, visited: &visited, result: &result, depth: depth + 1)
      case S_IFREG where Self.hasArticleExtension(name):
        result.files.append(child)
        result.stamps.append(FileStamp(childInfo))
      default:
        break
      }
    }
  }

  static func hasArticleExtension(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: ".") else { return false }
    return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
  }
}
