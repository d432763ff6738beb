/// A span of a sentence inside quotation marks.
public struct Quotation: Sendable, Equatable {
  /// The opening mark's token, or nil when the quote began in the sentence before.
  public var opening: Int?
  /// The closing mark's token, or nil when the quote runs on into the next sentence.
  public var closing: Int?
  /// The quoted tokens, marks excluded.
  public var content: ClosedRange<Int>
}

extension AnnotatedSentence {
  /// The sentence's quotations. A straight mark opens when a space (or nothing) stands
  /// before it and closes when it follows a word directly, so a sentence that closes a quote
  /// the one before opened ("Maybe it's happening right now," Rubio told …) reads right.
  public var quotations: [Quotation] {
    var result: [Quotation] = []
    var open: Int? = nil
    var start = 0
    for index in tokens.indices {
      guard let opens = opensQuote(index) else { continue }
      if opens {
        if open == nil { open = index }
        start = index + 1
      } else {
        let first = open.map { $0 + 1 } ?? start
        if first < index {
          result.append(Quotation(opening: open, closing: index, content: first...(index - 1)))
        }
        open = nil
        start = index + 1
      }
    }
    if let open, open + 1 < tokens.count {
      var last = tokens.count - 1
      while last > open + 1, tokens[last].coarseTag == "PUNCT", !isQuoteMark(last) { last -= 1 }
      result.append(Quotation(opening: open, closing: nil, content: (open + 1)...last))
    }
    return result
  }

  /// Whether token `index` is a quotation mark.
  public func isQuoteMark(_ index: Int) -> Bool {
    ["\"", "“", "”", "``", "''"].contains(tokens[index].text)
  }

  /// true for an opening quotation mark, false for a closing one, nil for anything else.
  func opensQuote(_ index: Int) -> Bool? {
    switch tokens[index].text {
    case "“", "``": return true
    case "”", "''": return false
    case "\"":
      let start = tokens[index].utf8Range.lowerBound
      guard start > 0 else { return true }
      let before = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: start - 1)]
      return before == UInt8(ascii: " ") || before == UInt8(ascii: "(")
        || before == UInt8(ascii: "\t") || before == UInt8(ascii: "\n")
    default: return nil
    }
  }

  /// The quotation a token stands inside, if any.
  func quotation(containing index: Int, in quotations: [Quotation]) -> Quotation? {
    quotations.first { $0.content.contains(index) }
  }

  /// The first and last token of the subtree under `index`.
  public func subtreeRange(of index: Int) -> ClosedRange<Int> {
    var lower = index
    var upper = index
    var frontier = [index]
    var steps = 0
    while let current = frontier.popLast(), steps < tokens.count {
      steps += 1
      for child in dependents[current] {
        lower = min(lower, child)
        upper = max(upper, child)
        frontier.append(child)
      }
    }
    return lower...upper
  }
}
