import CLineEditShim

/// A history list with no terminal attached, in libedit's own format. Saving goes through
/// one: it reads the file on disk, takes this session's new lines, and is written out whole,
/// so two shells that save in turn keep each other's lines.
///
/// A class because it owns a C resource that must be freed exactly once; used by one thread.
final class HistoryList {
  private let list: OpaquePointer

  /// nil when libedit cannot allocate a list.
  init?(limit: Int) {
    guard let list = nd_history_create(Int32(clamping: limit)) else { return nil }
    self.list = list
  }

  deinit { nd_history_destroy(list) }

  /// Appends the entries of a history file that `HistoryFile` has checked.
  func load(_ path: String) {
    _ = nd_history_list_load(list, path)
  }

  /// Adds an entry as the newest; the oldest goes when the list is full, and a repeat of
  /// the newest entry is dropped.
  func add(_ line: String) {
    nd_history_list_add(list, line)
  }

  /// Writes the list to `descriptor` and closes it. Returns 0, or an errno value.
  func write(to descriptor: Int32) -> Int32 {
    nd_history_list_save_fd(list, descriptor)
  }
}
