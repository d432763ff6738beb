/// Prepares a prompt for libedit: ANSI escape sequences take no screen columns, so they
/// are bracketed with the ignore character libedit was given (EL_PROMPT_ESC); otherwise
/// libedit counts them as text and the cursor lands in the wrong column.
enum PromptMarkup {
  static let ignore: Character = "\u{1}"

  static func mark(_ prompt: String, ignore: Character = PromptMarkup.ignore) -> String {
    // A caller that already bracketed its escapes knows better.
    if prompt.contains(ignore) { return prompt }
    var pieces = split(prompt)
    // libedit attaches an invisible run to the visible character after it and drops
    // a run at the very end (so a final colour reset would be lost and the typed
    // text would stay coloured). Moving the trailing run before trailing spaces
    // looks the same and keeps it.
    if case .invisible(let run)? = pieces.last,
      case .visible(let text)? = pieces.dropLast().last
    {
      let spaces = text.reversed().prefix { $0 == " " }.count
      if spaces > 0 {
        pieces.removeLast(2)
        if spaces < text.count { pieces.append(.visible(String(text.dropLast(spaces)))) }
        pieces.append(.invisible(run))
        pieces.append(.visible(String(repeating: " ", count: spaces)))
      }
    }
    // Adjacent runs must be bracketed as one: libedit needs a visible character right
    // after each bracketed run, and would drop the first of two neighbours.
    var marked = ""
    var run = ""
    for piece in pieces {
      switch piece {
      case .invisible(let escapes):
        run += escapes
      case .visible(let text):
        if !run.isEmpty { marked += "\(ignore)\(run)\(ignore)" }
        run = ""
        marked += text
      }
    }
    if !run.isEmpty { marked += "\(ignore)\(run)\(ignore)" }
    return marked
  }

  private enum Piece {
    case visible(String)
    case invisible(String)
  }

  /// Splits into visible text and runs of escape sequences.
  private static func split(_ prompt: String) -> [Piece] {
    var pieces: [Piece] = []
    var scalars = Substring(prompt).unicodeScalars[...]
    var visible = ""
    var invisible = ""
    func flushVisible() {
      if !visible.isEmpty { pieces.append(.visible(visible)) }
      visible = ""
    }
    func flushInvisible() {
      if !invisible.isEmpty { pieces.append(.invisible(invisible)) }
      invisible = ""
    }
    while let scalar = scalars.first {
      if scalar == "\u{1B}" {
        flushVisible()
        invisible += String(takeEscape(&scalars))
      } else {
        flushInvisible()
        visible.unicodeScalars.append(scalar)
        scalars.removeFirst()
      }
    }
    flushVisible()
    flushInvisible()
    return pieces
  }

  /// Consumes one escape sequence: CSI (ESC [ params final) or a two-character ESC x.
  private static func takeEscape(
    _ scalars: inout Substring.UnicodeScalarView.SubSequence
  ) -> String.UnicodeScalarView {
    var sequence = String.UnicodeScalarView()
    sequence.append(scalars.removeFirst())  // ESC
    guard let introducer = scalars.first else { return sequence }
    sequence.append(scalars.removeFirst())
    guard introducer == "[" else { return sequence }
    while let scalar = scalars.first {
      sequence.append(scalars.removeFirst())
      if (0x40...0x7E).contains(scalar.value) { break }  // CSI final byte
    }
    return sequence
  }
}
