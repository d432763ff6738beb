import CLineEditShim

/// Lays out completion candidates in columns, the way shells list ambiguous completions.
enum CandidateListing {
  /// Past this many, the list is cut short: a screenful of names helps nobody.
  static let limit = 60

  /// Returns the text to print (ending in a newline) for a terminal `columns` wide.
  static func render(_ candidates: [String], columns: Int) -> String {
    let shown = Array(candidates.prefix(limit))
    let widths = shown.map(displayWidth)
    let cell = (widths.max() ?? 0) + 2
    let perRow = max(1, columns / max(cell, 1))
    let rows = (shown.count + perRow - 1) / perRow
    var text = ""
    // Column-major order, so the list reads top to bottom like `ls`.
    for row in 0..<rows {
      var line = ""
      for column in 0..<perRow {
        let index = column * rows + row
        guard index < shown.count else { break }
        let isLastInRow = (column + 1) * rows + row >= shown.count
        line += shown[index]
        if !isLastInRow {
          line += String(repeating: " ", count: cell - widths[index])
        }
      }
      text += line + "\n"
    }
    if candidates.count > shown.count {
      text += "… and \(candidates.count - shown.count) more\n"
    }
    return text
  }

  /// Terminal columns a string occupies, measured as libedit measures them, so the
  /// columns line up with what libedit draws.
  static func displayWidth(_ string: String) -> Int {
    string.unicodeScalars.reduce(0) { total, scalar in
      let width = Int(nd_column_width(scalar.value))
      // wcwidth says -1 for anything non-ASCII until a UTF-8 locale is set; one
      // column is the likeliest width for a printable character then.
      return total + (width >= 0 ? width : (scalar.value >= 0xA0 ? 1 : 0))
    }
  }
}
