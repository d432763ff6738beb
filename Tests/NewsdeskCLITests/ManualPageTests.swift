import Foundation
import Testing

/// The checked-in manual page (`make manual` regenerates it) stays in step with the command
/// line: every subcommand `--help` lists has its entry.
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
    let subcommands = lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      .compactMap { $0.split(separator: " ").first.map(String.init) }
    #expect(!subcommands.isEmpty)
    for subcommand in subcommands {
      #expect(manual.contains(".It Em \(subcommand)"), "run make manual: \(subcommand) is missing")
    }
  }
}
