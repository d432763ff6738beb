import Foundation

/// Where the syntax model file is at run time. The file is committed in the repository
/// (Models/), so the binary finds it from a fresh clone without an install step:
/// $NEWSDESK_SYNTAX_MODEL if set, else the first Models/ (or share/newsdesk/, where
/// `make install` puts it beside PREFIX/bin) found walking up from the executable
/// (.build/…/newsdesk lives inside the checkout), else the one beside these sources (the path
/// they were compiled from).
public enum SyntaxModelLocation {
  public static let fileName = "syntax-en-ewt.ndsyntax"
  public static let environmentVariable = "NEWSDESK_SYNTAX_MODEL"

  public static func defaultPath(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let path = environment[environmentVariable], !path.isEmpty { return path }
    let manager = FileManager.default
    var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
      .resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<8 {
      for folder in ["Models", "share/newsdesk"] {
        let candidate = directory.appendingPathComponent("\(folder)/\(fileName)").path
        if manager.fileExists(atPath: candidate) { return candidate }
      }
      directory.deleteLastPathComponent()
    }
    return sourceTreePath
  }

  /// Models/ in the checkout these sources were compiled from.
  public static var sourceTreePath: String {
    var root = URL(fileURLWithPath: #filePath)
    for _ in 0..<5 { root.deleteLastPathComponent() }
    return root.appendingPathComponent("Models/\(fileName)").path
  }
}
