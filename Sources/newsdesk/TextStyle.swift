/// ANSI styling that turns itself off: with colour disabled every style is the identity.
struct TextStyle: Sendable {
  var enabled: Bool

  func bold(_ text: String) -> String { wrap(text, "1") }
  func dim(_ text: String) -> String { wrap(text, "2") }
  func answer(_ text: String) -> String { wrap(text, "1;32") }
  /// With colour off the text stays plain: markup would read as part of the article's words
  /// (JSON gives the highlighted span as offsets instead).
  func highlight(_ text: String) -> String { wrap(text, "1;33") }
  func warning(_ text: String) -> String { wrap(text, "33") }
  func prompt(_ text: String) -> String { wrap(text, "1;36") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Word-wraps `text` to `width` columns with `indent` before every line. ANSI escapes do
  /// not count towards the width.
  /// `hanging`, when given, indents the lines after the first instead (numbered lines whose
  /// text lines up after the number).
  static func wrap(_ text: String, width: Int?, indent: String, hanging: String? = nil) -> String {
    guard let width, width > indent.count + 20 else { return indent + text }
    let later = hanging ?? indent
    var lines: [String] = []
    // Leading spaces (a right-aligned number) are kept on the first line.
    let leading = text.prefix { $0 == " " }
    var current = String(leading)
    var currentWidth = leading.count
    var lineHasWord = false
    // Empty pieces keep runs of spaces inside the text ("Who    Carlos Ghosn").
    for word in text.dropFirst(leading.count).split(
      separator: " ", omittingEmptySubsequences: false)
    {
      let wordWidth = visibleWidth(word)
      let lineIndent = lines.isEmpty ? indent : later
      if lineHasWord, lineIndent.count + currentWidth + 1 + wordWidth > width {
        lines.append(lineIndent + current)
        current = ""
        currentWidth = 0
        lineHasWord = false
      }
      if lineHasWord {
        current += " "
        currentWidth += 1
      }
      current += word
      currentWidth += wordWidth
      lineHasWord = true
    }
    lines.append((lines.isEmpty ? indent : later) + current)
    return lines.joined(separator: "\n")
  }

  static func visibleWidth(_ text: Substring) -> Int {
    var width = 0
    var inEscape = false
    for character in text {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if character.isLetter { inEscape = false }
      } else {
        width += 1
      }
    }
    return width
  }
}
