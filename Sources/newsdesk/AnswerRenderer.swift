import Foundation
import NewsdeskCore

/// Renders answers as text: the short answer, the sentence with the answer highlighted, and
/// the citation. Every string from an article (sentence, title, answer, speaker) is escaped
/// with `safe` before it is styled, so its control characters are shown, never sent.
struct AnswerRenderer: Sendable {
  var style: TextStyle
  /// Whether lines wrap to the terminal: its width is read again on every render, so a
  /// window resized between answers gets answers that fit it.
  var wrapsToTerminal: Bool
  var showCandidates: Bool
  /// `--explain`: the rules that scored the short answer follow it.
  var showTrace = false
  /// Titles two or more loaded articles share: their citations add the file name.
  var sharedTitles: Set<String> = []

  /// The terminal's width now, or nil when output is not wrapped.
  var width: Int? { wrapsToTerminal ? Output.terminalWidth : nil }

  func render(_ answer: Answer) -> String {
    var lines: [String] = []
    if let clarification = answer.clarification { return style.bold(safe(clarification)) }
    if let notice = answer.analysis.notice { lines.append(style.warning("(\(safe(notice)))")) }
    guard let evidence = answer.evidence else {
      lines.append(style.bold(Answer.abstentionText))
      lines.append(style.dim("  No sentence in the loaded articles matches the question."))
      return lines.joined(separator: "\n")
    }
    if answer.abstained {
      lines.append(style.bold(Answer.abstentionText))
      if let reason = answer.abstentionReason {
        lines.append(TextStyle.wrap(safe(reason.text), width: width, indent: "  "))
      }
      lines.append(
        TextStyle.wrap("Nearest: “\(safe(evidence.sentence))”", width: width, indent: "  "))
    } else {
      if let short = answer.shortAnswer {
        var line = style.answer(safe(short))
        if let speaker = answer.speaker {
          line += " — \(safe(speaker))"
        } else if let role = answer.role {
          line += " (\(safe(role)))"
        } else if let date = answer.answerDate, !short.contains(date.iso) {
          line += " (\(date.iso))"
        }
        // A long answer (a statement) wraps at words like the sentence under it.
        lines.append(TextStyle.wrap(line, width: width, indent: "", hanging: "  "))
      }
      lines.append(TextStyle.wrap("“\(highlighted(evidence))”", width: width, indent: "  "))
    }
    lines.append(
      style.dim(
        TextStyle.wrap(
          "— \(citation(evidence)) · confidence \(format(answer.confidence)) (\(ConfidenceCalibration.word(for: answer.confidence)))",
          width: width,
          indent: "  ")))
    if !answer.abstained { lines += sourceLines(answer) }
    if showCandidates { lines += candidateLines(answer.candidates) }
    if showTrace { lines += traceLines(answer.ruleTrace) }
    return lines.joined(separator: "\n")
  }

  /// The rules that scored the chosen candidate and the runner-up, each with its factor:
  /// `rules for “Noboa”: spanFit ×1, nearness ×0.78, length ×1, verbRole ×1.5 → 1.17`.
  func traceLines(_ trace: AnswerTrace) -> [String] {
    var lines: [String] = []
    if let chosen = trace.chosen {
      lines.append(traceLine("rules for", chosen))
      if let runnerUp = trace.runnerUp { lines.append(traceLine("runner-up", runnerUp)) }
    } else {
      lines.append("  rules: no candidate of the kind asked in the sentence")
    }
    if !trace.confidence.isEmpty {
      lines.append(
        TextStyle.wrap("confidence: \(trace.confidenceSummary)", width: width, indent: "  "))
    }
    return lines
  }

  private func traceLine(_ label: String, _ candidate: CandidateTrace) -> String {
    TextStyle.wrap(
      "\(label) “\(safe(candidate.text))”: \(candidate.summary) → \(format(candidate.score))",
      width: width, indent: "  ")
  }

  /// Other articles: those that agree, cited in a line; those that differ, listed with the
  /// answer above among them, newest first.
  func sourceLines(_ answer: Answer) -> [String] {
    var lines: [String] = []
    for member in answer.listMembers {
      lines.append(
        TextStyle.wrap(
          "• \(style.answer(safe(member.text))) — \(citation(member.evidence))", width: width,
          indent: "  "))
      lines.append(
        TextStyle.wrap("“\(highlighted(member.evidence))”", width: width, indent: "    "))
    }
    if !answer.alsoCitedIn.isEmpty {
      let cited = answer.alsoCitedIn.map(citation).joined(separator: "; ")
      lines.append(style.dim(TextStyle.wrap("Also in: \(cited)", width: width, indent: "  ")))
    }
    guard !answer.otherAnswers.isEmpty, let evidence = answer.evidence,
      let short = answer.shortAnswer
    else { return lines }
    if answer.otherAnswersRelation == .moreDescriptions {
      return lines + descriptionLines(answer.otherAnswers)
    }
    var accounts = answer.otherAnswers.map { ($0.text, $0.evidence, $0.alsoCitedIn, false) }
    accounts.append((short, evidence, answer.alsoCitedIn, true))
    accounts.sort { $0.1.isNewer(than: $1.1) }
    // "Newest first" is only true of articles that have dates.
    let dated = accounts.contains { $0.1.article.date != nil }
    lines.append(style.warning(dated ? "Articles differ (newest first):" : "Articles differ:"))
    for (text, source, others, isMain) in accounts {
      let marker = isMain ? " (the answer above)" : ""
      lines.append(
        TextStyle.wrap(
          "• \(style.answer(safe(text))) — \(citation(source))\(style.dim(marker))", width: width,
          indent: "  "))
      if !isMain {
        lines.append(TextStyle.wrap("“\(highlighted(source))”", width: width, indent: "    "))
      }
      for other in others where !isMain {
        lines.append(
          style.dim(TextStyle.wrap("also \(citation(other))", width: width, indent: "    ")))
      }
    }
    return lines
  }

  /// More descriptions of the same person or body, in the order the composer ranked them:
  /// they add to the answer above rather than contest it, so no "differ" warning.
  private func descriptionLines(_ descriptions: [OtherAnswer]) -> [String] {
    var lines = [style.dim("Also described as:")]
    for description in descriptions {
      lines.append(
        TextStyle.wrap(
          "• \(style.answer(safe(description.text))) — \(citation(description.evidence))",
          width: width, indent: "  "))
      lines.append(
        TextStyle.wrap("“\(highlighted(description.evidence))”", width: width, indent: "    "))
      for other in description.alsoCitedIn {
        lines.append(
          style.dim(TextStyle.wrap("also \(citation(other))", width: width, indent: "    ")))
      }
    }
    return lines
  }

  /// `[3:14] Title · 2025-09-04`: the article's `:sources` number and the sentence's
  /// number, which `:show 3:14` opens.
  func citation(_ evidence: Evidence) -> String {
    citation(
      article: evidence.article, number: evidence.articleNumber,
      sentence: evidence.sentenceNumber)
  }

  func citation(article: ArticleCitation, number: Int, sentence: Int?) -> String {
    let place = sentence.map { "[\(number + 1):\($0)]" } ?? "[\(number + 1)]"
    var parts = ["\(place) \(safe(article.title))"]
    if sharedTitles.contains(article.title) {
      parts[0] += " (\(safe((article.path as NSString).lastPathComponent)))"
    }
    if let date = article.date { parts.append(date.iso) }
    return parts.joined(separator: " · ")
  }

  func candidateLines(_ candidates: [Evidence]) -> [String] {
    guard !candidates.isEmpty else { return [] }
    var lines = ["  Top sentences:"]
    for (rank, candidate) in candidates.enumerated() {
      let label = "[\(candidate.articleNumber + 1):\(candidate.sentenceNumber)]"
      lines.append(
        TextStyle.wrap(
          "\(rank + 1). \(format(candidate.score)) \(style.dim(label)) \(safe(candidate.sentence))",
          width: width, indent: "   "))
    }
    return lines
  }

  func highlighted(_ evidence: Evidence) -> String {
    guard let range = evidence.highlight else { return safe(evidence.sentence) }
    let bytes = Array(evidence.sentence.utf8)
    guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
      return safe(evidence.sentence)
    }
    // Split on the raw bytes (the range counts them), then escape each part.
    let before = String(decoding: bytes[..<range.lowerBound], as: UTF8.self)
    let inside = String(decoding: bytes[range], as: UTF8.self)
    let after = String(decoding: bytes[range.upperBound...], as: UTF8.self)
    return safe(before) + style.highlight(safe(inside)) + safe(after)
  }

  /// `text` with each of `ranges` (UTF-8 offsets, in order, not overlapping) highlighted.
  func highlighted(_ text: String, ranges: [Range<Int>]) -> String {
    let bytes = Array(text.utf8)
    var result = ""
    var position = 0
    for range in ranges where range.lowerBound >= position && range.upperBound <= bytes.count {
      result += safe(String(decoding: bytes[position..<range.lowerBound], as: UTF8.self))
      result += style.highlight(safe(String(decoding: bytes[range], as: UTF8.self)))
      position = range.upperBound
    }
    return result + safe(String(decoding: bytes[position...], as: UTF8.self))
  }

  /// A string from an article or a file name, on one line with its control characters shown.
  func safe(_ text: String) -> String { TerminalSafe(text).line }

  func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if decimals < 2 { text += String(repeating: "0", count: 2 - decimals) }
    }
    return text
  }
}
