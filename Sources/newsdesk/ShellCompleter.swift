import Foundation
import LineEditor
import NewsdeskCore

/// What Tab offers: shell commands at the start of a line, paths after `:load`, and names
/// from the loaded articles anywhere else, whole: "Daniel No" and "Dan" give "Daniel Noboa",
/// "Rub" gives "Marco Rubio". Only the people, places and organisations the articles name
/// (see `EntityCatalog`) are offered, never a fragment of a name.
struct ShellCompleter {
  let library: ArticleLibrary
  let articleCount: Int
  /// Built on the first Tab, not at start-up: scanning every sentence for names is work a
  /// session that never presses Tab should not pay for.
  private var names: [String]?

  init(library: ArticleLibrary) {
    self.library = library
    articleCount = library.articles.count
  }

  mutating func complete(_ text: String) -> CompletionResult {
    if text.hasPrefix(":") {
      if let space = text.firstIndex(of: " ") {
        let command = text[..<space].lowercased()
        let argument = String(text[text.index(after: space)...])
        if command == ":load" { return completePath(argument) }
        return CompletionResult(replacedCount: 0, candidates: [])
      }
      let candidates = Conversation.commandNames.filter { $0.hasPrefix(text.lowercased()) }
      return CompletionResult(replacedCount: text.count, candidates: candidates)
    }
    if names == nil { names = EntityCatalog(library: library).entries.map(\.name) }
    guard let names else { return CompletionResult(replacedCount: 0, candidates: []) }
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    guard let last = words.last, !last.isEmpty else {
      return CompletionResult(replacedCount: 0, candidates: [])
    }
    // The longest run of trailing words that starts a name, so "Daniel No" is one name.
    for count in stride(from: min(4, words.count), through: 1, by: -1) {
      let prefix = words.suffix(count).joined(separator: " ").lowercased()
      let matches = names.filter { $0.lowercased().hasPrefix(prefix) }
      if !matches.isEmpty {
        return CompletionResult(
          replacedCount: prefix.count, candidates: Array(matches.prefix(Self.candidateLimit)))
      }
    }
    // A later word of a name: "Rub" → "Marco Rubio".
    let word = last.lowercased()
    let matches = names.filter { name in
      name.lowercased().split(separator: " ").dropFirst().contains { $0.hasPrefix(word) }
    }
    return CompletionResult(
      replacedCount: last.count, candidates: Array(matches.prefix(Self.candidateLimit)))
  }

  static let candidateLimit = 50

  func completePath(_ partial: String) -> CompletionResult {
    let expanded = NSString(string: partial).expandingTildeInPath
    // The typed folder part, kept as typed (with its slash) so candidates extend the text.
    let folderPart = expanded.contains("/") ? String(expanded[...expanded.lastIndex(of: "/")!]) : ""
    let stem = String(expanded.dropFirst(folderPart.count))
    let entries =
      (try? FileManager.default.contentsOfDirectory(atPath: folderPart.isEmpty ? "." : folderPart))
      ?? []
    let candidates = entries.filter { $0.hasPrefix(stem) && !$0.hasPrefix(".") }.sorted().map {
      name -> String in
      var isFolder: ObjCBool = false
      let full = folderPart + name
      _ = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
      return isFolder.boolValue ? full + "/" : full
    }
    return CompletionResult(replacedCount: partial.count, candidates: candidates)
  }
}
