import Foundation

/// A file mapped read-only into memory, unmapped when the last user lets go.
///
/// Saved indexes are read through this: the pages a query touches are read in by the
/// kernel on demand and count toward memory only while they are used. The cache is only
/// ever replaced by renaming a new file over it, never written in place, so a mapping never
/// sees its file change underneath it.
final class MappedFile: @unchecked Sendable {
  // Unchecked: the mapping is read-only and lives until deinit.
  let bytes: UnsafeRawBufferPointer
  let path: String

  enum Failure: Error {
    case cannotOpen(String)
    case cannotMap(String)
  }

  init(path: String) throws {
    self.path = path
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure.cannotOpen(String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw Failure.cannotOpen(String(cString: strerror(errno)))
    }
    let size = Int(info.st_size)
    guard size > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    guard let address = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0),
      address != MAP_FAILED
    else { throw Failure.cannotMap(String(cString: strerror(errno))) }
    bytes = UnsafeRawBufferPointer(start: address, count: size)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }

  /// Tells the kernel that `range` is read here and there, not front to back: each fault
  /// then maps one page, not the 16 around it, so reading a few sentences of a 200 MB
  /// text section costs a few pages of memory, not a megabyte.
  func adviseRandomAccess(_ range: Range<Int>) {
    guard let base = bytes.baseAddress, !range.isEmpty else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let start = range.lowerBound / page * page
    madvise(UnsafeMutableRawPointer(mutating: base + start), range.upperBound - start, MADV_RANDOM)
  }

  /// `count` elements of `type` starting at byte `offset`, or nil if they do not fit or are
  /// misaligned: a damaged table of contents must not point outside the file.
  func elements<Element: BitwiseCopyable>(
    _ type: Element.Type, at offset: Int, count: Int
  ) -> UnsafeBufferPointer<Element>? {
    let stride = MemoryLayout<Element>.stride
    guard offset >= 0, count >= 0, count <= (bytes.count - min(offset, bytes.count)) / stride,
      offset % MemoryLayout<Element>.alignment == 0, let base = bytes.baseAddress
    else { return nil }
    if count == 0 { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(
      start: (base + offset).assumingMemoryBound(to: Element.self), count: count)
  }
}
