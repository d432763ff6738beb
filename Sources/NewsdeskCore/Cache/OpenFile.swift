import Foundation

/// A file kept open for reading at offsets, closed with its last user.
///
/// Saved indexes are read through this rather than mapped: a mapped file that something
/// else truncates kills the process with SIGBUS on the next touch, while a read of a
/// truncated file just comes back short. The index itself is read into memory once; article
/// text stays on disk and is read an article at a time, when a sentence is shown.
final class OpenFile: @unchecked Sendable {
  // Unchecked: the descriptor is only read from (pread keeps no shared offset) and is
  // closed in deinit, when no one else can hold the object.
  let path: String
  let descriptor: Int32
  let size: Int

  init(path: String) throws {
    self.path = path
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw OpenFileError(String(cString: strerror(errno))) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      close(descriptor)
      throw OpenFileError(String(cString: strerror(errno)))
    }
    size = Int(info.st_size)
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

struct OpenFileError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
