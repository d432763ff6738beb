import Testing

@testable import NewsdeskCore

@Suite struct CoNLLUTests {
  static let valid = """
    # text = Don't go.
    1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_
    1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
    2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
    3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
    3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_
    4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    1\tYes\tyes\tINTJ\tUH\t_\t_\t_\t_\t_

    """

  @Test func readsWordsSkippingMultiwordTokensAndEmptyNodes() throws {
    let sentences = try CoNLLU.parse(Self.valid)
    #expect(sentences.count == 2)
    #expect(sentences[0].words.map(\.form) == ["Do", "n't", "go", "."])
    #expect(sentences[0].words.map(\.head) == [3, 3, 0, 3])
    #expect(sentences[0].text == "Don't go.")
    #expect(sentences[1].words[0].head == nil)
  }

  @Test(arguments: [
    ("1\tA\ta\tDET\tDT\t_\t0\troot\t_\n", 1, "10 tab-separated columns"),
    ("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2, "ID '3'"),
    ("1\tA\ta\tDET\tDT\t_\tx\troot\t_\t_\n", 1, "HEAD 'x'"),
    ("# c\n1\tA\ta\tDET\tDT\t_\t5\troot\t_\t_\n", 2, "past the sentence"),
  ])
  func namesTheBadLine(_ text: String, _ line: Int, _ problem: String) {
    do {
      _ = try CoNLLU.parse(text)
      Issue.record("accepted invalid CoNLL-U")
    } catch {
      #expect(error.line == line)
      #expect(error.problem.contains(problem))
    }
  }
}
