import Testing

@testable import NewsdeskCore

/// No index term is ever empty, whatever the words: a word of combining marks alone folds to
/// nothing (found by QuestionFuzz on "\0\0\0\u{7}\0\u{736}\0B").
@Suite struct TermAnalyzerEmptyTermTests {
  @Test(arguments: ["\u{736}", "\u{301}\u{301}", "\0\0\0\u{7}\0\u{736}\0B", "a \u{308} b"])
  func noEmptyTerm(text: String) {
    var analyzer = TermAnalyzer()
    #expect(!analyzer.terms(in: text).contains(""))
    #expect(!QuestionAnalyzer().analyze(text).terms.contains(""))
  }

  @Test func accentedWordsStillFold() {
    var analyzer = TermAnalyzer()
    #expect(analyzer.terms(in: "Temür") == analyzer.terms(in: "Temur"))
  }
}
