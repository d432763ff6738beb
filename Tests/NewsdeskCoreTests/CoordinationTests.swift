import Testing

@testable import NewsdeskCore

/// Coordinations read off hand-written trees (as the treebank, or the parser's slips, have
/// them): the tests check the reading, not the parser.
@Suite struct CoordinationTests {
  static let sentence = AnnotatedSentenceTests.sentence

  /// The conjuncts' texts of each coordination.
  static func lists(_ sentence: AnnotatedSentence) -> [[String]] {
    sentence.coordinations.map { $0.ranges.map { sentence.text(of: $0) } }
  }

  // The firm sells in Peru , Chile , Bolivia and Ecuador .
  static let series = sentence([
    ("The", "DET", "DT", 2, "det"), ("firm", "NOUN", "NN", 3, "nsubj"),
    ("sells", "VERB", "VBZ", 0, "root"), ("in", "ADP", "IN", 5, "case"),
    ("Peru", "PROPN", "NNP", 3, "obl"), (",", "PUNCT", ",", 7, "punct"),
    ("Chile", "PROPN", "NNP", 5, "conj"), (",", "PUNCT", ",", 9, "punct"),
    ("Bolivia", "PROPN", "NNP", 5, "conj"), ("and", "CCONJ", "CC", 11, "cc"),
    ("Ecuador", "PROPN", "NNP", 5, "conj"), (".", "PUNCT", ".", 3, "punct"),
  ])

  @Test func commaSeriesWithAnd() {
    let coordination = Self.series.coordinations
    #expect(Self.lists(Self.series) == [["Peru", "Chile", "Bolivia", "Ecuador"]])
    #expect(coordination.first?.conjunction == "and")
    #expect(Self.series.coordination(containing: 8)?.conjuncts == [4, 6, 8, 10])
    #expect(Self.series.coordination(containing: 1) == nil)
  }

  // Finds in Egypt , the Gulf of Mexico and Angola , with "and Angola" misattached to
  // "Mexico", as the parser reads it.
  static let misattached = sentence([
    ("Finds", "NOUN", "NNS", 0, "root"), ("in", "ADP", "IN", 3, "case"),
    ("Egypt", "PROPN", "NNP", 1, "nmod"), (",", "PUNCT", ",", 6, "punct"),
    ("the", "DET", "DT", 6, "det"), ("Gulf", "PROPN", "NNP", 3, "conj"),
    ("of", "ADP", "IN", 8, "case"), ("Mexico", "PROPN", "NNP", 6, "nmod"),
    ("and", "CCONJ", "CC", 10, "cc"), ("Angola", "PROPN", "NNP", 8, "conj"),
  ])

  @Test func trailingConjunctJoinsTheSeries() {
    #expect(Self.lists(Self.misattached) == [["Egypt", "the Gulf of Mexico", "Angola"]])
  }

  // Acme and Zenith , as well as Orbis , joined .
  static let asWellAs = sentence([
    ("Acme", "PROPN", "NNP", 8, "nsubj"), ("and", "CCONJ", "CC", 3, "cc"),
    ("Zenith", "PROPN", "NNP", 1, "conj"), (",", "PUNCT", ",", 8, "punct"),
    ("as", "ADV", "RB", 8, "cc"), ("well", "ADV", "RB", 5, "fixed"),
    ("as", "ADP", "IN", 5, "fixed"), ("Orbis", "PROPN", "NNP", 1, "conj"),
    ("joined", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 9, "punct"),
  ])

  @Test func asWellAsIsAConjunction() {
    #expect(Self.lists(Self.asWellAs) == [["Acme", "Zenith", "Orbis"]])
    #expect(Self.asWellAs.coordinations.first?.conjunction == "as well as")
  }

  // Plants in Arequipa and Cusco and a depot near Trujillo : a list inside a conjunct.
  static let nested = sentence([
    ("Plants", "NOUN", "NNS", 0, "root"), ("in", "ADP", "IN", 3, "case"),
    ("Arequipa", "PROPN", "NNP", 1, "nmod"), ("and", "CCONJ", "CC", 5, "cc"),
    ("Cusco", "PROPN", "NNP", 3, "conj"), ("and", "CCONJ", "CC", 8, "cc"),
    ("a", "DET", "DT", 8, "det"), ("depot", "NOUN", "NN", 1, "conj"),
    ("near", "ADP", "IN", 10, "case"), ("Trujillo", "PROPN", "NNP", 8, "nmod"),
  ])

  @Test func nestedCoordinationsStayApart() {
    let lists = Self.lists(Self.nested)
    #expect(lists.contains(["Plants in Arequipa and Cusco", "a depot near Trujillo"]))
    #expect(lists.contains(["Arequipa", "Cusco"]))
    #expect(lists.count == 2)
  }

  // with The Cloud and Hewlett Packard : two compounds and a conjunction, no conj arc.
  static let orphan = sentence([
    ("with", "ADP", "IN", 5, "case"), ("The", "DET", "DT", 3, "det"),
    ("Cloud", "PROPN", "NNP", 6, "compound"), ("and", "CCONJ", "CC", 5, "cc"),
    ("Hewlett", "PROPN", "NNP", 6, "compound"), ("Packard", "PROPN", "NNP", 0, "root"),
  ])

  @Test func conjunctionWithoutConjArcJoinsItsSibling() {
    #expect(Self.lists(Self.orphan) == [["The Cloud", "Hewlett"]])
  }

  @Test func noCoordinationInASimpleClause() {
    #expect(AnnotatedSentenceTests.noboa.coordinations.isEmpty)
    #expect(AnnotatedSentence(text: "", tokens: []).coordinations.isEmpty)
  }

  // The show saw the Pretenders , Percy Sledge , the O'Jays and Buddy Guy . — as the parser
  // misreads a long list: "Percy Sledge" a second subject, "the O'Jays" its apposition.
  static let splitSeries = sentence([
    ("The", "DET", "DT", 2, "det"), ("show", "NOUN", "NN", 3, "nsubj"),
    ("saw", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 5, "det"),
    ("Pretenders", "PROPN", "NNPS", 3, "obj"), (",", "PUNCT", ",", 3, "punct"),
    ("Percy", "PROPN", "NNP", 3, "nsubj"), ("Sledge", "PROPN", "NNP", 7, "flat"),
    (",", "PUNCT", ",", 11, "punct"), ("the", "DET", "DT", 11, "det"),
    ("O'Jays", "PROPN", "NNPS", 7, "appos"), ("and", "CCONJ", "CC", 13, "cc"),
    ("Buddy", "PROPN", "NNP", 11, "conj"), ("Guy", "PROPN", "NNP", 13, "flat"),
    (".", "PUNCT", ".", 3, "punct"),
  ])

  @Test func aWrittenSeriesOfNamesOverridesArcsThatSplitIt() {
    #expect(
      Self.lists(Self.splitSeries) == [
        ["the Pretenders", "Percy Sledge", "the O'Jays", "Buddy Guy"]
      ]
    )
    #expect(Self.splitSeries.coordinations.first?.conjunction == "and")
  }

  // Ann Lee and Bo Chan met Cy Diaz . — two names are not enough to overrule the parse.
  static let twoNames = sentence([
    ("Ann", "PROPN", "NNP", 6, "nsubj"), ("Lee", "PROPN", "NNP", 1, "flat"),
    ("and", "CCONJ", "CC", 4, "cc"), ("Bo", "PROPN", "NNP", 1, "conj"),
    ("Chan", "PROPN", "NNP", 4, "flat"), ("met", "VERB", "VBD", 0, "root"),
    ("Cy", "PROPN", "NNP", 6, "obj"), ("Diaz", "PROPN", "NNP", 7, "flat"),
    (".", "PUNCT", ".", 6, "punct"),
  ])

  @Test func twoNamesKeepTheParsersReading() {
    #expect(Self.lists(Self.twoNames) == [["Ann Lee", "Bo Chan"]])
  }
}
