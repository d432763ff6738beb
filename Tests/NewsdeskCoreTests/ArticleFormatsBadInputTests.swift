import Foundation
import Testing

@testable import NewsdeskCore

/// Hostile or broken markup loads as far as sensible or is skipped with one warning; never
/// a crash, a hang, a network fetch, a read of another file or an entity explosion.
@Suite struct ArticleFormatsBadInputTests {
  static var folder: String {
    TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/formats/bad").path
  }

  static func read(_ name: String) -> Result<ArticleReader.Draft, LoadWarning> {
    ArticleReader().read(path: folder + "/" + name)
  }

  @Test func malformedHTMLIsRecoveredFrom() throws {
    let draft = try Self.read("malformed.html").get()
    #expect(draft.body.contains("The harbour board met on Tuesday"))
    #expect(draft.body.contains("Officials said the change would cost 2 million pesos"))
    #expect(!draft.body.contains("<"))
  }

  @Test func anExternalEntityIsNeitherFetchedNorRead() throws {
    let draft = try Self.read("external-entity.xml").get()
    #expect(draft.body.contains("The port authority named a new director on Friday."))
    #expect(!draft.body.contains("root:"))
  }

  @Test func aBillionLaughsIsNotExpanded() {
    switch Self.read("billion-laughs.xml") {
    case .success(let draft):
      #expect(draft.body.utf8.count < 10_000)
      #expect(!draft.body.contains("lollol"))
    case .failure(let warning):
      #expect(warning.reason.contains("XML"))
    }
  }

  @Test func otherXMLIsSkippedNamingItsRoot() {
    guard case .failure(let warning) = Self.read("not-news.xml") else {
      Issue.record("a configuration file loaded as an article")
      return
    }
    #expect(warning.reason.contains("<configuration>"))
  }

  @Test func aFolderOfBadInputsLoadsWhatItCanWithOneWarningPerSkippedFile() throws {
    var library = ArticleLibrary()
    let report = try library.load(paths: [Self.folder])
    let files = try ArticleFileFinder().find(in: Self.folder).files.count
    #expect(files == 4)
    #expect(report.articlesAdded + report.warnings.count == files)
    #expect(report.warnings.count == Set(report.warnings.map(\.path)).count)
  }

  @Test(arguments: [
    "", "<", "<html>", "<?xml version='1.0'?>", "<nitf><body><body.content>", "\u{FEFF}<p>",
    "<nitf>&undefined;</nitf>", "<newsItem><contentSet><inlineData>Text.</inlineData>",
  ])
  func tinyOrTruncatedMarkupNeverCrashes(text: String) {
    for path in ["x.html", "x.xml"] {
      switch ArticleReader().read(text: text, path: path, baseID: "x") {
      case .success(let draft): #expect(!draft.sentences.isEmpty)
      case .failure(let warning): #expect(!warning.reason.isEmpty)
      }
    }
  }

  /// libxml2 stops at its nesting limit (256 without XML_PARSE_HUGE): the text before the
  /// maze loads, and nothing recurses a million levels deep.
  @Test func deeplyNestedDivsLoadTheTextBeforeThem() throws {
    let depth = 1_000_000
    let html =
      "<p>The opening sentence is here.</p>" + String(repeating: "<div>", count: depth)
      + "The deepest sentence is here." + String(repeating: "</div>", count: depth)
    let draft = try ArticleReader().read(text: html, path: "deep.html", baseID: "deep").get()
    #expect(draft.body.hasPrefix("The opening sentence is here."))
  }

  @Test func aWronglyDeclaredEncodingStillReadsUTF8Text() throws {
    let html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Muñoz met Núñez.</p>"
    let draft = try ArticleReader().read(text: html, path: "enc.html", baseID: "enc").get()
    #expect(draft.body == "Muñoz met Núñez.")
  }

  @Test func latin1HTMLIsReadByItsDeclaration() throws {
    let folder = try TemporaryFolder()
    var bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Mu".utf8)
    bytes.append(0xF1)  // ñ in Latin-1
    bytes += Array("oz spoke.</p></body></html>".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/latin.html"))
    let draft = try ArticleReader().read(path: folder.path + "/latin.html").get()
    #expect(draft.body == "Muñoz spoke.")
  }
}
