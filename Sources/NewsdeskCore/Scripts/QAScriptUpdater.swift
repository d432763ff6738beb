/// `--update`: rewrites the expectations of failing and new questions from what newsdesk
/// answers now. Every other line (comments, blank lines, passing expectations, the question
/// itself) is kept byte for byte, so the change reads as a small diff.
public struct QAScriptUpdater: Sendable {
  public init() {}

  /// The rewritten file and how many questions changed, or nil when nothing needs rewriting.
  public func rewrite(_ script: QAScript, results: [QACaseResult]) -> (text: String, updated: Int)?
  {
    var replacements: [Int: [String]] = [:]
    var insertions: [Int: [String]] = [:]
    var updated = 0
    for result in results where result.status != .passed {
      let testCase = result.testCase
      updated += 1
      if testCase.expectations.isEmpty {
        insertions[testCase.line] = expectations(for: result.answer).map {
          testCase.indentation + $0
        }
        continue
      }
      var written = Set(testCase.expectations.filter { !result.unmet.contains($0) }.map(\.source))
      for old in result.unmet {
        let indentation = String(script.line(old.line).prefix(while: { $0 == " " || $0 == "\t" }))
        let fresh = replacement(for: old, answer: result.answer).filter {
          written.insert($0).inserted
        }
        replacements[old.line] = fresh.map { indentation + $0 }
      }
    }
    guard updated > 0 else { return nil }
    var output: [String] = []
    for (offset, line) in script.lines.enumerated() {
      let number = offset + 1
      output += replacements[number] ?? [line]
      output += insertions[number] ?? []
    }
    let newline = script.usesCRLF ? "\r\n" : "\n"
    let text = output.joined(separator: newline) + (script.endsWithNewline ? newline : "")
    return (text, updated)
  }

  /// What a question with no expectation gets: its answer and the sentence it cites.
  func expectations(for answer: Answer) -> [String] {
    if answer.abstained { return ["!"] }
    var lines = [shortAnswerLine(answer, marker: "=")]
    if let label = answer.citationLabel { lines.append("@ \(label)") }
    return lines
  }

  /// The line that replaces an unmet expectation, keeping the author's marker where it still
  /// fits (`==` stays exact, `@ ARTICLE` without a sentence stays without one). Empty when
  /// nothing can replace it.
  func replacement(for old: QAExpectation, answer: Answer) -> [String] {
    switch old.kind {
    case .contains, .equals, .matches:
      if answer.abstained { return ["!"] }
      if case .equals = old.kind { return [shortAnswerLine(answer, marker: "==")] }
      return [shortAnswerLine(answer, marker: "=")]
    case .abstains:
      return [shortAnswerLine(answer, marker: "=")]
    case .answers:
      return ["!"]
    case .cites(let article, let sentence):
      guard let evidence = answer.evidence else { return [] }
      var text = "@ "
      if article != nil || sentence == nil { text += evidence.article.id }
      if sentence != nil { text += "#\(evidence.sentenceNumber)" }
      return [text]
    case .differs:
      return answer.otherAnswers.map { "+ \($0.text)" }
    }
  }

  /// `= ANSWER`, or `!!` when there is no short answer to pin (or it would normalise to
  /// nothing, which the parser rejects).
  func shortAnswerLine(_ answer: Answer, marker: String) -> String {
    guard let short = answer.shortAnswer, !AnswerNormalizer.normalize(short).isEmpty else {
      return "!!"
    }
    let oneLine = short.split(whereSeparator: \.isNewline).joined(separator: " ")
    return "\(marker) \(oneLine)"
  }
}

extension QAScript {
  /// The raw text of 1-based line `number`.
  func line(_ number: Int) -> String {
    lines.indices.contains(number - 1) ? lines[number - 1] : ""
  }
}
