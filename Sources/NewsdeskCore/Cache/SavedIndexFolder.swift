import Foundation

/// The folder of saved indexes: one file per corpus, named by a hash of its paths.
struct SavedIndexFolder {
  let path: String

  /// Keeps the `count` most recently used indexes and removes the rest, and removes
  /// temporary files left by a newsdesk that was killed while saving (after an hour, so a
  /// save in progress in another newsdesk is never touched).
  func prune(keeping count: Int) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
    var indexes: [(path: String, used: Int64)] = []
    let now = Int64(Date().timeIntervalSince1970)
    for name in names where name.hasPrefix("corpus-") {
      let full = path + "/" + name
      guard let stamp = FileStamp.of(path: full) else { continue }
      if name.contains(".tmp-") {
        if now - stamp.modified / 1_000_000_000 > 3600 { unlink(full) }
      } else if name.hasSuffix("." + SavedIndexFormat.fileExtension) {
        indexes.append((full, stamp.modified))
      }
    }
    for stale in indexes.sorted(by: { $0.used > $1.used }).dropFirst(max(1, count)) {
      unlink(stale.path)
    }
  }
}
