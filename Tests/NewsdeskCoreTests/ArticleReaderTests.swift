import Foundation
import Testing

@testable import NewsdeskCore

@Suite struct ArticleReaderTests {
  let reader = ArticleReader()

  @Test func readsAFrontMatterArticle() throws {
    let path = TestSupport.fixtureArticlesPath + "/quito-water-plan.txt"
    let draft = try reader.read(path: path).get()
    #expect(draft.baseID == "quito-water-plan")
    #expect(draft.title == "Quito council approves water plan")
    #expect(draft.date?.iso == "2025-03-10")
    #expect(draft.source == "Andes Wire")
    #expect(draft.path == path)
    #expect(draft.sentences.count == 4)
    #expect(!draft.body.contains("title:"))
  }

  @Test func readsTheSeedArticle() throws {
    let draft = try reader.read(path: TestSupport.seedArticlePath).get()
    #expect(draft.date?.iso == "2025-09-04")
    #expect(draft.title == "US Secretary of State Marco Rubio is expected to discuss bolstering…")
    #expect(draft.sentences.count >= 20)
    let article = Article(
      id: draft.baseID, title: draft.title, date: draft.date, source: draft.source,
      path: draft.path,
      body: draft.body, sentences: draft.sentences)
    #expect(article.sentence(0).hasPrefix("US Secretary of State Marco Rubio"))
    #expect(article.sentence(1).hasPrefix("Rubio will meet Ecuador's President Daniel Noboa"))
  }

  @Test func sentenceLocationsAreInsideTheBodyAndOrdered() throws {
    let draft = try reader.read(path: TestSupport.seedArticlePath).get()
    let length = Int32(draft.body.utf8.count)
    for (previous, next) in zip(draft.sentences, draft.sentences.dropFirst()) {
      #expect(previous.end <= next.start)
      #expect(previous.paragraph <= next.paragraph)
    }
    for location in draft.sentences {
      #expect(0 <= location.start && location.start < location.end && location.end <= length)
    }
  }

  @Test func nonASCIIBodyKeepsItsSentences() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "bogota.txt", "En Bogotá, el alcalde habló. 中文新闻很好。 Then Noboa spoke.")
    let draft = try reader.read(path: path).get()
    let article = Article(
      id: draft.baseID, title: draft.title, date: nil, source: nil, path: path, body: draft.body,
      sentences: draft.sentences)
    #expect(article.sentence(0) == "En Bogotá, el alcalde habló.")
    #expect(draft.title == "En Bogotá, el alcalde habló.")
  }

  @Test func baseIDDropsOnlyTheLastExtension() {
    #expect(ArticleReader.baseID(for: "/a/b/story.final.txt") == "story.final")
    #expect(ArticleReader.baseID(for: "story.md") == "story")
    #expect(ArticleReader.baseID(for: "/a/.profile") == ".profile")
    #expect(ArticleReader.baseID(for: "/a/README") == "README")
  }

  // MARK: - Files that are skipped

  func expectSkipped(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    switch reader.read(path: path) {
    case .success:
      Issue.record("\(path) should have been skipped", sourceLocation: sourceLocation)
    case .failure(let warning):
      #expect(warning.path == path, sourceLocation: sourceLocation)
      #expect(!warning.reason.isEmpty, sourceLocation: sourceLocation)
      #expect(warning.description.contains(path), sourceLocation: sourceLocation)
    }
  }

  @Test func emptyFileIsSkipped() throws {
    let folder = try TemporaryFolder()
    expectSkipped(try folder.write("empty.txt", ""))
  }

  @Test func whitespaceOnlyFileIsSkipped() throws {
    let folder = try TemporaryFolder()
    expectSkipped(try folder.write("blank.txt", "  \n\n\t \n"))
  }

  @Test func frontMatterOnlyFileIsSkipped() throws {
    let folder = try TemporaryFolder()
    expectSkipped(try folder.write("meta.md", "---\ntitle: Nothing else\n---\n"))
  }

  @Test func binaryFileIsSkipped() throws {
    let folder = try TemporaryFolder()
    var bytes = Data("Looks like text at first".utf8)
    bytes += Data([0, 1, 2, 3, 0, 0, 0xFF, 0x10])
    expectSkipped(try folder.write("image.txt", data: bytes))
  }

  @Test func invalidUTF8IsSkipped() throws {
    let folder = try TemporaryFolder()
    // "café" in Latin-1: the é is a lone 0xE9 byte.
    expectSkipped(
      try folder.write("latin1.txt", data: Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B, 0x2E])))
  }

  @Test func tooLargeFileIsSkipped() throws {
    let folder = try TemporaryFolder()
    var small = ArticleReader()
    small.maximumFileSize = 16
    let path = try folder.write("big.txt", "This sentence is longer than sixteen bytes.")
    guard case .failure(let warning) = small.read(path: path) else {
      Issue.record("a file over the size limit was read")
      return
    }
    #expect(warning.path == path)
  }

  @Test func vanishedFileIsSkipped() {
    expectSkipped("/no/such/file.txt")
  }

  @Test func unreadableFileIsSkipped() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("locked.txt", "A secret sentence.")
    #expect(chmod(path, 0) == 0)
    // root reads any file whatever its mode; then there is nothing to check but that it loads.
    if access(path, R_OK) == 0 {
      #expect((try? reader.read(path: path).get()) != nil)
    } else {
      expectSkipped(path)
    }
  }
}
