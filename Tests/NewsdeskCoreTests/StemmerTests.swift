import Testing

@testable import NewsdeskCore

@Suite struct StemmerTests {
  @Test(arguments: [
    ("meeting", "meet"), ("meetings", "meet"), ("countries", "countri"), ("country", "countri"),
    ("closed", "close"), ("closing", "close"), ("running", "run"), ("security", "secur"),
    ("cooperation", "cooper"), ("rubio", "rubio"), ("noboa", "noboa"), ("2009", "2009"),
  ])
  func stems(_ word: String, _ stem: String) {
    #expect(Stemmer().stem(word) == stem)
  }

  @Test func oddInputDoesNotCrash() {
    let stemmer = Stemmer()
    #expect(stemmer.stem("") == "")
    #expect(!stemmer.stem("bogotá").isEmpty)
    #expect(!stemmer.stem("中文").isEmpty)
    #expect(!stemmer.stem(String(repeating: "a", count: 10_000)).isEmpty)
  }

  @Test func oneStemmerGivesTheSameAnswerTwice() {
    let stemmer = Stemmer()
    let first = ["meeting", "countries", "violence", "meeting"].map(stemmer.stem)
    let second = ["meeting", "countries", "violence", "meeting"].map(stemmer.stem)
    #expect(first == second)
    #expect(first[0] == first[3])
  }
}
