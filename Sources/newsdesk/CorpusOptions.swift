import ArgumentParser
import Foundation
import NewsdeskCore

/// Options every subcommand shares: where the articles are and how answers look.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .customLong("corpus"),
    help: ArgumentHelp(
      "A file or folder of articles (.txt, .md, .html, .xml, .rss, .atom, .jsonl); repeat for more. Default: $NEWSDESK_CORPUS, else ./corpus.",
      valueName: "PATH"))
  var paths: [String] = []

  @Option(
    help: ArgumentHelp(
      "The kinds of file a folder load takes, comma-separated: txt, md, html, xml (NITF, NewsML-G2, feeds), feed (.rss, .atom), jsonl. Default: all. A file named directly always loads.",
      valueName: "LIST"))
  var formats: String?

  @Option(help: ArgumentHelp("Show the K best sentences with their scores.", valueName: "K"))
  var top: Int?

  @Option(help: ArgumentHelp("Abstain below this confidence (0 to 1).", valueName: "X"))
  var threshold: Double?

  @Flag(name: .customLong("no-color"), help: "Never colour the output.")
  var noColor = false

  @Flag(
    help:
      "Show the rules that scored the short answer and the runner-up (JSON: under \"trace\").")
  var explain = false

  @Flag(
    name: .customLong("no-cache"),
    help: "Read every article again and keep no saved index ($XDG_CACHE_HOME/newsdesk).")
  var noCache = false

  func validate() throws {
    if let top, !(1...100).contains(top) {
      throw ValidationError("--top must be between 1 and 100, got \(top)")
    }
    if let threshold, !(0...1).contains(threshold) {
      throw ValidationError("--threshold must be between 0 and 1, got \(threshold)")
    }
    if let formats, case .failure(let unknown) = ArticleFileType.parseList(formats) {
      let known = ArticleFileType.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError(
        "--formats does not know \"\(unknown.name)\"; give a comma-separated list of \(known)")
    }
    let unknownRules = AnswerComposer.Options.unknownRuleNames(
      AnswerComposer.Options.rulesOffInEnvironment)
    if !unknownRules.isEmpty {
      throw ValidationError(
        "\(AnswerComposer.Options.rulesOffVariable) names no rule \(unknownRules.joined(separator: ", ")); "
          + "the rules are \(AnswerComposer.Options.ruleNames.joined(separator: ", "))")
    }
  }

  /// The corpus paths to load: the options, else $NEWSDESK_CORPUS, else ./corpus.
  var resolvedPaths: [String] {
    if !paths.isEmpty { return paths }
    if let variable = ProcessInfo.processInfo.environment["NEWSDESK_CORPUS"], !variable.isEmpty {
      return [variable]
    }
    return ["corpus"]
  }

  /// Loads the corpus into a new session, printing a warning line for each skipped file.
  /// A missing path throws, so the command exits 2 before doing anything. So does a corpus
  /// with no article in it, except for the shell, which starts anyway (`:load` can add some).
  func makeSession(warnWhenEmpty: Bool, startsShell: Bool = false) throws -> NewsdeskSession {
    var session = NewsdeskSession(lexicon: .installed())
    if let top { session.top = top }
    if let threshold { session.composer.options.threshold = threshold }
    session.loadOptions = loadOptions
    // The shell shows its prompt while a warm start's checks finish (they are waited for
    // before the first line is handled); one-shot commands check before they load.
    session.loadOptions.confirmsFreshnessLater = startsShell
    let report = try session.load(paths: resolvedPaths)
    Output.warn(report)
    guard session.library.articles.isEmpty else { return session }
    let empty = "no articles found in \(resolvedPaths.joined(separator: ", "))"
    if !startsShell {
      throw NewsdeskError.invalidArgument(
        empty
          + "; add articles (.txt, .md, .html, .xml, .jsonl) there, or name another folder with --corpus PATH"
      )
    }
    if warnWhenEmpty {
      Output.error(
        "newsdesk: \(empty); add articles (.txt, .md, .html, .xml, .jsonl), or use :load PATH")
    }
    return session
  }
}

extension CorpusOptions {
  /// The saved index unless `--no-cache`, and a progress bar when stderr is a terminal.
  var loadOptions: LoadOptions {
    var options = LoadOptions(cacheFolder: noCache ? nil : LoadOptions.defaultCacheFolder())
    if let formats, case .success(let types) = ArticleFileType.parseList(formats) {
      options.fileTypes = types
    }
    if let bar = ProgressBar.forStandardError() {
      options.progress = { bar.update($0) }
    }
    return options
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

extension Output {
  /// A load's skipped files and its notices (a saved index that was damaged or not saved).
  static func warn(_ report: LoadReport) {
    warn(report.warnings)
    for notice in report.notices { error("newsdesk: warning: \(notice)") }
  }
}
