/// HTML character references left in plain-text articles ("caf&#233;", "R&amp;B").
///
/// News copy saved from web pages often keeps the page's references in its text: read
/// literally, "caf&#233;" is a word "caf" and a number 233 that a how-many question can
/// take for an answer, and "R&amp;B" shows as such. No news prose writes "&#233;" or
/// "&amp;" meaning those characters literally, so the body of a text or Markdown article is
/// read with numeric references and the few named ones HTML text uses decoded. An
/// ampersand not followed by a known reference and a semicolon ("AT&T", "M&S") is kept.
enum CharacterReferences {
  /// The named references decoded: XML's five and the no-break space.
  static let named: [String: Character] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
  ]
  /// The longest reference read, semicolon excluded ("&#x1F600" is 8).
  static let longestReference = 8

  /// `text` with its character references decoded; `text` itself when it has none.
  static func decoded(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var index = text.startIndex
    while let ampersand = text[index...].firstIndex(of: "&") {
      result += text[index..<ampersand]
      let after = text.index(after: ampersand)
      if let (character, end) = reference(in: text, from: after) {
        result.append(character)
        index = end
      } else {
        result.append("&")
        index = after
      }
    }
    result += text[index...]
    return result
  }

  /// The character of a reference starting after its "&", and where the text goes on after
  /// its ";".
  static func reference(in text: String, from start: String.Index) -> (Character, String.Index)? {
    let window = text[start...].prefix(longestReference + 1)
    guard let semicolon = window.firstIndex(of: ";") else { return nil }
    let name = window[..<semicolon]
    let end = text.index(after: semicolon)
    if let character = named[String(name)] { return (character, end) }
    guard name.first == "#" else { return nil }
    let digits = name.dropFirst()
    let value: UInt32?
    if digits.first == "x" || digits.first == "X" {
      value = UInt32(digits.dropFirst(), radix: 16)
    } else {
      value = UInt32(digits, radix: 10)
    }
    // Control characters and surrogates are no text.
    guard let value, value >= 0x20, let scalar = Unicode.Scalar(value) else { return nil }
    return (Character(scalar), end)
  }
}
