import Foundation
import NewsdeskCore

/// The news development set (40 BBC articles, 200 reporter questions, 15 conversations),
/// scored by its own script through newsdesk's command line. The articles are the BBC's: the
/// result file keeps each question's id, kind and right or wrong, never an answer (which
/// quotes the article) nor the question.
struct NewsDevRun {
  let options: QualityOptions

  /// The question as the set gives it, with the kind it is counted under.
  private struct Item: Decodable {
    var doc: String
    var q: String
    var kind: String?
  }
  private struct Conversation: Decodable {
    struct Turn: Decodable { var q: String }
    var turns: [Turn]
  }
  /// What news_eval.py --save writes for each question.
  private struct Outcome: Decodable { var right: Bool }

  func run() throws -> SetOutput {
    print("== news-dev: \(options.newsDevDirectory)")
    let fileManager = FileManager.default
    guard fileManager.fileExists(atPath: options.newsDevDirectory + "/questions.jsonl"),
      fileManager.fileExists(atPath: options.newsEvalScript)
    else {
      print("skipped: no news development set at \(options.newsDevDirectory)")
      return SetOutput()
    }
    guard fileManager.isExecutableFile(atPath: options.newsdeskBinary) else {
      throw QualityError(
        "no newsdesk binary at \(options.newsdeskBinary): build it with `swift build -c release --product newsdesk`, or name it with --newsdesk BIN"
      )
    }
    let saved = fileManager.temporaryDirectory.appendingPathComponent(
      "newsdesk-quality-news-\(ProcessInfo.processInfo.processIdentifier).json"
    ).path
    defer { try? fileManager.removeItem(atPath: saved) }
    try evaluate(saving: saved)
    guard let data = fileManager.contents(atPath: saved),
      let outcomes = try? JSONDecoder().decode([String: Outcome].self, from: data)
    else {
      throw QualityError("news_eval.py wrote no readable results to \(saved)")
    }
    return try output(from: outcomes)
  }

  /// Runs news_eval.py; its own summary line is printed as it is.
  private func evaluate(saving path: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", options.newsEvalScript, "--bin", options.newsdeskBinary, "--json", "--save", path,
    ]
    // Its lines are printed among ours, in order.
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let printed = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    print(String(decoding: printed, as: UTF8.self), terminator: "")
    guard process.terminationStatus == 0 else {
      throw QualityError("news_eval.py failed (exit \(process.terminationStatus)); see above")
    }
  }

  /// The results keyed as news_eval.py keys them, turned into ids and kinds.
  private func output(from outcomes: [String: Outcome]) throws -> SetOutput {
    let items: [Item] = try lines("questions.jsonl")
    let conversations: [Conversation] = try lines("conversations.jsonl")
    var output = SetOutput()
    var byKind = Breakdown(empty: RightTally())
    for (number, item) in items.enumerated() {
      guard let outcome = outcomes["\(item.doc) \(item.q)"] else { continue }
      let kind = item.kind ?? "other"
      byKind[kind].add(outcome.right)
      output.add(
        QuestionResult(
          id: "\(item.doc)#q\(number + 1)", set: "news-dev", type: kind, right: outcome.right,
          score: outcome.right ? 1 : 0), question: item.q)
    }
    var turn = 0
    var turns = Breakdown(empty: RightTally())
    for (conversationNumber, conversation) in conversations.enumerated() {
      for (position, asked) in conversation.turns.enumerated() {
        turn += 1
        guard let outcome = outcomes["conversation turn \(turn) \(asked.q)"] else { continue }
        let kind = position == 0 ? "first turn" : "follow-up"
        turns[kind].add(outcome.right)
        output.add(
          QuestionResult(
            id: "conversation \(conversationNumber + 1) turn \(position + 1)",
            set: "news-dev-conversations", type: kind, right: outcome.right,
            score: outcome.right ? 1 : 0), question: asked.q)
      }
    }
    var total = RightTally()
    for (_, tally) in byKind.groups {
      (total.questions, total.right) = (
        total.questions + tally.questions, total.right + tally.right
      )
    }
    print("questions    \(total.line())")
    for (kind, tally) in byKind.sorted(by: \.questions) {
      print("  \(column(kind, width: 12)) \(tally.line())")
    }
    for (kind, tally) in turns.sorted(by: \.questions) {
      print("\(column(kind, width: 14)) \(tally.line())")
    }
    output.headlines.append(
      "news-dev      \(total.line())"
        + turns.sorted(by: \.questions).map { ", \($0.0) \($0.1.line())" }.joined())
    return output
  }

  private func lines<Line: Decodable>(_ name: String) throws -> [Line] {
    let path = options.newsDevDirectory + "/" + name
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw QualityError("cannot read \(path)")
    }
    return try text.split(separator: "\n").filter { !$0.isEmpty }.map {
      try JSONDecoder().decode(Line.self, from: Data($0.utf8))
    }
  }
}
