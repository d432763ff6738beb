/// `--junit FILE`: the JUnit XML that CI systems (GitLab, Jenkins, GitHub test reporters)
/// read. One testsuite per script file; a question is a testcase; a problem with a file is a
/// testcase with an <error>, so a malformed or missing file shows up in CI rather than
/// vanishing from the count.
public enum QAJUnitReport {
  public static func xml(files: [QAFileResult]) -> String {
    let summary = QARunSummary(files: files)
    var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    out +=
      "<testsuites name=\"newsdesk\"" + counts(summary.total, errors: summary.errorCount) + ">\n"
    for file in files {
      out +=
        "  <testsuite name=\"\(escape(file.path))\"" + counts(file.tally, errors: file.errors.count)
        + ">\n"
      for result in file.cases { out += testcase(result) }
      for error in file.errors {
        let name = error.line > 0 ? "line \(error.line): file error" : "file error"
        out += "    <testcase classname=\"\(escape(file.path))\" name=\"\(escape(name))\">\n"
        out += "      <error message=\"\(escape(error.description))\" type=\"script\"/>\n"
        out += "    </testcase>\n"
      }
      out += "  </testsuite>\n"
    }
    out += "</testsuites>\n"
    return out
  }

  static func testcase(_ result: QACaseResult) -> String {
    let path = escape(result.path)
    let name = escape("line \(result.testCase.line): \(result.testCase.question)")
    var out =
      "    <testcase classname=\"\(path)\" name=\"\(name)\" file=\"\(path)\" line=\"\(result.testCase.line)\""
    switch result.status {
    case .passed:
      return out + "/>\n"
    case .skipped:
      out += ">\n      <skipped message=\"no expectation; newsdesk test --update writes one\"/>\n"
    case .failed:
      out += ">\n      <failure message=\"\(escape(result.failureSummary))\" type=\"expectation\">"
      let details = [result.location + ": " + result.testCase.question] + result.failureDetails
      out += escape(details.joined(separator: "\n"), inAttribute: false)
      out += "</failure>\n"
    }
    return out + "    </testcase>\n"
  }

  static func counts(_ tally: QATally, errors: Int) -> String {
    " tests=\"\(tally.total + errors)\" failures=\"\(tally.failed)\" errors=\"\(errors)\" skipped=\"\(tally.skipped)\""
  }

  /// Escapes markup and drops the characters XML 1.0 cannot hold at all. Line breaks in an
  /// attribute must be character references, or parsers fold them into spaces.
  static func escape(_ text: String, inAttribute: Bool = true) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += inAttribute ? "&#10;" : "\n"
      case "\t", "\r": out += "&#\(scalar.value);"
      case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
