import Foundation

/// Who writes the saved index when several newsdesks find the same files changed.
extension CorpusLoad {
  enum Claim {
    /// This load writes the new index, holding its lock (nil where locks cannot be taken:
    /// saved as before, renamed over the path at the end).
    case write(SavedIndexLock?)
    /// Another newsdesk saved an index meanwhile that matches the files: use it.
    case useSaved(SavedCorpus)
    /// Another newsdesk is still writing it: answer from what this one reads, save nothing.
    case leaveToOther
  }

  /// Takes the index's lock, waiting up to `options.lockPatience`; once it is held, an index
  /// another newsdesk saved since `opened` replaces `previous`, and is used if it matches
  /// `files` as found. Temporary files of newsdesks that were killed are removed on the way.
  func claim(
    _ savedPath: String, in folder: String, key: UInt64, opened: PendingOpen,
    files: [String], stamps: [FileStamp], previous: inout SavedCorpus?, report: inout LoadReport
  ) -> Claim {
    // Made here rather than by the writer: the lock file goes in it.
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    SavedIndexFolder(path: folder).removeStaleTemporaryFiles()
    switch SavedIndexLock.acquire(indexPath: savedPath, patience: options.lockPatience) {
    case .busy:
      return .leaveToOther
    case .unavailable:
      return .write(nil)
    case .acquired(let lock):
      let openedIdentity = previous?.file.file.identity ?? opened.identity
      guard FileIdentity.of(path: savedPath) != openedIdentity else { return .write(lock) }
      previous = PendingOpen(path: savedPath, key: key, identity: identity).result(report: &report)
      if let saved = previous, Self.matches(saved.manifest, files: files, stamps: stamps) {
        return .useSaved(saved)
      }
      return .write(lock)
    }
  }
}
