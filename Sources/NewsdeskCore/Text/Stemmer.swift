import CStemmer

/// English Snowball stemmer. The only file that calls libstemmer.
///
/// libstemmer keeps per-call state inside the `sb_stemmer`, so an instance must not be shared
/// between threads: each loading worker makes its own.
public final class Stemmer {
  private let handle: OpaquePointer?

  public init() {
    handle = sb_stemmer_new("english", "UTF_8")
  }

  deinit {
    if let handle { sb_stemmer_delete(handle) }
  }

  /// The stem of a lower-cased word. Falls back to the word itself if libstemmer is unavailable.
  public func stem(_ word: String) -> String {
    guard let handle else { return word }
    var word = word
    return word.withUTF8 { bytes -> String in
      guard let base = bytes.baseAddress,
        let result = sb_stemmer_stem(handle, base, Int32(bytes.count))
      else { return String(decoding: bytes, as: UTF8.self) }
      let length = Int(sb_stemmer_length(handle))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
  }
}
