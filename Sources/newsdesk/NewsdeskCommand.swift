import ArgumentParser
import Foundation
import NewsdeskCore

/// `newsdesk`: the shell by default; `ask` and `run` for one question or a script.
struct NewsdeskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsdesk",
    abstract: "Ask questions of a folder of news articles, offline.",
    discussion: """
      Examples:
        newsdesk --corpus ~/news                      the shell: ask, search, :help
        newsdesk ask --corpus ~/news "who did Rubio meet?"
        newsdesk run --corpus ~/news --format json questions.txt
        newsdesk test Tests/Scripts                   check .qa question scripts
        newsdesk completions bash                     a completion script for bash

      With no subcommand, starts the question shell on the articles in each --corpus PATH \
      (default: $NEWSDESK_CORPUS, else ./corpus). Type :help in the shell for its commands.
      """,
    version: NewsdeskVersion.string,
    subcommands: [
      ShellCommand.self, AskCommand.self, RunCommand.self, TestCommand.self, ParseCommand.self,
      CompletionsCommand.self,
    ],
    defaultSubcommand: ShellCommand.self
  )

  /// Runs the command line, mapping every failure to newsdesk's exit statuses: 0 success,
  /// 1 failed expectations, 2 a usage error or unreadable input, with a one-line message.
  static func runAsMain() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as NewsdeskError {
      // A missing path says what to do: the default ./corpus, how to name one; any other
      // path (a corpus or a script named on the command line), to check it.
      let hint: String
      switch error {
      case .noSuchPath("corpus"): hint = "; \(CorpusOptions.howToGiveACorpus)"
      case .noSuchPath: hint = "; check the spelling, or give the full path"
      default: hint = ""
      }
      Output.error("newsdesk: \(error.description)\(hint)")
      Foundation.exit(2)
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      let status = exitCode(for: error)
      if status == .success {
        // --help and --version print to stdout and succeed.
        exit(withError: error)
      }
      let message =
        fullMessage(for: error)
        .split(separator: "\n").first.map(String.init) ?? "invalid arguments"
      let advice =
        strayPath(in: Array(CommandLine.arguments.dropFirst()))
        .map { "; to read the articles in it, use --corpus \($0)" } ?? " (see 'newsdesk --help')"
      Output.error("newsdesk: \(message)\(advice)")
      Foundation.exit(2)
    }
  }
}

extension NewsdeskCommand {
  /// The first argument that names a file or folder on disk where no argument was expected
  /// (`newsdesk ~/news`): the user meant it as the corpus.
  static func strayPath(in arguments: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-"),
      !configuration.subcommands.contains(where: { $0._commandName == first })
    else { return nil }
    return FileManager.default.fileExists(atPath: first) ? first : nil
  }
}

enum NewsdeskVersion {
  static let string = "0.1.0"
}
