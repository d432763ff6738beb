import Foundation

/// An open file mapped read-only into memory, unmapped with its last user: the C calls
/// (mmap, madvise, munmap) behind one Swift type.
///
/// A warm start uses the saved index in place through this: its columns point into the
/// mapping, so nothing is copied or decoded, the pages a query touches are shared with the
/// page cache (another newsdesk on the same index shares them too), and pages no query
/// touches never become part of the process.
///
/// A mapped file that is cut short behind the mapping's back raises SIGBUS when a page past
/// the new end is touched. newsdesk never shortens a saved index in place: a new one is
/// written to a temporary file and renamed over the path, which leaves the mapped file
/// whole until the last user unmaps it, and pruning the cache folder only unlinks.
final class MappedFile: @unchecked Sendable {
  // Unchecked: the mapping is read-only and stays valid until deinit, when no one else can
  // hold the object.
  let bytes: UnsafeRawBufferPointer
  /// Kept open for the mapping's lifetime, so the file it maps stays the same file.
  let file: OpenFile

  /// Maps all of `file`, or returns nil if the system refuses (no address space, or a file
  /// system that cannot map); the caller then reads the file instead.
  init?(_ file: OpenFile) {
    self.file = file
    guard file.size > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    let address = mmap(nil, file.size, PROT_READ, MAP_SHARED, file.descriptor, 0)
    guard let address, address != MAP_FAILED else { return nil }
    bytes = UnsafeRawBufferPointer(start: address, count: file.size)
  }

  deinit {
    if let base = bytes.baseAddress {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    }
  }

  /// The bytes from `offset`, `count` long; the caller has checked they lie in the file.
  func slice(offset: Int, count: Int) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
  }

  /// Lets go of the pages wholly inside `offset..<offset + count` that this process has
  /// touched: they stay in the page cache, and are read back from it if touched again, but
  /// no longer count as this process's memory. For sections read once at start and copied
  /// (a saved index's list of files, its sentences' locations).
  func release(offset: Int, count: Int) {
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let start = (offset + page - 1) / page * page
    let end = (offset + count) / page * page
    guard let base = bytes.baseAddress, page > 0, end > start else { return }
    _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
  }

}
