/// A fixed, read-only array of plain values, kept either in its own allocation or inside a
/// saved index mapped from disk.
///
/// The index of an archive is a handful of these, each millions long. Built in memory they
/// are one allocation each, with no per-element objects; loaded from the cache they point
/// straight into the mapped file, so a warm start copies nothing and only the pages a query
/// touches become resident.
struct Column<Element: BitwiseCopyable>: @unchecked Sendable {
  // Unchecked: the buffer is never written after construction and `owner` keeps its memory
  // alive, so sharing a Column between threads is safe.
  private let owner: AnyObject?
  let buffer: UnsafeBufferPointer<Element>

  init() {
    owner = nil
    buffer = UnsafeBufferPointer(start: nil, count: 0)
  }

  /// Copies `elements` into a new allocation.
  init(_ elements: some Collection<Element>) {
    let storage = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
    _ = storage.initialize(from: elements)
    self.init(adopting: storage)
  }

  /// Takes ownership of an allocation the caller filled in.
  init(adopting storage: UnsafeMutableBufferPointer<Element>) {
    owner = Allocation(storage)
    buffer = UnsafeBufferPointer(storage)
  }

  /// Points into memory that `owner` keeps alive (a mapped cache file).
  init(borrowing buffer: UnsafeBufferPointer<Element>, owner: AnyObject) {
    self.owner = owner
    self.buffer = buffer
  }

  /// A column of `count` elements filled in by `fill`, without an intermediate array.
  static func build(
    count: Int, _ fill: (UnsafeMutableBufferPointer<Element>) throws -> Void
  ) rethrows -> Column {
    let storage = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
    do {
      try fill(storage)
    } catch {
      storage.deallocate()
      throw error
    }
    return Column(adopting: storage)
  }

  var count: Int { buffer.count }
  var isEmpty: Bool { buffer.isEmpty }

  @inline(__always)
  subscript(position: Int) -> Element { buffer[position] }

  /// This column followed by `other`, in a new allocation.
  func appending(_ other: Column) -> Column {
    if other.isEmpty { return self }
    if isEmpty { return other }
    return Column.build(count: count + other.count) { storage in
      _ = UnsafeMutableBufferPointer(rebasing: storage[..<count]).initialize(from: buffer)
      _ = UnsafeMutableBufferPointer(rebasing: storage[count...]).initialize(from: other.buffer)
    }
  }

  var raw: UnsafeRawBufferPointer { UnsafeRawBufferPointer(buffer) }
}

/// Owns one allocation and frees it with the last Column that uses it.
private final class Allocation<Element> {
  let storage: UnsafeMutableBufferPointer<Element>
  init(_ storage: UnsafeMutableBufferPointer<Element>) { self.storage = storage }
  deinit { storage.deallocate() }
}
