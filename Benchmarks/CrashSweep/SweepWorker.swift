import Foundation
import NewsdeskCore

/// Asks the planned pairs from `start` on, in one process, writing each pair's number to
/// stdout before asking it: when the process dies or stalls, the supervisor knows which
/// pair did it.
struct SweepWorker {
  let data: SweepData
  let plan: SweepPlan
  /// The conversation is forgotten every this many questions, so follow-ups are read against
  /// a few earlier, unrelated questions.
  static let turnsPerConversation = 3

  func run(from start: Int) {
    var session: NewsdeskSession?
    var currentParagraph = -1
    var turns = 0
    for number in start..<plan.pairs.count {
      let pair = plan.pairs[number]
      FileHandle.standardOutput.write(Data("\(number)\n".utf8))
      if pair.paragraph != currentParagraph || session == nil {
        var fresh = NewsdeskSession()
        fresh.composer.options.threshold = 0
        // Every other paragraph carries a date line, so relative dates get resolved too.
        let dated = pair.paragraph % 2 == 0 ? "date 2025-01-02\n" : ""
        fresh.addArticle(text: dated + data.paragraphs[pair.paragraph].text, id: "p")
        session = fresh
        currentParagraph = pair.paragraph
        turns = 0
      }
      turns += 1
      if turns % Self.turnsPerConversation == 0 { session?.reset() }
      _ = session?.ask(data.questions[pair.question].text)
    }
  }
}
