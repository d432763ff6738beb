/// Why a file was skipped while loading. The rest of the corpus still loads.
public struct LoadWarning: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "skipped \(path): \(reason)" }
}
