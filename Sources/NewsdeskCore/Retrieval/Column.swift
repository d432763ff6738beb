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

  /// The same memory seen as elements of another type (a saved section read as bytes), or
  /// nil if it is not a whole number of them.
  func reinterpreted<Other: BitwiseCopyable>(as type: Other.Type) -> Column<Other>? {
    let stride = MemoryLayout<Other>.stride
    guard raw.count % stride == 0 else { return nil }
    guard let base = raw.baseAddress, let owner else { return Column<Other>() }
    precondition(Int(bitPattern: base) % MemoryLayout<Other>.alignment == 0)
    return Column<Other>(
      borrowing: UnsafeBufferPointer(
        start: base.assumingMemoryBound(to: Other.self), count: raw.count / stride),
      owner: owner)
  }
}

extension Column<UInt8> {
  /// `count` bytes read by `fill` into a new eight-byte-aligned allocation, so they can later
  /// be seen as a column of any integer type; nil if `fill` returns false.
  static func reading(count: Int, _ fill: (UnsafeMutableRawBufferPointer) -> Bool) -> Column? {
    let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 8)
    let owner = RawAllocation(storage)
    let bytes = UnsafeMutableRawBufferPointer(rebasing: storage[0..<count])
    guard fill(bytes) else { return nil }
    return Column(
      borrowing: UnsafeBufferPointer(
        start: storage.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count),
      owner: owner)
  }
}

/// Owns raw memory and frees it with the last Column that uses it.
private final class RawAllocation {
  let storage: UnsafeMutableRawBufferPointer
  init(_ storage: UnsafeMutableRawBufferPointer) { self.storage = storage }
  deinit { storage.deallocate() }
}

/// Owns one allocation and frees it with the last Column that uses it.
private final class Allocation<Element> {
  let storage: UnsafeMutableBufferPointer<Element>
  init(_ storage: UnsafeMutableBufferPointer<Element>) { self.storage = storage }
  deinit { storage.deallocate() }
}
