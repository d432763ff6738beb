import ArgumentParser
import Foundation
import NewsdeskCore

/// `newsdesk parse [FILE]`: tags and parses text (or CoNLL-U, keeping its tokens) and
/// prints CoNLL-U, or with `--format json` each annotated sentence with its phrases,
/// arguments and entities. For looking at what the answering rules will read.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Print tags, lemmas and dependency trees (CoNLL-U).",
    discussion: """
      Reads FILE, or standard input when FILE is omitted or '-'. Text is split into sentences \
      and tokens; with --conllu the input is CoNLL-U and its tokens are kept (its tags and \
      heads are replaced by the model's). With --format json each sentence's entities are \
      listed, dates resolved against --date (the article's date, YYYY-MM-DD). The model is Models/\(SyntaxModelLocation.fileName) \
      (override with --model or $\(SyntaxModelLocation.environmentVariable)); 'make model' \
      rebuilds it.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case conllu, json
  }

  @Flag(help: "The input is CoNLL-U: keep its tokens.") var conllu = false
  @Option(help: "conllu or json.") var format: Format = .conllu
  @Option(help: "The syntax model file.") var model: String?
  @Option(help: "The article's date (YYYY-MM-DD), for resolving \"Thursday\" or \"yesterday\".")
  var date: String?
  @Argument(help: "A text or CoNLL-U file; '-' or nothing for standard input.") var file: String?

  func run() throws {
    let name = file ?? "-"
    var articleDate: CalendarDate?
    if let date {
      guard let parsed = CalendarDate(iso: date) else {
        throw NewsdeskError.invalidArgument(
          "--date \(date) is not a date: write it as YYYY-MM-DD, e.g. 2025-09-04")
      }
      articleDate = parsed
    }
    let input = try Self.readInput(name)
    let modelPath = model ?? SyntaxModelLocation.defaultPath()
    let syntax: SyntaxModel
    do {
      syntax = try SyntaxModel.load(path: modelPath)
    } catch {
      throw NewsdeskError.invalidArgument(error.description)
    }
    // The lexicon's annotator reads names with WordNet, as the answering stages do.
    let annotator =
      Lexicon(wordNet: WordNet.installed(), syntax: syntax).annotator
      ?? SentenceAnnotator(model: syntax, lexicon: nil)
    let sentences: [AnnotatedSentence]
    if conllu {
      do {
        sentences = try CoNLLU.parse(input).map { annotator.annotate(forms: $0.words.map(\.form)) }
      } catch {
        let where_ = name == "-" ? "standard input" : name
        throw NewsdeskError.invalidArgument("\(where_), \(error.description) (not valid CoNLL-U)")
      }
    } else {
      sentences = annotator.annotateSentences(in: input)
    }
    switch format {
    case .conllu:
      for (number, sentence) in sentences.enumerated() {
        Output.line(ParsePrinter.conllu(sentence, number: number + 1))
      }
    case .json:
      Output.line(
        JSONValue.array(sentences.map { ParsePrinter.json($0, articleDate: articleDate) })
          .serialized())
    }
  }

  static func readInput(_ name: String) throws -> String {
    let data: Data
    if name == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard FileManager.default.fileExists(atPath: name) else {
        throw NewsdeskError.noSuchPath(name)
      }
      guard let read = FileManager.default.contents(atPath: name) else {
        throw NewsdeskError.unreadableInput(name, reason: "permission denied or not a file")
      }
      data = read
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw NewsdeskError.unreadableInput(
        name == "-" ? "standard input" : name, reason: "not UTF-8 text")
    }
    return text
  }
}
