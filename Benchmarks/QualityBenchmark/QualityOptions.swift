import Foundation

/// The command line of newsdesk-quality.
///
///   newsdesk-quality [DATA.json] [--sets LIST] [--data DIR] [--newsdesk BIN]
///                    [--save FILE] [--compare FILE [--against FILE]]
///                    [--misses FILE] [--squad20-misses FILE] [--threshold X] [--explain "QUESTION TEXT"]
///                    [--signals FILE.csv] [--choices FILE.csv] [--chart FILE.svg]
///
/// With no DATA and no --sets it runs every set whose data is present. A DATA file alone runs
/// it as the yardstick, as the benchmark always did.
struct QualityOptions {
  static let allSets = ["yardstick", "squad20", "trecqa", "news-dev"]

  var arguments: [String]
  var sets: [String]
  var dataDirectory: String
  var yardstickPath: String
  var newsdeskBinary: String

  init(arguments: [String] = CommandLine.arguments) throws {
    self.arguments = arguments
    dataDirectory = Self.value("--data", in: arguments) ?? "../shared/data"
    let positional = arguments.dropFirst().enumerated().first { offset, argument in
      // An option's value is not a positional argument.
      !argument.hasPrefix("--") && (offset == 0 || !arguments[offset].hasPrefix("--"))
    }?.element
    yardstickPath = positional ?? dataDirectory + "/expmrc-squad-dev.json"
    newsdeskBinary = Self.value("--newsdesk", in: arguments) ?? ".build/release/newsdesk"
    if let list = Self.value("--sets", in: arguments) {
      sets = list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
      if let unknown = sets.first(where: { !Self.allSets.contains($0) }) {
        throw QualityError(
          "no set \"\(unknown)\": --sets takes a comma-separated list of "
            + Self.allSets.joined(separator: ", "))
      }
    } else {
      sets = positional == nil ? Self.allSets : ["yardstick"]
    }
  }

  /// The value after an option, as in `--save FILE`.
  func value(_ name: String) -> String? { Self.value(name, in: arguments) }

  func has(_ name: String) -> Bool { arguments.contains(name) }

  static func value(_ name: String, in arguments: [String]) -> String? {
    guard let position = arguments.firstIndex(of: name), position + 1 < arguments.count else {
      return nil
    }
    return arguments[position + 1]
  }

  var squad20Path: String { dataDirectory + "/squad20-train-10titles.json" }
  func trecqaPath(_ split: String) -> String { dataDirectory + "/trecqa/trecqa-\(split).jsonl" }
  var newsDevDirectory: String { dataDirectory + "/news-dev" }
  /// news_eval.py lives beside the data, in the shared bench folder.
  var newsEvalScript: String {
    URL(fileURLWithPath: dataDirectory).deletingLastPathComponent()
      .appendingPathComponent("bench/news_eval.py").path
  }
}

/// A one-line error for the user: what was wrong and what to do.
struct QualityError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
