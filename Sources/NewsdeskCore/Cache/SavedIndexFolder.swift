import Foundation

/// The folder of saved indexes: one file per corpus, named by a hash of its paths, with a
/// lock file beside each, and the temporary files of saves in progress.
struct SavedIndexFolder {
  let path: String

  /// A save in progress is written to `<index>.tmp-<pid>-<random>`: the process id tells a
  /// later start whether the writer is still alive.
  static let temporaryMarker = ".tmp-"

  static func temporaryPath(forIndex indexPath: String) -> String {
    indexPath + temporaryMarker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  }

  /// Files older than this are removed whoever wrote them: no save takes an hour.
  static let abandonedAfterSeconds: Int64 = 3600

  /// Keeps the `count` most recently used indexes and removes the rest, and removes the
  /// temporary and lock files of newsdesks that are gone.
  func prune(keeping count: Int) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
    removeStaleTemporaryFiles(names: names)
    var indexes: [(path: String, used: Int64)] = []
    for name in names
    where name.hasPrefix("corpus-") && name.hasSuffix("." + SavedIndexFormat.fileExtension) {
      let full = path + "/" + name
      guard let stamp = FileStamp.of(path: full) else { continue }
      indexes.append((full, stamp.modified))
    }
    for stale in indexes.sorted(by: { $0.used > $1.used }).dropFirst(max(1, count)) {
      unlink(stale.path)
    }
    let lockSuffix = SavedIndexLock.path(forIndex: "")
    for name in names where name.hasPrefix("corpus-") && name.hasSuffix(lockSuffix) {
      SavedIndexLock.removeIfFree(indexPath: path + "/" + name.dropLast(lockSuffix.count))
    }
  }

  /// Removes the temporary files of saves that will never finish: their newsdesk was killed
  /// (kill -9, a crash, a power cut). A file is left while its index's lock is held or its
  /// writer's process is alive, unless it is over an hour old.
  func removeStaleTemporaryFiles(names: [String]? = nil) {
    guard let names = names ?? (try? FileManager.default.contentsOfDirectory(atPath: path)) else {
      return
    }
    let now = Int64(Date().timeIntervalSince1970)
    for name in names where name.hasPrefix("corpus-") {
      guard let marker = name.range(of: Self.temporaryMarker) else { continue }
      let full = path + "/" + name
      guard let stamp = FileStamp.of(path: full) else { continue }
      let abandoned = now - stamp.modified / 1_000_000_000 > Self.abandonedAfterSeconds
      let index = path + "/" + name[..<marker.lowerBound]
      if abandoned
        || (!Self.isAlive(writerOf: name[marker.upperBound...])
          && !SavedIndexLock.isHeld(indexPath: index))
      {
        unlink(full)
      }
    }
  }

  /// Whether the process named in a temporary file's suffix (`<pid>-<random>`) still runs. A
  /// suffix that names no process is taken as alive: it was not written by this newsdesk.
  private static func isAlive(writerOf suffix: Substring) -> Bool {
    guard let dash = suffix.firstIndex(of: "-"), let pid = pid_t(suffix[..<dash]), pid > 0
    else { return true }
    return kill(pid, 0) == 0 || errno != ESRCH
  }
}
