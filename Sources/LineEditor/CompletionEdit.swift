/// The pure decision behind Tab: given the text before the cursor and what the
/// completer offered, what should happen to the line. Kept apart from libedit so
/// it can be tested without a terminal.
enum CompletionEdit: Equatable {
  /// Delete `deletedScalars` code points before the cursor, then insert `insertion`.
  case replace(deletedScalars: Int, insertion: String)
  /// Nothing can be inserted unambiguously: show the candidates.
  case list([String])
  /// No candidates at all.
  case none

  init(beforeCursor: String, result: CompletionResult) {
    var seen = Set<String>()
    let candidates = result.candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
    guard !candidates.isEmpty else {
      self = .none
      return
    }
    let replacedCount = min(max(result.replacedCount, 0), beforeCursor.count)
    let replaced = beforeCursor.suffix(replacedCount)
    // libedit's buffer holds code points, and a Character may be several of them.
    let deletedScalars = replaced.unicodeScalars.count

    if candidates.count == 1, let only = candidates.first {
      // A single choice is finished: the space lets the user type the next word at once.
      let insertion = only.last?.isWhitespace == true ? only : only + " "
      self = .replace(deletedScalars: deletedScalars, insertion: insertion)
      return
    }
    let prefix = Self.longestCommonPrefix(candidates)
    // Insert the shared prefix only if it extends what was typed; a prefix that is
    // shorter or only differs in case would not move the user forward.
    if prefix.count > replacedCount {
      self = .replace(deletedScalars: deletedScalars, insertion: prefix)
    } else {
      self = .list(candidates)
    }
  }

  /// Compared by `Character` so a shared prefix never ends inside a grapheme cluster.
  static func longestCommonPrefix(_ strings: [String]) -> String {
    guard var prefix = strings.first.map(Array.init) else { return "" }
    for string in strings.dropFirst() {
      let common = zip(prefix, string).prefix { $0 == $1 }.count
      prefix.removeSubrange(common...)
      if prefix.isEmpty { break }
    }
    return String(prefix)
  }
}
