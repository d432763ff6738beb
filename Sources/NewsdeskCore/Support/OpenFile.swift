import Foundation

/// A file kept open for reading at offsets, closed with its last user.
///
/// A saved index's checksums are verified through this, and its article text is read an
/// article at a time, when a sentence is shown: a read of a file cut short just comes back
/// short. Its index columns are used in place from a mapping of the same open file
/// (`MappedFile`).
///
/// Everything read from one saved index goes through one `OpenFile`: another newsdesk may
/// rename a new index over the path at any moment, and a second `open` of the path would then
/// read the new file at the old file's offsets.
final class OpenFile: @unchecked Sendable {
  // Unchecked: the descriptor is only read from (pread keeps no shared offset) and is
  // closed in deinit, when no one else can hold the object.
  let path: String
  let descriptor: Int32
  let size: Int
  /// The file itself (device and inode), to tell whether the path still names it.
  let identity: FileIdentity

  /// Opens a regular file. Anything else at the path is refused before it is opened: opening
  /// a FIFO waits for a writer (forever, at start-up), and opening a device can act on it.
  convenience init(path: String) throws {
    var info = stat()
    guard stat(path, &info) == 0 else { throw OpenFileError(String(cString: strerror(errno))) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw OpenFileError("not a regular file") }
    // O_NONBLOCK in case a FIFO took the file's place since the check.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { throw OpenFileError(String(cString: strerror(errno))) }
    try self.init(path: path, adopting: descriptor)
  }

  /// A second descriptor for a file this process already has open (the index it has just
  /// written), so that it is read as the file it is, whatever the path names later.
  convenience init(duplicating source: Int32, path: String) throws {
    let descriptor = fcntl(source, F_DUPFD_CLOEXEC, 0)
    guard descriptor >= 0 else { throw OpenFileError(String(cString: strerror(errno))) }
    try self.init(path: path, adopting: descriptor)
  }

  private init(path: String, adopting descriptor: Int32) throws {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      throw OpenFileError(reason)
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      close(descriptor)
      throw OpenFileError("not a regular file")
    }
    self.path = path
    self.descriptor = descriptor
    size = Int(info.st_size)
    identity = FileIdentity(info)
  }

  deinit {
    close(descriptor)
  }

  /// Fills `buffer` from `offset`; returns how many bytes were read (fewer at the end of a
  /// file that has shrunk).
  func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
    var done = 0
    while done < buffer.count {
      let got = pread(
        descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else { break }
      done += got
    }
    return done
  }
}

/// Which file a path or descriptor refers to: the same device and inode is the same file.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }

  /// What `path` names now, or nil if nothing.
  static func of(path: String) -> FileIdentity? {
    var info = stat()
    return stat(path, &info) == 0 ? FileIdentity(info) : nil
  }
}

struct OpenFileError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
