import Foundation
import NewsdeskCore

/// The `:commands`, shared by the shell, piped input and `newsdesk run`.
extension Conversation {
  static let commandHelp: [(String, String)] = [
    (":help", "show this help (help and ? work too)"),
    (
      ":sources [WORD]", "the loaded articles: number, date, sentences, format, title; WORD filters"
    ),
    (":show N[:M]", "article N (a number, file name or title start), at sentence M"),
    (":about N", "an article's headline, date, lead and key facts"),
    (":people [WORD]", "people the articles name, most mentioned first"),
    (":places [WORD]", "places the articles name"),
    (":orgs [WORD]", "organisations the articles name"),
    (":examples", "questions these articles answer"),
    (":load PATH", "add the articles in a file or folder"),
    (":reload", "read the articles again (only changed files are re-read)"),
    (":focus N|off", "ask only article N, or all articles again"),
    (":why", "how the last question was read, and its top sentences with scores"),
    (":context", "what he, she, it, they, there and then would refer to now"),
    (":history [N]", "the last N lines typed"),
    (":save FILE", "this session's questions and answers as Markdown"),
    (":set [NAME VALUE]", "top N, threshold X, color on|off, pager on|off; alone: show them"),
    (":pager on|off", "page long output on a terminal"),
    (":reset", "forget the conversation"),
    (":quit", "leave (quit, exit and Ctrl-D work too)"),
  ]
  static var commandNames: [String] {
    commandHelp.map { String($0.0.split(separator: " ")[0]) }
  }

  mutating func command(_ line: String) -> Outcome {
    let parts = line.split(separator: " ", maxSplits: 1)
    let name = parts[0].lowercased()
    let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
    switch name {
    case ":quit", ":q", ":exit": return .quit
    case ":help", ":h", ":?": help()
    case ":sources": say(sourcesText(filter: argument), paged: true)
    case ":show": show(argument)
    case ":about": about(argument)
    case ":people": entities(.people, filter: argument)
    case ":places": entities(.places, filter: argument)
    case ":orgs", ":organizations", ":organisations": entities(.organizations, filter: argument)
    case ":examples": examples()
    case ":load": load(argument)
    case ":reload": reload()
    case ":why": say(whyText(), paged: true)
    case ":context": say(contextText())
    case ":history": showHistory(argument)
    case ":save": save(argument)
    case ":set": set(argument)
    case ":pager": set("pager " + argument)
    case ":reset":
      session.reset()
      say("The conversation is forgotten; the articles stay loaded.")
    case ":focus": focus(argument)
    default:
      say("Unknown command \(TerminalSafe(name).quoted). Type :help for the list.", isError: true)
    }
    return .proceed
  }

  mutating func help() {
    var lines = ["Ask a question in plain words, or type names or keywords to search."]
    let examples = checkedExamples().prefix(3)
    if examples.isEmpty {
      lines.append(
        "For example: who met the minister?  (questions these articles answer: :examples)")
    } else {
      lines.append("For example:")
      for example in examples { lines.append("  " + renderer.safe(example.question)) }
    }
    lines.append("Commands:")
    for (command, help) in Self.commandHelp {
      lines.append("  " + command.padding(toLength: 18, withPad: " ", startingAt: 0) + help)
    }
    lines.append("Citations read [article:sentence]: :show 3:14 opens article 3 at sentence 14.")
    lines.append("Follow-ups: when?  for how much?  and Reimberg?  same for 2004?  what else?")
    lines.append(
      "      he, she, it, they, there, then and \"the company\" refer to the questions before;")
    lines.append("      :why shows how a follow-up was read, :context what they refer to now.")
    lines.append("Keys: Up/Down history, Ctrl-R search history, Tab completes commands and names,")
    lines.append("      Ctrl-C clears the line, Ctrl-D leaves.")
    say(lines.joined(separator: "\n"), paged: true)
  }

  /// Resolves an article argument, saying what was wrong when it names none.
  func reference(_ argument: String, command: String) -> ArticleReference? {
    switch ArticleReference.resolve(argument, in: session.library) {
    case .success(let reference):
      return reference
    case .failure(.empty):
      say("Give an article: \(command) N with a number from :sources.", isError: true)
    case .failure(.noArticle(let text)):
      let count = session.library.articles.count
      say(
        "No article \(TerminalSafe(text).quoted): give a number from 1 to \(count), a file name or the start of a title (see :sources).",
        isError: true)
    case .failure(.noSentence(let article, let asked, let count)):
      say(
        "Article \(article + 1) has \(count) sentence\(count == 1 ? "" : "s"), not \(asked): \(command) \(article + 1):M with M from 1 to \(count).",
        isError: true)
    case .failure(.ambiguous(let text, let matches)):
      let numbers = matches.prefix(8).map { String($0 + 1) }.joined(separator: ", ")
      say(
        "\(matches.count) titles start with \(TerminalSafe(text).quoted) (articles \(numbers)\(matches.count > 8 ? ", …" : "")): give a number.",
        isError: true)
    }
    return nil
  }
}
