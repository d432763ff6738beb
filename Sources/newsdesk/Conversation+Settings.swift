import Foundation
import NewsdeskCore

/// `:set`, `:history` and `:save`: the session's settings and record.
extension Conversation {
  mutating func set(_ argument: String) {
    let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
    guard let name = parts.first?.lowercased() else {
      say(settingsText())
      return
    }
    let value = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces).lowercased() : ""
    switch name {
    case "top":
      guard let top = Int(value), (1...100).contains(top) else {
        say("top takes a whole number from 1 to 100, e.g. :set top 5", isError: true)
        return
      }
      session.top = top
      renderer.showCandidates = true
    case "threshold":
      guard let threshold = Double(value), (0...1).contains(threshold) else {
        say("threshold takes a number from 0 to 1, e.g. :set threshold 0.4", isError: true)
        return
      }
      session.composer.options.threshold = threshold
    case "color", "colour":
      guard let on = Self.onOff(value) else {
        say("color takes on or off, e.g. :set color off", isError: true)
        return
      }
      renderer.style.enabled = on
    case "pager":
      guard let on = Self.onOff(value) else {
        say("pager takes on or off, e.g. :pager off", isError: true)
        return
      }
      pagerEnabled = on
    default:
      say(
        "No setting \(TerminalSafe(name).quoted): :set top N, threshold X, color on|off or pager on|off.",
        isError: true)
      return
    }
    say(settingsText())
  }

  static func onOff(_ value: String) -> Bool? {
    switch value {
    case "on", "yes", "true", "1": return true
    case "off", "no", "false", "0": return false
    default: return nil
    }
  }

  func settingsText() -> String {
    let top = renderer.showCandidates ? "\(session.top) (ranked sentences shown)" : "\(session.top)"
    return [
      "top        \(top)",
      "threshold  \(renderer.format(session.composer.options.threshold))",
      "color      \(renderer.style.enabled ? "on" : "off")",
      "pager      \(pagerEnabled ? "on" : "off") (\(TerminalSafe(Pager.fromEnvironment().command).line))",
    ].joined(separator: "\n")
  }

  func showHistory(_ argument: String) {
    let count = argument.isEmpty ? 20 : Int(argument) ?? -1
    guard count > 0 else {
      say("Give how many lines to show: :history 20", isError: true)
      return
    }
    guard !history.isEmpty else {
      say("No history yet.")
      return
    }
    let first = max(0, history.count - count)
    let lines = history[first...].enumerated().map {
      "\(String(first + $0.offset + 1).leftPadded(to: 5))  \(TerminalSafe($0.element).line)"
    }
    say(lines.joined(separator: "\n"), paged: true)
  }

  /// Writes the session's questions and answers as Markdown. A file that exists is left
  /// alone unless this session wrote it: `:save` never replaces the user's own file.
  mutating func save(_ argument: String) {
    guard !argument.isEmpty else {
      say("Give a file: :save notes.md", isError: true)
      return
    }
    let path = NSString(string: argument).expandingTildeInPath
    if FileManager.default.fileExists(atPath: path), !savedFiles.contains(path) {
      say(
        "\(TerminalSafe(path).quoted) exists and is left alone: :save to a new file name.",
        isError: true)
      return
    }
    let markdown = TranscriptEntry.markdown(transcript, renderer: renderer)
    do {
      try Data(markdown.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      savedFiles.insert(path)
      let count = transcript.count
      say("Saved \(count) question\(count == 1 ? "" : "s") to \(TerminalSafe(path).quoted).")
    } catch {
      let folder = (path as NSString).deletingLastPathComponent
      let reason =
        FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder)
        ? "cannot be written" : "is in a folder that does not exist"
      say("newsdesk: \(TerminalSafe(path).quoted) \(reason); nothing was saved", isError: true)
    }
  }
}
