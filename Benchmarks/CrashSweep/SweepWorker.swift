import Foundation
import NewsdeskCore

/// Asks the planned pairs from `start` on, in one process, writing each pair's number to
/// stdout before asking it: when the process dies or stalls, the supervisor knows which
/// pair did it. Each pair asks the question whole and cut short at a word.
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
        var fresh = NewsdeskSession(lexicon: lexicon)
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
      let question = data.questions[pair.question].text
      _ = session?.ask(question)
      // And the question cut short at a word, fixed by the pair's number: "How do
      // geologists" puts the question's positions near its end, where windows invert.
      let words = question.split(separator: " ")
      if words.count > 1 {
        _ = session?.ask(words.prefix(1 + number % (words.count - 1)).joined(separator: " "))
      }
    }
  }
}
