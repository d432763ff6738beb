/// The words one typing slip away from a word: Damerau–Levenshtein distance 1 (a letter
/// left out, one too many, one wrong, or two neighbours swapped).
///
/// The edits are generated rather than searched for in the index's vocabulary: a word of n
/// letters has about 54n of them, a few hundred, whereas the vocabulary of a large archive
/// has millions of terms.
enum SpellingEdits {
  static let alphabet = Array("abcdefghijklmnopqrstuvwxyz".utf8)

  /// Calls `body` with each word at distance 1 from `word`, a lower-cased ASCII word, in a
  /// fixed order: swaps first, then wrong letters, missing letters, extra letters. Swaps
  /// and wrong letters come first because they are the commonest slips, and the first edit
  /// that reads as a known term is the one shown to the user. A few edits come twice
  /// ("aab" from "ab" by an extra "a" at either place): callers see the same word again.
  static func forEachDistanceOne(from word: String, _ body: (String) -> Void) {
    let letters = Array(word.utf8)
    // One buffer for every edit: most words fit a String's inline storage, so an edit
    // costs no allocation.
    var buffer = letters
    buffer.reserveCapacity(letters.count + 1)
    func emit() { body(String(decoding: buffer, as: UTF8.self)) }
    for position in letters.indices.dropLast() where letters[position] != letters[position + 1] {
      buffer.swapAt(position, position + 1)
      emit()
      buffer.swapAt(position, position + 1)
    }
    for position in letters.indices {
      for letter in alphabet where letter != letters[position] {
        buffer[position] = letter
        emit()
      }
      buffer[position] = letters[position]
    }
    for position in letters.indices {
      buffer.remove(at: position)
      emit()
      buffer.insert(letters[position], at: position)
    }
    for position in 0...letters.count {
      buffer.insert(alphabet[0], at: position)
      for letter in alphabet {
        buffer[position] = letter
        emit()
      }
      buffer.remove(at: position)
    }
  }

  /// The distinct words at distance 1 from `word`, in the order `forEachDistanceOne` gives.
  static func distanceOne(from word: String) -> [String] {
    var seen: Set<String> = [word]
    var result: [String] = []
    forEachDistanceOne(from: word) { if seen.insert($0).inserted { result.append($0) } }
    return result
  }
}
