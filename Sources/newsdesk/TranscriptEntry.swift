import Foundation
import NewsdeskCore

/// One question of the session and its answer, for `:save`.
struct TranscriptEntry {
  var question: String
  var answer: Answer

  /// The session as Markdown: a heading per question, the answer in bold, the sentence
  /// quoted, and the citation (`[3:14] Title · date`) as `:show` takes it.
  static func markdown(_ entries: [TranscriptEntry], renderer: AnswerRenderer) -> String {
    var plain = renderer
    plain.style.enabled = false
    plain.wrapsToTerminal = false
    var lines = ["# newsdesk session", ""]
    for entry in entries {
      lines.append("## \(oneLine(entry.question))")
      lines.append("")
      let answer = entry.answer
      if let clarification = answer.clarification {
        lines.append(oneLine(clarification))
      } else if let evidence = answer.evidence {
        lines.append(
          answer.abstained
            ? "*\(Answer.abstentionText)*"
            : "**\(oneLine(answer.shortAnswer ?? "(the sentence)"))**")
        lines.append("")
        lines.append("> \(oneLine(evidence.sentence))")
        lines.append("")
        // The file too: the saved notes are read away from the session that numbered them.
        let file = oneLine((evidence.article.path as NSString).lastPathComponent)
        lines.append(
          "— \(plain.citation(evidence)) · `\(file)` · confidence \(plain.format(answer.confidence))"
        )
      } else {
        lines.append("*\(Answer.abstentionText)*")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// Article text on one line, its control characters shown, never sent.
  static func oneLine(_ text: String) -> String { TerminalSafe(text).line }
}
