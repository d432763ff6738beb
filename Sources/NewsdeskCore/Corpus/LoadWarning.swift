/// Why a file, or a part of one (a line of a JSON Lines export, an item of a feed), was
/// skipped while loading. The rest of the corpus still loads.
public struct LoadWarning: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var reason: String
  /// Only part of the file was left out; its other articles loaded.
  public var isPartial: Bool

  public init(path: String, reason: String, isPartial: Bool = false) {
    self.path = path
    self.reason = reason
    self.isPartial = isPartial
  }

  /// The path is quoted and escaped (`TerminalSafe.quoted`), so a file name holding a
  /// newline or an escape sequence cannot forge a line or drive the terminal.
  public var description: String {
    isPartial
      ? "in \(TerminalSafe(path).quoted), skipped \(TerminalSafe(reason).line)"
      : "skipped \(TerminalSafe(path).quoted): \(TerminalSafe(reason).line)"
  }
}
