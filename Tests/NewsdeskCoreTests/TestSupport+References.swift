@testable import NewsdeskCore

extension TestSupport {
  /// What each pronoun, role noun or short name of sentence `index` stands for, by the words
  /// as written ("he" → "Marco Rubio").
  static func resolvedMentions(
    _ sentences: [String], in index: Int, resolver: ReferenceResolver = ReferenceResolver()
  ) -> [String: String] {
    var result: [String: String] = [:]
    for mention in resolver.mentions(inSentence: index, sentence: { sentences[$0] }) {
      let bytes = Array(sentences[index].utf8)[mention.utf8Range]
      result[String(decoding: bytes, as: UTF8.self)] = mention.name
    }
    return result
  }
}
