#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The history file on disk, and every file-system call history makes.
///
/// Saving never loses a line and never harms what the path names:
/// - only a regular file is written, and through a symlink its target is (the link stays);
/// - under an exclusive lock on a lock file beside it, the file on disk is read again, this
///   session's new lines are appended, and the result goes to a temporary file in the same
///   folder that is then renamed over the old one, so two shells keep both their lines and a
///   crash or a full disk mid-write leaves the previous history intact;
/// - the file keeps its mode (and, when written by root, its owner);
/// - a file newsdesk cannot read, cannot parse or may not write is left alone.
struct HistoryFile: Sendable {
  /// The resolved target: no symlink in the last component.
  let path: String

  /// What the file on disk allows.
  enum State: Equatable {
    case missing
    case usable
    /// Left alone; `loadable` when its lines can still be recalled in this session.
    case leftAlone(reason: String, loadable: Bool)
  }

  /// The first line of every file libedit writes.
  static let formatCookie = "_HiStOrY_V2_\n"
  /// How long a save waits for another shell to finish its own.
  static let lockAttempts = 200
  static let lockRetryMicroseconds: useconds_t = 10_000

  /// Follows symlinks (up to 32, as the kernel does) to the file a save would replace.
  static func destination(for givenPath: String) -> HistoryDestination {
    var path = givenPath
    for _ in 0..<32 {
      var info = stat()
      guard lstat(path, &info) == 0 else {
        // Nothing there yet: a save creates a regular file (or fails with a warning).
        return errno == ENOENT ? .file(path) : .refused(describe(errno))
      }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        guard let target = linkTarget(path) else { return .refused(describe(errno)) }
        path = target.hasPrefix("/") ? target : folder(of: path) + target
      case S_IFREG:
        return .file(path)
      default:
        if isNullDevice(info) { return .off }
        return .refused("is \(kindName(info.st_mode)), not a regular file")
      }
    }
    return .refused("has too many levels of symbolic links")
  }

  /// Whether the file exists, and if so whether it may be read and replaced. Opened without
  /// blocking, so a FIFO put in its place meanwhile cannot hang the shell.
  func state() -> State {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else {
      let error = errno
      if error == ENOENT { return .missing }
      return .leftAlone(reason: "cannot be read (\(Self.describe(error)))", loadable: false)
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      return .leftAlone(reason: "is not a regular file", loadable: false)
    }
    guard Self.startsLikeHistory(descriptor, size: Int(info.st_size)) else {
      return .leftAlone(
        reason: "is not a libedit history file (its first line is not _HiStOrY_V2_)",
        loadable: false)
    }
    if info.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
      return .leftAlone(reason: "is read-only", loadable: true)
    }
    return .usable
  }

  /// Appends `entries` to what the file holds now, keeping the newest `limit` entries.
  /// Returns nil on success, or a one-line reason (without the path) nothing was written.
  func save(_ entries: [String], limit: Int) -> String? {
    // Checked before the lock file is made, so nothing is created beside a device.
    if case .leftAlone(let reason, _) = state() { return "the file \(reason); it is left alone" }
    let lockPath = path + ".lock"
    let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard lock >= 0 else {
      return "cannot create the lock file \(lockPath): \(Self.describe(errno))"
    }
    defer { close(lock) }  // closing releases the lock
    guard Self.acquire(lock) else { return "another newsdesk kept the history locked" }

    // Checked again under the lock: another program may have replaced the file meanwhile.
    var mode: mode_t = 0o600
    var owner: (uid_t, gid_t)?
    let list = HistoryList(limit: limit)
    guard let list else { return "out of memory" }
    switch state() {
    case .leftAlone(let reason, _): return "the file \(reason); it is left alone"
    case .missing: break
    case .usable:
      var info = stat()
      if stat(path, &info) == 0 {
        mode = info.st_mode & 0o7777
        owner = (info.st_uid, info.st_gid)
      }
      list.load(path)
    }
    for entry in entries { list.add(entry) }
    return replace(mode: mode, owner: owner) { list.write(to: $0) }
  }

  /// Writes a temporary file in the same folder (so rename stays on one file system and is
  /// atomic), gives it the old file's mode, and renames it over the file.
  private func replace(mode: mode_t, owner: (uid_t, gid_t)?, write: (Int32) -> Int32) -> String? {
    var template = Array(Self.temporaryTemplate(for: path).utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return Self.describe(errno) }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // `write` closes its descriptor, and libedit sets 0600 while writing: the mode (and,
    // for root, the owner) is set afterwards through a second descriptor.
    let kept = dup(descriptor)
    defer { if kept >= 0 { close(kept) } }
    let writeError = write(descriptor)
    guard writeError == 0 else {
      unlink(temporary)
      return Self.describe(writeError)
    }
    if kept >= 0 {
      _ = fchmod(kept, mode)
      if let owner, geteuid() == 0 { _ = fchown(kept, owner.0, owner.1) }
    }
    guard rename(temporary, path) == 0 else {
      let renameError = errno
      unlink(temporary)
      return Self.describe(renameError)
    }
    return nil
  }

  /// Waits up to about two seconds for the lock: saves take milliseconds, so a longer wait
  /// means a stopped process, and this session's lines are kept for the next save instead.
  private static func acquire(_ lock: Int32) -> Bool {
    for _ in 0..<lockAttempts {
      if flock(lock, LOCK_EX | LOCK_NB) == 0 { return true }
      guard errno == EWOULDBLOCK || errno == EINTR else { return false }
      usleep(lockRetryMicroseconds)
    }
    return false
  }

  /// An empty file counts as history (one with no entries yet).
  private static func startsLikeHistory(_ descriptor: Int32, size: Int) -> Bool {
    if size == 0 { return true }
    let cookie = Array(formatCookie.utf8)
    var buffer = [UInt8](repeating: 0, count: cookie.count)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, cookie.count) }
    return count == cookie.count && buffer == cookie
  }

  private static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink(path, &buffer, Int(PATH_MAX))
    guard length > 0 else { return nil }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func isNullDevice(_ info: stat) -> Bool {
    var null = stat()
    return stat("/dev/null", &null) == 0 && null.st_dev == info.st_dev
      && null.st_ino == info.st_ino
  }

  private static func kindName(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: return "a folder"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFIFO: return "a FIFO"
    case S_IFSOCK: return "a socket"
    default: return "an unusual file"
    }
  }

  /// The folder part of `path`, with its trailing slash ("" for a bare name).
  static func folder(of path: String) -> String {
    path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
  }

  /// A hidden sibling of `path`; mkstemp replaces the X's with a unique suffix.
  static func temporaryTemplate(for path: String) -> String {
    let folderEnd = path.lastIndex(of: "/")
    let name = folderEnd.map { String(path[path.index(after: $0)...]) } ?? path
    return "\(folder(of: path)).\(name).XXXXXX"
  }

  static func describe(_ error: Int32) -> String {
    String(cString: strerror(error))
  }
}
