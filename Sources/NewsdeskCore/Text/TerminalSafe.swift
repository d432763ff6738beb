/// Text from articles, titles, file names or the history, made safe to print on a terminal.
///
/// An article can hold escape sequences that set the window title (`ESC ]0;…BEL`), clear
/// the screen (`ESC [2J`) or write the clipboard (OSC 52), and a file name can hold a newline
/// that forges a `newsdesk: warning` line. Every control character is therefore shown as a
/// visible escape instead of being sent:
/// - C0 characters (U+0000–U+001F) other than tab and newline, and DEL, in caret notation as
///   terminals echo them: ESC is `^[`, BEL `^G`, CR `^M`, DEL `^?`;
/// - C1 characters (U+0080–U+009F) as `\u{9B}`: they have no caret form, and some terminals
///   act on them (U+009B starts a sequence like `ESC [`).
///
/// The escape sequence's printable rest stays as it was, so `ESC [2J` shows as `^[[2J`.
public struct TerminalSafe: Sendable, Equatable, CustomStringConvertible {
  public let original: String

  public init(_ original: String) {
    self.original = original
  }

  /// For running text of several lines: tab and newline are kept, every other control
  /// character escaped.
  public var text: String { Self.escape(original, keepingNewlines: true) }

  /// For what must stay on one line (a title, a sentence, an answer, a path): like `text`,
  /// but a newline is escaped too (`^J`).
  public var line: String { Self.escape(original, keepingNewlines: false) }

  /// For a name inside a one-line message: in double quotes, with newline, tab, quote and
  /// backslash escaped too (`\n`, `\t`, `\"`, `\\`), so the name cannot end the line or
  /// blur where it ends.
  public var quoted: String {
    var output = "\""
    for scalar in original.unicodeScalars {
      switch scalar {
      case "\n": output += "\\n"
      case "\t": output += "\\t"
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      default: Self.append(scalar, to: &output)
      }
    }
    return output + "\""
  }

  public var description: String { line }

  /// The last guard at the output boundary, for text newsdesk has styled itself: like
  /// `text`, but an SGR sequence (`ESC [ digits and ; m`, colour and bold) passes, because
  /// newsdesk's own styling is made of them. Strings from articles are escaped with `text`
  /// before they are styled, so an article's own SGR sequence never reaches here whole.
  public static func keepingStyles(_ text: String) -> String {
    guard needsEscaping(text) else { return text }
    var output = ""
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      if scalars[index] == "\u{1B}", let end = styleSequenceEnd(scalars, from: index) {
        output.unicodeScalars.append(contentsOf: scalars[index...end])
        index = end + 1
        continue
      }
      if scalars[index] == "\n" || scalars[index] == "\t" {
        output.unicodeScalars.append(scalars[index])
      } else {
        append(scalars[index], to: &output)
      }
      index += 1
    }
    return output
  }

  /// Whether any character would be escaped (tab and newline would not).
  public static func needsEscaping(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      // C1 characters are encoded as 0xC2 0x80…0x9F in UTF-8.
      if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F
        || (previous == 0xC2 && (0x80...0x9F).contains(byte))
      {
        return true
      }
      previous = byte
    }
    return false
  }

  static func escape(_ text: String, keepingNewlines: Bool) -> String {
    guard needsEscaping(text) || (!keepingNewlines && text.utf8.contains(0x0A)) else {
      return text
    }
    var output = ""
    for scalar in text.unicodeScalars {
      if scalar == "\t" || (keepingNewlines && scalar == "\n") {
        output.unicodeScalars.append(scalar)
      } else {
        append(scalar, to: &output)
      }
    }
    return output
  }

  /// Appends `scalar`, or its visible escape when it is a control character.
  private static func append(_ scalar: Unicode.Scalar, to output: inout String) {
    switch scalar.value {
    case 0x00..<0x20:
      output += "^"
      output.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
    case 0x7F:
      output += "^?"
    case 0x80...0x9F:
      output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    default:
      output.unicodeScalars.append(scalar)
    }
  }

  /// The index of the `m` that ends an SGR sequence starting at `start`, or nil.
  private static func styleSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var index = start + 2
    // Bounded: newsdesk's own sequences are a few characters long.
    while index < scalars.count, index - start < 16 {
      let scalar = scalars[index]
      if scalar == "m" { return index }
      guard scalar == ";" || ("0"..."9").contains(scalar) else { return nil }
      index += 1
    }
    return nil
  }
}
