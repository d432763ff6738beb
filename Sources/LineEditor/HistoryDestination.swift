/// Where the history goes, decided once when the shell starts from the path the user gave.
enum HistoryDestination: Equatable, Sendable {
  /// `/dev/null` (or a link to it): history works within the session, nothing is written.
  case off
  /// A regular file, or a path where one will be created: the target of any symlinks, so
  /// saving replaces the target and the link stays a link.
  case file(String)
  /// A folder, device, FIFO or socket, or a symlink loop: never written to. The reason is one
  /// line, without the path.
  case refused(String)
}

/// Something about the history file worth one warning: the path as the user gave it and what
/// is wrong, without the path.
public struct HistoryWarning: Sendable, Equatable {
  public var path: String
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }
}
