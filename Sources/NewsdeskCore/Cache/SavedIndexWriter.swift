import Foundation

/// Writes a saved index: into a temporary file beside the final one, renamed over it only
/// when complete, so a crash, a full disk or a second newsdesk never leaves a torn index
/// where the next start would look, and the previous index stays intact until then.
///
/// Article text is appended by the loading workers while they read (any thread), so the
/// bodies of an archive never have to be held in memory at once; the other sections follow.
/// The first failed write (a full disk, a file-size limit) stops all writing; the load goes
/// on with the text it still holds, and the caller reports one warning.
final class SavedIndexWriter: @unchecked Sendable {
  // Unchecked: the mutable state below is only touched while holding `lock`.
  let finalPath: String
  let temporaryPath: String
  private let descriptor: Int32
  private let lock = NSLock()
  private var end = SavedIndexFormat.headerSize
  private var textHash = ContentHash()
  private var textChunks = ChunkedHash()
  private var sections: [SavedIndexFormat.SectionEntry] = []
  private(set) var failure: String?
  /// Held until the file is renamed into place or removed: no other newsdesk writes this
  /// index meanwhile.
  private var indexLock: SavedIndexLock?
  private var interruptCleanup: InterruptCleanup.Registration?
  /// Renamed into place or removed.
  private var finished = false

  /// Starts a temporary file beside the index, holding `lock` (the index's, when it could be
  /// taken) until the writer is done with. The file is removed if newsdesk is interrupted
  /// before it is renamed into place.
  init(folder: String, corpusKey: UInt64, lock: SavedIndexLock?) throws {
    // A write past a file-size limit would otherwise kill the process instead of failing.
    signal(SIGXFSZ, SIG_IGN)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    finalPath = folder + "/" + SavedIndexFormat.fileName(corpusKey: corpusKey)
    temporaryPath = SavedIndexFolder.temporaryPath(forIndex: finalPath)
    indexLock = lock
    // Registered before the file exists, so there is no moment when an interrupt leaves it.
    interruptCleanup = InterruptCleanup.removeOnInterrupt(path: temporaryPath)
    descriptor = open(temporaryPath, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      let error = String(cString: strerror(errno))
      interruptCleanup.map(InterruptCleanup.cancel)
      throw SavedIndexWriterError(error)
    }
  }

  deinit {
    close(descriptor)
    // Neither committed nor abandoned: nothing will ever read the file.
    if !finished { finish(removing: true) }
  }

  /// Must be called holding `lock` (or from deinit).
  private func finish(removing: Bool) {
    if removing { unlink(temporaryPath) }
    finished = true
    interruptCleanup.map(InterruptCleanup.cancel)
    interruptCleanup = nil
    indexLock = nil
  }

  /// The file being written, opened again for reading: after `commit` it is the saved index,
  /// read as the file it is, whatever another newsdesk renames over its path later.
  func openForReading() throws -> OpenFile {
    try OpenFile(duplicating: descriptor, path: finalPath)
  }

  var hasFailed: Bool {
    lock.lock()
    defer { lock.unlock() }
    return failure != nil
  }

  /// Appends article text; returns where it starts in the text section, or nil once
  /// writing has failed (the caller then keeps the text in memory).
  func appendText(_ bytes: UnsafeRawBufferPointer) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard failure == nil else { return nil }
    let offset = end
    guard write(bytes, at: offset) else { return nil }
    textHash.update(bytes)
    textChunks.update(bytes)
    end += bytes.count
    return offset - SavedIndexFormat.headerSize
  }

  /// Copies text from another file (the previous saved index) without bringing it into
  /// this process's memory; returns where it starts in the text section.
  func copyText(from source: Int32, at sourceOffset: Int, count: Int) -> Int? {
    let buffer = UnsafeMutableRawBufferPointer.allocate(
      byteCount: min(count, 1 << 20), alignment: 8)
    defer { buffer.deallocate() }
    var start: Int?
    var copied = 0
    while copied < count {
      let wanted = min(buffer.count, count - copied)
      let got = pread(source, buffer.baseAddress, wanted, off_t(sourceOffset + copied))
      guard got > 0 else {
        fail("cannot read the previous index: \(String(cString: strerror(errno)))")
        return nil
      }
      guard let offset = appendText(UnsafeRawBufferPointer(rebasing: buffer[0..<got])) else {
        return nil
      }
      if start == nil { start = offset }
      copied += got
    }
    return start ?? textLength
  }

  var textLength: Int {
    lock.lock()
    defer { lock.unlock() }
    return end - SavedIndexFormat.headerSize
  }

  /// Closes the text section, and adds its pieces' checksums; the other sections follow.
  func endText() {
    lock.lock()
    sections.append(
      .init(
        kind: SavedIndexFormat.Section.text.rawValue, offset: UInt64(SavedIndexFormat.headerSize),
        length: UInt64(end - SavedIndexFormat.headerSize), checksum: textHash.finalize()))
    let chunks = textChunks.finalize()
    lock.unlock()
    chunks.withUnsafeBytes { appendSection(.textChunks, $0) }
  }

  func appendSection(_ kind: SavedIndexFormat.Section, _ bytes: UnsafeRawBufferPointer) {
    lock.lock()
    defer { lock.unlock() }
    guard failure == nil else { return }
    let offset = SavedIndexFormat.aligned(end)
    guard write(bytes, at: offset) else { return }
    sections.append(
      .init(
        kind: kind.rawValue, offset: UInt64(offset), length: UInt64(bytes.count),
        checksum: ContentHash.of(bytes)))
    end = offset + bytes.count
  }

  /// Writes the header and renames the file into place. Throws, leaving the previous
  /// index alone, if any write failed.
  func commit(identity: UInt64, corpusKey: UInt64) throws {
    lock.lock()
    defer { lock.unlock() }
    if let failure { throw SavedIndexWriterError(failure) }
    guard sections.count <= SavedIndexFormat.maximumSections else {
      throw SavedIndexWriterError("too many sections")
    }
    let header = SavedIndexFormat.encode(
      .init(identity: identity, corpusKey: corpusKey, sections: sections))
    let written = header.withUnsafeBytes { write($0, at: 0) }
    if !written { throw SavedIndexWriterError(failure ?? "cannot write the header") }
    // No fsync: a file torn by a power cut fails its checksums and is rebuilt, which is
    // cheaper than waiting for hundreds of megabytes to reach the disk on every save.
    guard rename(temporaryPath, finalPath) == 0 else {
      throw SavedIndexWriterError(String(cString: strerror(errno)))
    }
    finish(removing: false)
  }

  /// Removes the temporary file (after `commit` failed or was not wanted).
  func abandon() {
    lock.lock()
    defer { lock.unlock() }
    finish(removing: true)
  }

  /// Must be called holding `lock`.
  private func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
    var done = 0
    while done < bytes.count {
      let wrote = pwrite(
        descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
      if wrote < 0 && errno == EINTR { continue }
      guard wrote > 0 else {
        failure = failure ?? String(cString: strerror(errno))
        return false
      }
      done += wrote
    }
    return true
  }

  /// Stops all further writing; `commit` will then throw `reason`.
  func fail(_ reason: String) {
    lock.lock()
    failure = failure ?? reason
    lock.unlock()
  }
}

struct SavedIndexWriterError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
