import Foundation
import Testing

@testable import NewsdeskCore

/// `--update`: only failing and new questions change, and everything else stays byte for byte.
@Suite struct QAScriptUpdateTests {
  /// What came back for one question in a table row.
  enum Reply: Sendable, CustomStringConvertible {
    case says(String, sentence: Int)
    case answersWithoutShortAnswer(sentence: Int)
    case abstains

    var description: String {
      switch self {
      case .says(let text, let sentence): return "\(text)#\(sentence)"
      case .answersWithoutShortAnswer(let sentence): return "(none)#\(sentence)"
      case .abstains: return "(abstains)"
      }
    }

    var answer: Answer {
      switch self {
      case .says(let text, let sentence):
        return QAScriptMatchingTests.answer(text, sentence: sentence)
      case .answersWithoutShortAnswer(let sentence):
        return QAScriptMatchingTests.answer(nil, sentence: sentence)
      case .abstains: return QAScriptMatchingTests.answer(nil, abstained: true, sentence: 1)
      }
    }
  }

  /// Checks each case of `text` against its reply, as the runner does, then rewrites.
  static func update(_ text: String, _ replies: [Reply]) throws -> (text: String, updated: Int)? {
    let script = try QAScriptParser().parse(text, path: "t.qa").get()
    let results = zip(script.cases, replies).map { testCase, reply in
      let answer = reply.answer
      return QACaseResult(
        path: "t.qa", testCase: testCase, answer: answer,
        unmet: testCase.expectations.filter {
          !$0.isMet(by: answer, in: QAScriptMatchingTests.library)
        })
    }
    return QAScriptUpdater().rewrite(script, results: results)
  }

  @Test(arguments: [
    // A new question gets its answer and citation, indented like the question.
    ("who?\n", [Reply.says("Daniel Noboa", sentence: 1)], "who?\n= Daniel Noboa\n@ seed#1\n", 1),
    ("  who?\n", [.says("Noboa", sentence: 2)], "  who?\n  = Noboa\n  @ seed#2\n", 1),
    ("who?\n", [.abstains], "who?\n!\n", 1),
    ("who?\n", [.answersWithoutShortAnswer(sentence: 3)], "who?\n!!\n@ seed#3\n", 1),
    // A failing expectation is replaced in place, keeping the author's marker.
    (
      "# c\nwho?\n= Correa\n\n# end\n", [.says("Noboa", sentence: 2)],
      "# c\nwho?\n= Noboa\n\n# end\n", 1
    ),
    ("who?\n== Correa\n", [.says("Daniel Noboa", sentence: 2)], "who?\n== Daniel Noboa\n", 1),
    ("who?\n~ /correa/\n", [.says("Noboa", sentence: 2)], "who?\n= Noboa\n", 1),
    ("who?\n= Correa\n", [.abstains], "who?\n!\n", 1),
    ("who?\n!\n", [.says("Noboa", sentence: 2)], "who?\n= Noboa\n", 1),
    ("who?\n!\n", [.answersWithoutShortAnswer(sentence: 2)], "who?\n!!\n", 1),
    ("who?\n!!\n", [.abstains], "who?\n!\n", 1),
    // Passing lines of a failing question stay; citations keep their granularity.
    ("who?\n= Noboa\n@ seed#9\n", [.says("Noboa", sentence: 2)], "who?\n= Noboa\n@ seed#2\n", 1),
    ("who?\n= Noboa\n@ #9\n", [.says("Noboa", sentence: 2)], "who?\n= Noboa\n@ #2\n", 1),
    ("who?\n= Noboa\n@ port\n", [.says("Noboa", sentence: 2)], "who?\n= Noboa\n@ seed\n", 1),
    // Two unmet text lines that now say the same thing become one.
    ("who?\n= Correa\n= Rafael\n", [.says("Noboa", sentence: 2)], "who?\n= Noboa\n", 1),
    ("who?\n!!\n= Correa\n", [.answersWithoutShortAnswer(sentence: 2)], "who?\n!!\n", 1),
    // Only the failing question of several changes.
    (
      "a?\n= Noboa\n\nb?\n= Correa\n\nc?\n# keep me\n",
      [.says("Noboa", sentence: 2), .says("2009", sentence: 3), .abstains],
      "a?\n= Noboa\n\nb?\n= 2009\n\nc?\n!\n# keep me\n", 2
    ),
    // Line endings and a missing final newline survive.
    ("who?\r\n= Correa\r\n", [.says("Noboa", sentence: 2)], "who?\r\n= Noboa\r\n", 1),
    ("who?\n= Correa", [.says("Noboa", sentence: 2)], "who?\n= Noboa", 1),
  ])
  func rewrites(_ text: String, _ replies: [Reply], _ expected: String, _ updated: Int) throws {
    let rewritten = try #require(try Self.update(text, replies))
    #expect(rewritten.text == expected)
    #expect(rewritten.updated == updated)
  }

  @Test func aPassingFileIsNotRewritten() throws {
    #expect(
      try Self.update("# only passing\nwho?\n= Noboa\n", [.says("Daniel Noboa", sentence: 2)])
        == nil)
  }

  @Test func aRewrittenFileParsesAndPasses() throws {
    let text = "who?\n= Correa\n~ /x/\n@ #9\n\nwhen?\n!\n\nwhere?\n"
    let replies: [Reply] = [
      .says("Daniel Noboa", sentence: 2), .says("2009", sentence: 3), .abstains,
    ]
    let rewritten = try #require(try Self.update(text, replies))
    #expect(try Self.update(rewritten.text, replies) == nil)
  }
}
