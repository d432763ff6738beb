import FuzzSupport
import NewsdeskCore

// The `.qa` script parser on any text. A script it accepts must keep every line it was given
// (`--update` rewrites the file from them, so a lost line is lost from the user's file), and
// every item must name a line of the file, in order.

let parser = QAScriptParser()

func itemLine(_ item: QAItem) -> Int {
  switch item {
  case .question(let qaCase): qaCase.line
  case .command(_, let line): line
  case .conversationBreak(let line): line
  }
}

FuzzDriver.run { input in
  let text = String(decoding: input, as: UTF8.self)
  switch parser.parse(text, path: "fuzz.qa") {
  case .failure(let errors):
    fuzzRequire(!errors.errors.isEmpty, "rejected with no error")
  case .success(let script):
    let newline = script.usesCRLF ? "\r\n" : "\n"
    let rebuilt =
      script.lines.joined(separator: newline)
      + (script.endsWithNewline && !script.lines.isEmpty ? newline : "")
    let original = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    fuzzRequire(
      rebuilt == original || (script.lines.isEmpty && original.isEmpty),
      "the lines do not rebuild the file: \(original.debugDescription) became "
        + rebuilt.debugDescription)
    var previous = 0
    for item in script.items {
      let line = itemLine(item)
      fuzzRequire(
        line >= previous && (1...script.lines.count).contains(line),
        "item on line \(line) of \(script.lines.count), after line \(previous)")
      previous = line
      if case .question(let qaCase) = item {
        fuzzRequire(
          !qaCase.question.isEmpty && qaCase.lastLine <= script.lines.count,
          "an empty question or expectations past the end")
      }
    }
  }
}
