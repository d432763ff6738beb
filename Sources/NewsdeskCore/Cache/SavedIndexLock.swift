import Foundation

/// The advisory lock (`flock`) on a lock file beside a saved index, held by the one newsdesk
/// that writes that index, from before it reads the changed articles until its new index has
/// been renamed into place.
///
/// Readers take no lock: a saved index is never changed once it has been renamed into place,
/// and a reader reads everything through the one descriptor it opened. The lock keeps two
/// newsdesks from doing the same work twice, lets the second use the first one's index, and
/// tells the clean-up of temporary files which writers are still at work.
///
/// The lock file lives only while the lock is held: the holder removes it before releasing
/// the lock (so the cache folder holds no lock files between starts), and a lock is only
/// believed once the path still names the file that was locked, so a newsdesk that opened
/// the file just before its removal tries again rather than lock a file no one else sees.
final class SavedIndexLock: @unchecked Sendable {
  // Unchecked: the descriptor is only closed, in deinit.
  let path: String
  private let descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  /// Removes the lock file while still holding it, then releases the lock.
  deinit {
    unlink(path)
    close(descriptor)
  }

  enum Outcome {
    case acquired(SavedIndexLock)
    /// Another newsdesk holds it.
    case busy
    /// Locks cannot be taken here (a read-only folder, a file system without locks).
    case unavailable(String)
  }

  static func path(forIndex indexPath: String) -> String { indexPath + ".lock" }

  /// Takes the lock of the index at `indexPath`, waiting up to `patience` for another newsdesk
  /// to finish with it.
  static func acquire(indexPath: String, patience: Duration) -> Outcome {
    let clock = ContinuousClock()
    let deadline = clock.now + patience
    while true {
      let outcome = attempt(path(forIndex: indexPath), create: true)
      guard case .busy = outcome, clock.now < deadline else { return outcome }
      usleep(20_000)
    }
  }

  /// Whether another newsdesk is writing the index at `indexPath` now (a lock file left by
  /// one that was killed is removed on the way).
  static func isHeld(indexPath: String) -> Bool {
    if case .busy = attempt(path(forIndex: indexPath), create: false) { return true }
    return false
  }

  /// Removes a lock file left by a newsdesk that was killed, unless someone holds it.
  static func removeIfFree(indexPath: String) {
    _ = attempt(path(forIndex: indexPath), create: false)  // removed as it is released
  }

  private static func attempt(_ lockPath: String, create: Bool) -> Outcome {
    // A few tries: each lost race means another newsdesk removed or replaced the file.
    for _ in 0..<8 {
      let flags = O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | (create ? O_CREAT : 0)
      let descriptor = open(lockPath, flags, 0o600)
      guard descriptor >= 0 else { return .unavailable(String(cString: strerror(errno))) }
      guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
        let error = errno
        close(descriptor)
        return error == EWOULDBLOCK ? .busy : .unavailable(String(cString: strerror(error)))
      }
      // Removed (and perhaps made again) between the open and the flock: this lock guards
      // nothing.
      var locked = stat()
      if fstat(descriptor, &locked) == 0,
        FileIdentity.of(path: lockPath) == FileIdentity(locked)
      {
        return .acquired(SavedIndexLock(path: lockPath, descriptor: descriptor))
      }
      close(descriptor)
    }
    return .busy
  }
}
