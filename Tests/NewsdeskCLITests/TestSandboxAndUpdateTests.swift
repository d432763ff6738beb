import Foundation
import Testing

/// `newsdesk test --sandbox` (on when CI=true) and `--update` through a symlinked script.
@Suite struct TestSandboxAndUpdateTests {
  /// A script folder beside a file it must not read: the secret's sentence answers the
  /// question, so a report that printed it would show the marker word.
  func layout() throws -> (Scratch, corpus: String, scripts: String) {
    let scratch = try Scratch()
    let corpus = try scratch.makeFolder("corpus")
    let scripts = try scratch.makeFolder("scripts")
    try scratch.write("corpus/rome.txt", "date 2025-01-02 Bob lives in Rome with his sister.\n")
    try scratch.write("scripts/beside.txt", "date 2025-01-03 Carol works in Lima as a nurse.\n")
    try scratch.write(
      "secret.txt", "date 2025-01-04 Dave hides the zanzibarite key under the floor.\n")
    return (scratch, corpus, scripts)
  }

  static let escaping = """
    :load ../secret.txt
    what does Dave hide?
    = key

    """

  @Test(arguments: [
    (["--sandbox"], [String: String]()), ([], ["CI": "true"]),
  ])
  func aLoadOutsideTheScriptsFolderAndCorporaIsRefused(
    flags: [String], environment: [String: String]
  ) throws {
    let (scratch, corpus, _) = try layout()
    let script = try scratch.write("scripts/escape.qa", Self.escaping)
    let result = try CLI.run(
      ["test", "--corpus", corpus] + flags + [script], extraEnvironment: environment)
    #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
    #expect(
      result.stderr.contains(
        "\(script):1: error: :load ../secret.txt is outside the script's folder and the corpora"))
    #expect(result.stderr.contains("--no-sandbox"))
    #expect(!(result.stdout + result.stderr).contains("zanzibarite"))
  }

  /// Symlinks and `..` are resolved before the check, so neither leads out.
  @Test(arguments: ["link", "dotdot", "absolute"])
  func noPathLeadsOutOfTheSandbox(kind: String) throws {
    let (scratch, corpus, scripts) = try layout()
    var target = "../secret.txt"
    switch kind {
    case "link":
      try FileManager.default.createSymbolicLink(
        atPath: scripts + "/innocent.txt", withDestinationPath: scratch.path + "/secret.txt")
      target = "innocent.txt"
    case "dotdot": target = "./sub/../../secret.txt"
    default: target = scratch.path + "/secret.txt"
    }
    let script = try scratch.write("scripts/escape.qa", ":load \(target)\nwhat does Dave hide?\n")
    let result = try CLI.run(["test", "--sandbox", "--corpus", corpus, script])
    #expect(result.status == 2)
    #expect(result.stderr.contains("is outside the script's folder"), "\(result.stderr)")
    #expect(!(result.stdout + result.stderr).contains("zanzibarite"))
  }

  @Test func loadsBesideTheScriptOrInACorpusPass() throws {
    let (scratch, corpus, _) = try layout()
    let script = try scratch.write(
      "scripts/inside.qa",
      ":load beside.txt\n:load \(corpus)/rome.txt\nwhere does Carol work?\n= Lima\n")
    let result = try CLI.run(["test", "--sandbox", "--corpus", corpus, script])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdoutLines.last == "1 passed, 0 failed")
  }

  @Test func noSandboxAllowsTheLoadEvenInCI() throws {
    let (scratch, corpus, _) = try layout()
    let script = try scratch.write("scripts/escape.qa", Self.escaping)
    let result = try CLI.run(
      ["test", "--no-sandbox", "--corpus", corpus, script], extraEnvironment: ["CI": "true"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  /// The link stays a link, the target gets the new expectations and keeps its mode.
  @Test func updateWritesThroughASymlinkAndKeepsTheMode() throws {
    let (scratch, corpus, scripts) = try layout()
    let target = try scratch.write("kept/where.qa", "where does Bob live?\n= Paris\n")
    chmod(target, 0o640)
    let link = scripts + "/where.qa"
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: "../kept/where.qa")
    let result = try CLI.run(["test", "--update", "--corpus", corpus, link])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "../kept/where.qa")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "where does Bob live?\n= Rome\n")
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/kept")
    #expect(leftovers == ["where.qa"])
  }
}
