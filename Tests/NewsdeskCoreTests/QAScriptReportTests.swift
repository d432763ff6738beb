import Foundation
import FoundationXML
import Testing

@testable import NewsdeskCore

/// The machine reports: JUnit XML that a parser accepts, and JSON lines.
@Suite struct QAScriptReportTests {
  static func files() throws -> [QAFileResult] {
    let text =
      "who did Rubio meet?\n= Noboa\n\nwho did Rubio meet?\n= <Correa> & \"Co\"\n\nwho did Rubio meet?\n"
    let script = try QAScriptParser().parse(text, path: "dir/a&b.qa").get()
    let ran = QAScriptRunner(session: try QAScriptRunnerTests.session()).run(script)
    let broken = QAFileResult(
      path: "bad.qa", script: nil,
      errors: [QAScriptError(path: "bad.qa", line: 3, message: "unknown marker '%'")])
    return [ran, broken]
  }

  /// Collects elements and their attributes while parsing.
  final class Collector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements.append((name, attributes))
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
  }

  @Test func junitIsWellFormedAndCountsEverything() throws {
    let xml = QAJUnitReport.xml(files: try Self.files())
    let parser = XMLParser(data: Data(xml.utf8))
    let collector = Collector()
    parser.delegate = collector
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(xml)")
    let root = try #require(collector.elements.first)
    #expect(root.name == "testsuites")
    #expect(root.attributes["tests"] == "4")
    #expect(root.attributes["failures"] == "1")
    #expect(root.attributes["errors"] == "1")
    #expect(root.attributes["skipped"] == "1")
    let suites = collector.elements.filter { $0.name == "testsuite" }
    #expect(suites.map { $0.attributes["name"] } == ["dir/a&b.qa", "bad.qa"])
    let failure = try #require(collector.elements.first { $0.name == "failure" })
    #expect(failure.attributes["message"] == "expected = <Correa> & \"Co\", got \"Daniel Noboa\"")
    #expect(collector.elements.filter { $0.name == "skipped" }.count == 1)
    let error = try #require(collector.elements.first { $0.name == "error" })
    #expect(error.attributes["message"] == "bad.qa:3: unknown marker '%'")
    #expect(collector.text.contains("dir/a&b.qa:4: who did Rubio meet?"))
    let cases = collector.elements.filter { $0.name == "testcase" }
    #expect(cases.first?.attributes["line"] == "1")
  }

  @Test func junitDropsCharactersXMLCannotHold() {
    #expect(QAJUnitReport.escape("a\u{01}b\u{1B}c") == "abc")
    #expect(QAJUnitReport.escape("x\ny") == "x&#10;y")
    #expect(QAJUnitReport.escape("x\ny", inAttribute: false) == "x\ny")
  }

  @Test func jsonObjectsCarryTypeStatusAndTheAnswer() throws {
    let files = try Self.files()
    let cases = files[0].cases.map {
      QAJSONReport.caseObject($0, includeCandidates: false).serialized()
    }
    let objects = try cases.map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.map { $0["type"] as? String } == ["case", "case", "case"])
    #expect(objects.map { $0["status"] as? String } == ["passed", "failed", "skipped"])
    #expect(objects.map { $0["line"] as? Int } == [1, 4, 7])
    let got = try #require(objects[1]["got"] as? [String: Any])
    #expect(got["answer"] as? String == "Daniel Noboa")
    #expect(got["sentenceIndex"] as? Int == 2)
    let expectations = try #require(objects[1]["expectations"] as? [[String: Any]])
    #expect(expectations.first?["met"] as? Bool == false)

    let error = QAJSONReport.errorObject(files[1].errors[0]).serialized()
    #expect(error == #"{"type":"error","file":"bad.qa","line":3,"message":"unknown marker '%'"}"#)
    let summary = QAJSONReport.summaryObject(QARunSummary(files: files)).serialized()
    #expect(
      summary.hasPrefix(
        #"{"type":"summary","passed":1,"failed":1,"skipped":1,"errors":1,"answering":{"questions":2,"#
      ))
    #expect(summary.contains(#""byAnswerType":{"PERSON":{"passed":1,"failed":1,"skipped":1}}"#))
    #expect(
      summary.contains(
        #""byFile":{"dir/a&b.qa":{"passed":1,"failed":1,"skipped":1,"errors":0},"bad.qa":"#))
  }
}
