import Foundation
import NewsdeskCore

/// A question of one of the visible sets, with the text it was written for ("home"), so the
/// sweep can ask it of paragraphs it was not written for.
struct SweepQuestion: Sendable {
  var text: String
  var home: String
  /// Asked of every paragraph, not a sample: the few odd questions below.
  var everywhere = false
}

/// A paragraph (or a short article) the questions are asked of.
struct SweepParagraph: Sendable {
  var text: String
  var home: String
}

/// Reads the visible question sets and their paragraphs from the shared data folder and the
/// repository. Unreadable sets are skipped with a line on stderr: the sweep runs on what is
/// there.
struct SweepData {
  var questions: [SweepQuestion] = []
  var paragraphs: [SweepParagraph] = []

  private struct Squad: Decodable {
    struct Title: Decodable { var title: String; var paragraphs: [Paragraph] }
    struct Paragraph: Decodable { var context: String; var qas: [Item] }
    struct Item: Decodable { var question: String }
    var data: [Title]
  }

  private struct NewsQuestion: Decodable { var doc: String; var q: String }
  private struct NewsConversation: Decodable {
    struct Turn: Decodable { var q: String }
    var doc: String
    var turns: [Turn]
  }

  init(dataFolder: String, repository: String) {
    for name in ["expmrc-squad-dev.json", "squad20-train-10titles.json"] {
      addSquad(at: dataFolder + "/" + name)
    }
    addNewsDev(at: dataFolder + "/news-dev")
    addRepository(at: repository)
    questions += Self.oddQuestions.map { SweepQuestion(text: $0, home: "odd", everywhere: true) }
  }

  /// Questions no set has but people type: empty, bare wh-words, punctuation, follow-ups
  /// with nothing before them, marks with no letter, a question that is one clitic.
  static let oddQuestions = [
    "", "?", "??", "who", "Who?", "how do", "How do geologists", "when did", "what else?",
    "And?", "and what about", "Who said so?", "What did he say?", "'s", "n't?", "\"\"",
    "“”", "—", "...", "\u{301}\u{301}?", "🙂?", "1?", "2009", "In 2009?", "Which?",
    "which city", "how many", "How long?", "Why?", "use", "What is used to?", "Is it?",
    "who is", "What happened there?", "what did they use to",
  ]

  static func warn(_ message: String) {
    FileHandle.standardError.write(Data("newsdesk-sweep: \(message)\n".utf8))
  }

  private mutating func addSquad(at path: String) {
    guard let data = FileManager.default.contents(atPath: path),
      let squad = try? JSONDecoder().decode(Squad.self, from: data)
    else { return Self.warn("skipped \(path): not readable as SQuAD JSON") }
    let set = URL(fileURLWithPath: path).lastPathComponent
    for title in squad.data {
      for (number, paragraph) in title.paragraphs.enumerated() {
        let home = "\(set):\(title.title)#\(number)"
        paragraphs.append(SweepParagraph(text: paragraph.context, home: home))
        questions += paragraph.qas.map { SweepQuestion(text: $0.question, home: home) }
      }
    }
  }

  /// news-dev: the questions and conversation turns (follow-ups included), and each article
  /// cut at its blank lines into paragraphs. The articles are read, never copied anywhere.
  private mutating func addNewsDev(at folder: String) {
    let decoder = JSONDecoder()
    for line in Self.lines(of: folder + "/questions.jsonl") {
      if let item = try? decoder.decode(NewsQuestion.self, from: Data(line.utf8)) {
        questions.append(SweepQuestion(text: item.q, home: "news-dev:" + item.doc))
      }
    }
    for line in Self.lines(of: folder + "/conversations.jsonl") {
      if let item = try? decoder.decode(NewsConversation.self, from: Data(line.utf8)) {
        questions += item.turns.map { SweepQuestion(text: $0.q, home: "news-dev:" + item.doc) }
      }
    }
    let articles = folder + "/articles"
    let names = (FileManager.default.subpaths(atPath: articles) ?? []).filter {
      $0.hasSuffix(".txt")
    }.sorted()
    for name in names {
      guard let text = try? String(contentsOfFile: articles + "/" + name, encoding: .utf8)
      else { continue }
      paragraphs += Self.blocks(of: text).map {
        SweepParagraph(text: $0, home: "news-dev:" + name)
      }
    }
  }

  /// The golden scripts' questions, and the repository's own articles as paragraphs: the
  /// scripts were written for those, so they are each other's home.
  private mutating func addRepository(at root: String) {
    let scripts = root + "/Tests/Scripts"
    let names = (FileManager.default.subpaths(atPath: scripts) ?? []).filter {
      $0.hasSuffix(".qa")
    }.sorted()
    for name in names {
      guard let text = try? String(contentsOfFile: scripts + "/" + name, encoding: .utf8),
        case .success(let script) = QAScriptParser().parse(text, path: name)
      else { continue }
      questions += script.cases.map { SweepQuestion(text: $0.question, home: "repository") }
    }
    for folder in ["corpus", "Tests/Fixtures/articles", "Tests/Scripts/articles"] {
      let path = root + "/" + folder
      for name in (FileManager.default.subpaths(atPath: path) ?? []).sorted()
      where name.hasSuffix(".txt") || name.hasSuffix(".md") {
        if let text = try? String(contentsOfFile: path + "/" + name, encoding: .utf8) {
          paragraphs.append(SweepParagraph(text: text, home: "repository"))
        }
      }
    }
  }

  static func lines(of path: String) -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      warn("skipped \(path): not readable")
      return []
    }
    return text.split(whereSeparator: \.isNewline).map(String.init)
  }

  /// Text cut at blank lines, pieces of a few words or more.
  static func blocks(of text: String) -> [String] {
    text.components(separatedBy: "\n\n").map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }.filter { $0.split(separator: " ").count >= 5 }
  }
}
