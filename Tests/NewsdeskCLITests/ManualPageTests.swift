import Foundation
import Testing

/// The checked-in manual page (`make manual` regenerates it) stays in step with the command
/// line: every subcommand `--help` lists has its entry, and every option its line.
@Suite struct ManualPageTests {
  @Test func everySubcommandIsInTheManual() throws {
    let manual = try String(
      contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/newsdesk.1"), encoding: .utf8)
    let help = try CLI.run(["--help"])
    #expect(help.status == 0)
    let lines = help.stdout.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.hasPrefix("SUBCOMMANDS") }) else {
      Issue.record("--help lists no subcommands")
      return
    }
    let subcommands = lines[(start + 1)...].prefix {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }
    .compactMap { $0.split(separator: " ").first.map(String.init) }
    #expect(!subcommands.isEmpty)
    for subcommand in subcommands {
      #expect(manual.contains(".It Em \(subcommand)"), "run make manual: \(subcommand) is missing")
    }
  }

  @Test(arguments: ["shell", "ask", "run", "test", "parse", "completions"])
  func everyOptionOfASubcommandIsInTheManual(subcommand: String) throws {
    let manual = try String(
      contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/newsdesk.1"), encoding: .utf8)
    let help = try CLI.run(["help", subcommand])
    #expect(help.status == 0)
    // "  --corpus <PATH>   A file or folder …": the long name of each option and flag.
    let options = help.stdout.components(separatedBy: "\n").compactMap { line -> String? in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("--") else { return nil }
      return String(trimmed.dropFirst(2).prefix { $0.isLetter || $0 == "-" })
    }
    for option in options where option != "help" && option != "version" {
      // mdoc writes a long option as "Fl -name" (the flag macro adds the first dash).
      #expect(
        manual.contains("Fl -\(option)"), "run make manual: \(subcommand) --\(option) is missing")
    }
  }
}
