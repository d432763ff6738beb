import Foundation
import Testing

@testable import NewsdeskCore

/// The committed model on text it was not trained on, and on text no treebank has.
@Suite(.needsWordNet) struct SyntaxModelTests {
  static let annotator: SentenceAnnotator? = {
    guard let model = try? SyntaxModel.load(path: SyntaxModelLocation.sourceTreePath) else {
      return nil
    }
    return SentenceAnnotator(model: model, lexicon: TestSupport.lexicon.wordNet)
  }()

  @Test func committedModelLoads() throws {
    let model = try SyntaxModel.load(path: SyntaxModelLocation.sourceTreePath)
    #expect(model.coarseTags.contains("PROPN"))
    #expect(model.relations.contains("nsubj:pass"))
  }

  @Test(arguments: [
    "Hello",
    String(repeating: "word ", count: 1_000),
    String(repeating: "the cat, ", count: 400) + "sat.",
    "!!! ... ??? --- ;;;",
    "12 345 678.9 0",
    "🚀🔥 🎉 emoji only 😀",
    "See https://example.com/path?q=1 and www.bbc.co.uk or mail me@x.org.",
    "THE PRESIDENT SAID THE TALKS HAD FAILED.",
    "Moscú и 北京 agreed العربية on Tuesday.",
    "\u{0}\u{7}control\u{1b}[31m",
  ])
  func badInputGetsAnAnnotation(_ text: String) throws {
    let annotator = try #require(Self.annotator)
    let sentence = annotator.annotate(text)
    #expect(sentence.tokens.count == TreebankTokenizer.tokens(in: text).count)
    if !sentence.tokens.isEmpty {
      #expect(sentence.tokens.filter { $0.head == nil }.count == 1)
      #expect(sentence.tokens.allSatisfy { $0.head.map(sentence.tokens.indices.contains) ?? true })
      #expect(sentence.tokens.allSatisfy { !$0.relation.isEmpty && !$0.coarseTag.isEmpty })
    }
    _ = sentence.nounPhrases
    _ = sentence.predicates
  }

  @Test func reportedClauseKeepsItsOwnSubject() throws {
    let annotator = try #require(Self.annotator)
    let sentence = annotator.annotate("Police said gunmen attacked the convoy.")
    #expect(
      sentence.tokens.map(\.coarseTag) == ["NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    let attacked = try #require(sentence.predicates.first { $0.head == 3 })
    #expect(attacked.subject == 2)
    #expect(attacked.object == 5)
    #expect(sentence.predicates.first { $0.head == 1 }?.clausalComplements == [3])
    #expect(sentence.tokens[3].lemma == "attack")
  }

  @Test func annotationsAreCachedPerSentence() throws {
    let annotator = try #require(Self.annotator)
    let first = annotator.annotate("The minister met the president in Quito.")
    let second = annotator.annotate("The minister met the president in Quito.")
    #expect(first.tokens == second.tokens)
  }
}
