import Testing

@testable import NewsdeskCore

/// An undated article takes its date from a YYYY-MM-DD in its file or folder name.
@Suite struct PathDateTests {
  @Test(arguments: [
    ("/news/2025-09-04-rubio.txt", Optional("2025-09-04")),
    ("/news/2024-01-02/story.txt", "2024-01-02"),
    ("/2023-05-06/2024-01-02/story-2025-02-03.txt", "2025-02-03"),
    ("/news/story.txt", nil),
    ("/news/2025-13-40-bad.txt", nil),
    ("/news/12025-09-04.txt", nil),
    ("/news/2025-09-041.txt", nil),
    ("/news/20250904.txt", nil),
  ])
  func dateFromPath(_ path: String, _ expected: String?) {
    #expect(PathDate.date(in: path)?.iso == expected)
  }

  @Test func anUndatedArticleTakesItsFileNamesDateAndADatedOneKeepsItsOwn() {
    var library = ArticleLibrary()
    library.add(
      text: "A title\n\nThe port reopened on Monday.", id: "a", path: "/n/2025-10-03-port.txt")
    library.add(
      text: "date 2024-01-01\nAnother\n\nThe port closed.", id: "b", path: "/n/2025-10-03-b.txt")
    #expect(library.articles[0].date?.iso == "2025-10-03")
    #expect(library.articles[1].date?.iso == "2024-01-01")
  }
}
