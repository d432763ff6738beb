import ArgumentParser
import Foundation
import NewsdeskCore

/// `newsdesk`: the shell by default; `ask` and `run` for one question or a script.
struct NewsdeskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsdesk",
    abstract: "Ask questions of a folder of news articles, offline.",
    discussion: """
      With no subcommand, starts the question shell on the articles in each --corpus PATH \
      (default: $NEWSDESK_CORPUS, else ./corpus). Type :help in the shell for its commands.
      """,
    version: NewsdeskVersion.string,
    subcommands: [
      ShellCommand.self, AskCommand.self, RunCommand.self, TestCommand.self, ParseCommand.self,
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
      Output.error("newsdesk: \(error.description)")
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
      Output.error("newsdesk: \(message) (see 'newsdesk --help')")
      Foundation.exit(2)
    }
  }
}

enum NewsdeskVersion {
  static let string = "0.1.0"
}
