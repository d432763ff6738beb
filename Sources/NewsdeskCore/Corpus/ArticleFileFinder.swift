import Foundation

/// Finds the article files under a path: those with an `ArticleFileType` extension
/// (`.txt`, `.md`, `.html`, `.xml`, `.rss`, `.jsonl`, … in any case) of the types asked
/// for, recursively, in a stable order,
/// with each file's stamp (size, times, inode) for the saved index to compare against.
///
/// Walks folders itself rather than through FileManager's enumerator so that it can remember
/// each folder's device and inode: a symbolic-link loop is visited once, never forever. Reads
/// each folder with readdir and stats entries relative to it, because an archive folder can
/// hold 100,000 files and start-up time is spent here.
public struct ArticleFileFinder: Sendable {
  public static let articleExtensions = Set(ArticleFileType.extensions.keys)
  /// Deeper folders are reported and left out: real archives are a few levels deep, and a
  /// path that long is usually a link maze.
  public static let maximumDepth = 64

  /// The types a folder load takes (`--formats`); a file named directly is always taken.
  public var types = Set(ArticleFileType.allCases)

  public init(types: Set<ArticleFileType> = Set(ArticleFileType.allCases)) {
    self.types = types
  }

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
      let invalidName: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        let bytes = raw.bindMemory(to: CChar.self).baseAddress!
        if let name = String(validatingCString: bytes) {
          if !name.hasPrefix(".") { names.append(name) }
          return nil
        }
        // The rest of newsdesk names files by String paths, which cannot hold these bytes:
        // say so for an article or a folder (which may hold articles), shown with U+FFFD.
        let shown = String(cString: bytes)
        var entryInfo = stat()
        let isFolder =
          fstatat(descriptor, bytes, &entryInfo, 0) == 0 && (entryInfo.st_mode & S_IFMT) == S_IFDIR
        return !shown.hasPrefix(".") && (isFolder || hasArticleExtension(shown)) ? shown : nil
      }
      if let invalidName {
        result.warnings.append(
          LoadWarning(
            path: (folder.hasSuffix("/") ? folder : folder + "/") + invalidName,
            reason: "its name is not valid UTF-8; rename it to load it"))
      }
    }
    names.sort()
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    var unsearchable = 0
    for (name, entry) in zip(names, Self.examine(names, in: descriptor)) {
      // Follows links, as a folder listing the user made would; a dangling link has
      // nothing to read and is passed over. A folder that may be listed but not searched
      // (read without execute permission) names its files but lets none be opened.
      guard entry.error == 0 else {
        if entry.error == EACCES { unsearchable += 1 }
        continue
      }
      let childInfo = entry.info
      let child = prefix + name
      switch childInfo.st_mode & S_IFMT {
      case S_IFDIR:
        walk(child, info: childInfo, visited: &visited, result: &result, depth: depth + 1)
      case S_IFREG where hasArticleExtension(name):
        result.files.append(child)
        result.stamps.append(FileStamp(childInfo))
      default:
        break
      }
    }
    if unsearchable > 0 {
      result.warnings.append(
        LoadWarning(
          path: folder,
          reason:
            "this folder can be listed but not searched (no execute permission), so none of its \(unsearchable) entries can be read; chmod +x it to load them"
        ))
    }

  }

  /// What `fstatat` says of one entry: its metadata, or the error (0 for none).
  struct EntryInfo: Sendable {
    var info = stat()
    var error: Int32 = 0
  }

  /// Each name's metadata, relative to the folder and following links, taken on all
  /// cores in runs of names: a warm start of 100,000 files spends most of its time in
  /// these calls, and the saved index is checked on the other core only for part of it.
  static func examine(_ names: [String], in descriptor: Int32) -> [EntryInfo] {
    let run = 512
    let runs = Parallel.map(count: (names.count + run - 1) / run, makeContext: { () }) {
      _, number in
      names[(number * run)..<min(names.count, (number + 1) * run)].map { name in
        var entry = EntryInfo()
        if fstatat(descriptor, name, &entry.info, 0) != 0 { entry.error = max(errno, 1) }
        return entry
      }
    }
    return runs.flatMap { $0 }
  }

  func hasArticleExtension(_ name: String) -> Bool {
    guard let type = ArticleFileType.named(byExtensionOf: name) else { return false }
    return types.contains(type)
  }
}
