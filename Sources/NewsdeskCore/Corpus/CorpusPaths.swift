import Foundation

/// The paths of one load, each known by its canonical form (links, `.`, `..` and the current
/// folder resolved), so that one folder named two ways (`corpus` and its absolute path, or a
/// link to it) loads once: its articles would otherwise answer every question twice and
/// weigh twice in the index.
///
/// Paths keep the spelling the user gave: it is what citations and `:show` print.
struct CorpusPaths {
  /// The paths to walk, as given, without those that name a file or folder already given.
  private(set) var given: [String] = []
  private(set) var canonical: [String] = []

  init(_ paths: [String]) {
    for path in paths {
      let resolved = Self.canonical(path)
      if canonical.contains(resolved) { continue }
      given.append(path)
      canonical.append(resolved)
    }
  }

  /// Whether files found under one path can also be found under another (a folder and a
  /// file or folder inside it): only then is each file checked against the others. (A path
  /// inside another is still walked: a file named directly is taken whatever its name, and
  /// the folder's walk passes over some names.)
  var mayOverlap: Bool { given.count > 1 }

  /// The canonical form of `file`, found by walking path number `number`.
  func canonicalFile(_ file: String, foundUnder number: Int) -> String {
    let root = given[number]
    guard file.count > root.count, file.hasPrefix(root) else { return canonical[number] }
    let relative = file.dropFirst(root.count).drop { $0 == "/" }
    return canonical[number] + (canonical[number].hasSuffix("/") ? "" : "/") + relative
  }

  /// `path` with every link and `.`/`..` resolved, or as given (tidied) when it does not
  /// exist.
  static func canonical(_ path: String) -> String {
    if let real = realpath(path, nil) {
      defer { free(real) }
      return String(cString: real)
    }
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }
}
