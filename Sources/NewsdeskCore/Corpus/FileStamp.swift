import Foundation

/// What a file's metadata says about its contents: if none of these changed since the saved
/// index was written, the file is taken as unchanged without reading it (as git does).
///
/// The change time is in it because `chmod` and `touch -m -d` leave the modification time
/// alone but not the change time; when only the stamp changed, the content hash decides.
struct FileStamp: Sendable, Equatable {
  var size: UInt64
  var modified: Int64
  var changed: Int64
  var inode: UInt64

  init(size: UInt64, modified: Int64, changed: Int64, inode: UInt64) {
    self.size = size
    self.modified = modified
    self.changed = changed
    self.inode = inode
  }

  init(_ info: stat) {
    size = UInt64(max(0, info.st_size))
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    inode = UInt64(info.st_ino)
  }

  /// The stamp of the file at `path` now, or nil if it cannot be examined.
  static func of(path: String) -> FileStamp? {
    var info = stat()
    return stat(path, &info) == 0 ? FileStamp(info) : nil
  }
}
