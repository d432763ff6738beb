import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A read-only view of the WordNet 3.0 database files (see `man 5 wndb`).
///
/// Nothing is parsed up front: every file is memory-mapped and, because the index,
/// exception and count files are sorted, looked up by binary search over the mapped bytes;
/// a synset is parsed from data.* only when asked for, by its byte offset. Opening is
/// therefore a handful of mmap calls, and only the pages actually touched cost memory.
public struct WordNet: Sendable {
  let files: WordNetFiles
  /// The synsets that decide `nounClass`, resolved once per database.
  let classAnchors: [NounClassAnchor]

  /// Opens the database in `directory`; nil if an index or data file is missing or empty.
  public init?(directory: String) {
    guard let files = WordNetFiles(directory: directory) else { return nil }
    self.files = files
    self.classAnchors = NounClassAnchor.resolve(in: files)
  }
}

/// One line of an index.* file: a lemma's senses in one part of speech, most frequent first.
struct WordNetIndexEntry: Sendable {
  /// How many of the leading senses were ranked by tagged frequency (tagsense_cnt).
  let taggedSenseCount: Int
  let synsetOffsets: [Int]
}

/// The mapped files of one WordNet directory.
final class WordNetFiles: Sendable {
  private let index: [WordNetPOS: WordNetMappedFile]
  private let data: [WordNetPOS: WordNetMappedFile]
  private let exceptions: [WordNetPOS: WordNetMappedFile]
  /// cntlist.rev (sense key, sense number, tag count); optional, it only refines orderings.
  private let senseCounts: WordNetMappedFile?
  /// Each word's parts of speech once worked out, shared by every thread.
  let partsOfSpeechMemo = Memo<[WordNetPOS]>(capacity: 100_000)
  /// Each noun's coarse class once worked out (a walk up the hypernyms of three senses).
  let nounClassMemo = Memo<String>(capacity: 100_000)
  /// Each question word's looser relatives once gathered (dozens of synset reads). Each
  /// holds dozens of words, so fewer are kept: a few megabytes at most.
  let paraphraseMemo = Memo<Set<String>>(capacity: 10_000)
  /// Whether a word's commonest noun sense is a kind of a noun asked ("blue" of "color"),
  /// keyed by both: the sentence ranking asks it of every word it shows.
  let kindMemo = Memo<Bool>(capacity: 100_000)
  /// Each question word's graded relatives once gathered (dozens of synset reads).
  let gradedRelativesMemo = Memo<[String: WordRelation]>(capacity: 10_000)
  /// Each word's lemmas once looked up, one memo per part of speech.
  let lemmasMemo = WordNetPOS.Memos<[String]>(capacity: 50_000)

  init?(directory: String) {
    var index: [WordNetPOS: WordNetMappedFile] = [:]
    var data: [WordNetPOS: WordNetMappedFile] = [:]
    var exceptions: [WordNetPOS: WordNetMappedFile] = [:]
    for pos in WordNetPOS.allCases {
      guard let indexFile = WordNetMappedFile(path: "\(directory)/index.\(pos.fileSuffix)"),
        let dataFile = WordNetMappedFile(path: "\(directory)/data.\(pos.fileSuffix)")
      else { return nil }
      index[pos] = indexFile
      data[pos] = dataFile
      exceptions[pos] = WordNetMappedFile(path: "\(directory)/\(pos.fileSuffix).exc")
    }
    self.index = index
    self.data = data
    self.exceptions = exceptions
    self.senseCounts = WordNetMappedFile(path: "\(directory)/cntlist.rev")
  }

  func indexEntry(_ lemma: String, _ pos: WordNetPOS) -> WordNetIndexEntry? {
    guard let file = index[pos], let start = file.lineStart(forKey: lemma) else { return nil }
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    var fields = file.fields(from: start)
    guard fields.next() != nil, fields.next() != nil, let synsetCount = fields.nextInt(),
      let pointerKinds = fields.nextInt()
    else { return nil }
    for _ in 0..<pointerKinds { _ = fields.next() }
    guard fields.next() != nil, let tagged = fields.nextInt() else { return nil }
    var offsets: [Int] = []
    offsets.reserveCapacity(synsetCount)
    for _ in 0..<synsetCount {
      guard let offset = fields.nextInt() else { break }
      offsets.append(offset)
    }
    return WordNetIndexEntry(taggedSenseCount: tagged, synsetOffsets: offsets)
  }

  func contains(_ lemma: String, _ pos: WordNetPOS) -> Bool {
    index[pos]?.lineStart(forKey: lemma) != nil
  }

  /// The base forms an exception list gives for an irregular inflection ("geese" → goose).
  func exceptionBases(_ form: String, _ pos: WordNetPOS) -> [String] {
    guard let file = exceptions[pos], let start = file.lineStart(forKey: form) else { return [] }
    var fields = file.fields(from: start)
    _ = fields.next()
    var bases: [String] = []
    while let base = fields.nextString() { bases.append(base) }
    return bases
  }

  /// Every irregular form an exception list holds, with its first base form.
  func allExceptions(_ pos: WordNetPOS) -> [String: String] {
    guard let file = exceptions[pos] else { return [:] }
    var result: [String: String] = [:]
    file.forEachLine(withPrefix: []) { start in
      var fields = file.fields(from: start)
      if let form = fields.nextString(), let base = fields.nextString() { result[form] = base }
    }
    return result
  }

  /// Tag counts in the semantic concordances, keyed by sense number (1 = first in the index).
  func tagCounts(_ lemma: String, _ pos: WordNetPOS) -> [Int: Int] {
    guard let file = senseCounts else { return [:] }
    var counts: [Int: Int] = [:]
    for type in pos.senseKeyTypes {
      file.forEachLine(withPrefix: Array("\(lemma)%\(type):".utf8)) { start in
        var fields = file.fields(from: start)
        _ = fields.next()
        if let sense = fields.nextInt(), let count = fields.nextInt() {
          counts[sense, default: 0] += count
        }
      }
    }
    return counts
  }

  /// The synset at `id`, with only the pointers whose symbol is in `pointerSymbols` (all when
  /// nil): general synsets such as person.n.01 have hundreds of hyponym pointers, and
  /// skipping them is most of the cost of walking up the hierarchy.
  func synset(_ id: SynsetID, pointerSymbols: [String]? = nil) -> Synset? {
    guard let file = data[id.pos], id.offset >= 0, id.offset < file.bytes.count,
      id.offset == 0 || file.bytes[id.offset - 1] == UInt8(ascii: "\n")
    else { return nil }
    // synset_offset lex_filenum ss_type w_cnt word lex_id [...] p_cnt [ptr...] | gloss
    var fields = file.fields(from: id.offset)
    // A stale or wrong offset lands mid-line; the line's own offset field exposes that.
    guard fields.nextInt() == id.offset, fields.next() != nil, fields.next() != nil,
      let wordCount = fields.nextInt(radix: 16)
    else { return nil }
    var words: [String] = []
    for _ in 0..<wordCount {
      guard let word = fields.nextString() else { return nil }
      _ = fields.next()
      // Adjectives may carry a syntactic marker such as "(a)" or "(ip)"; it is not the word.
      words.append(word.hasSuffix(")") ? String(word.prefix { $0 != "(" }) : word)
    }
    guard let pointerCount = fields.nextInt() else { return nil }
    var pointers: [SynsetPointer] = []
    let wanted = pointerSymbols?.map { Array($0.utf8) }
    for _ in 0..<(wanted?.isEmpty == true ? 0 : pointerCount) {
      guard let symbolField = fields.next() else { return nil }
      let symbolBytes = UnsafeBufferPointer(rebasing: file.bytes[symbolField])
      guard wanted?.contains(where: { symbolBytes.elementsEqual($0) }) ?? true else {
        fields.skipPointerTail()
        continue
      }
      let symbol = String(decoding: symbolBytes, as: UTF8.self)
      guard let offset = fields.nextInt(), let posField = fields.next(),
        let pos = WordNetPOS(letter: file.bytes[posField.lowerBound]),
        let sourceTarget = fields.nextInt(radix: 16)
      else { return nil }
      pointers.append(
        SynsetPointer(
          symbol: symbol, target: SynsetID(pos: pos, offset: offset),
          sourceWord: sourceTarget >> 8, targetWord: sourceTarget & 0xFF))
    }
    return Synset(id: id, words: words, pointers: pointers)
  }
}

/// A read-only memory map of one file, with searches over its sorted lines.
///
/// `@unchecked Sendable` because the mapping is created in `init`, never written
/// (PROT_READ) and unmapped only in `deinit`, so concurrent readers cannot race.
final class WordNetMappedFile: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>

  init?(path: String) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
    let size = Int(status.st_size)
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    else { return nil }
    bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
  }

  deinit {
    munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
  }

  /// The start of the line whose first field is exactly `key`, in a file sorted by byte value
  /// (the WordNet licence header lines start with a space, so they sort first and never match).
  func lineStart(forKey key: String) -> Int? {
    guard !key.isEmpty else { return nil }
    var found: Int?
    forEachLine(withPrefix: Array(key.utf8) + [UInt8(ascii: " ")]) { start in
      if found == nil { found = start }
    }
    return found
  }

  /// Calls `body` with the start of each line beginning with `prefix`, in file order.
  func forEachLine(withPrefix prefix: [UInt8], _ body: (Int) -> Void) {
    var start = firstLine(notBefore: prefix)
    while start < bytes.count, hasPrefix(prefix, at: start) {
      body(start)
      start = lineEnd(from: start) + 1
    }
  }

  /// Binary search for the first line that sorts at or after `prefix`.
  private func firstLine(notBefore prefix: [UInt8]) -> Int {
    var low = 0
    var high = bytes.count
    while low < high {
      var start = (low + high) / 2
      while start > low, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
      if sortsBefore(lineAt: start, prefix) {
        low = lineEnd(from: start) + 1
      } else {
        high = start
      }
    }
    return low
  }

  private func sortsBefore(lineAt start: Int, _ prefix: [UInt8]) -> Bool {
    var position = start
    for byte in prefix {
      guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else { return true }
      if bytes[position] != byte { return bytes[position] < byte }
      position += 1
    }
    return false
  }

  private func hasPrefix(_ prefix: [UInt8], at start: Int) -> Bool {
    guard bytes.count - start >= prefix.count else { return false }
    for (index, byte) in prefix.enumerated() where bytes[start + index] != byte { return false }
    return true
  }

  func lineEnd(from start: Int) -> Int {
    var position = start
    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
    return position
  }

  func fields(from start: Int) -> WordNetLineFields {
    WordNetLineFields(bytes: bytes, position: start, end: lineEnd(from: start))
  }
}

/// Space-separated fields of one line of a mapped file.
struct WordNetLineFields {
  let bytes: UnsafeBufferPointer<UInt8>
  var position: Int
  let end: Int

  mutating func next() -> Range<Int>? {
    while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
    guard position < end else { return nil }
    let start = position
    while position < end, bytes[position] != UInt8(ascii: " ") { position += 1 }
    return start..<position
  }

  /// Skips " offset pos source/target" after a pointer symbol. Those fields have fixed widths
  /// (8, 1 and 4), so a jump replaces scanning; odd spacing falls back to reading fields.
  mutating func skipPointerTail() {
    let space = UInt8(ascii: " ")
    if position + 16 <= end, bytes[position] == space, bytes[position + 9] == space,
      bytes[position + 11] == space, position + 16 == end || bytes[position + 16] == space
    {
      position += 16
    } else {
      for _ in 0..<3 { _ = next() }
    }
  }

  mutating func nextString() -> String? {
    next().map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
  }

  mutating func nextInt(radix: Int = 10) -> Int? {
    guard let range = next(), range.count <= 12 else { return nil }
    var value = 0
    for byte in bytes[range] {
      let digit: Int
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte - UInt8(ascii: "a")) + 10
      default: return nil
      }
      guard digit < radix else { return nil }
      value = value * radix + digit
    }
    return value
  }
}
