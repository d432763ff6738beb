import Testing

@testable import NewsdeskCore

/// Reported speech read off the tree: the trees are written by hand, as the treebank would
/// have them, so these tests check the reading, not the parser.
@Suite struct SpeechActTests {
  static let sentence = AnnotatedSentenceTests.sentence

  func text(_ range: ClosedRange<Int>?, _ sentence: AnnotatedSentence) -> String? {
    range.map { sentence.text(of: $0) }
  }

  // “ Tough times are ahead , ” chairman and chief executive Marion Keane said .
  static let roleBeforeName = sentence([
    ("“", "PUNCT", "``", 5, "punct"), ("Tough", "ADJ", "JJ", 3, "amod"),
    ("times", "NOUN", "NNS", 5, "nsubj"), ("are", "AUX", "VBP", 5, "cop"),
    ("ahead", "ADV", "RB", 14, "ccomp"), (",", "PUNCT", ",", 5, "punct"),
    ("”", "PUNCT", "''", 5, "punct"), ("chairman", "NOUN", "NN", 14, "obl:unmarked"),
    ("and", "CCONJ", "CC", 12, "cc"), ("chief", "ADJ", "JJ", 12, "amod"),
    ("executive", "ADJ", "NN", 12, "amod"), ("Marion", "PROPN", "NNP", 14, "nsubj"),
    ("Keane", "PROPN", "NNP", 12, "flat"), ("say", "VERB", "VBD", 0, "root"),
    (".", "PUNCT", ".", 14, "punct"),
  ])

  @Test func theRoleBeforeTheNameIsPartOfTheSpeaker() throws {
    let sentence = Self.roleBeforeName
    let act = try #require(sentence.speechActs().first)
    #expect(text(act.speaker, sentence) == "chairman and chief executive Marion Keane")
    #expect(text(act.name, sentence) == "Marion Keane")
    #expect(text(act.content, sentence) == "Tough times are ahead")
    #expect(act.isQuote)
    #expect(!act.runsOn)
  }

  // Economist Ida Marsh of Tolland Capital said rates would fall .
  // As the parser misreads it: "Capital" split off as a second subject of "said", nearer the
  // verb than the person whose "of Tolland" it ends.
  static let splitAffiliation = sentence([
    ("Economist", "NOUN", "NN", 2, "nmod:desc"), ("Ida", "PROPN", "NNP", 7, "nsubj"),
    ("Marsh", "PROPN", "NNP", 2, "flat"), ("of", "ADP", "IN", 5, "case"),
    ("Tolland", "PROPN", "NNP", 2, "nmod"), ("Capital", "PROPN", "NNP", 7, "nsubj"),
    ("say", "VERB", "VBD", 0, "root"), ("rates", "NOUN", "NNS", 10, "nsubj"),
    ("would", "AUX", "MD", 10, "aux"), ("fall", "VERB", "VB", 7, "ccomp"),
    (".", "PUNCT", ".", 7, "punct"),
  ])

  @Test func theSplitOffEndOfAnAffiliationIsNotTheSpeaker() throws {
    let sentence = Self.splitAffiliation
    let act = try #require(sentence.speechActs().first)
    #expect(text(act.name, sentence) == "Ida Marsh")
    #expect(text(act.speaker, sentence) == "Economist Ida Marsh of Tolland Capital")
    #expect(text(act.content, sentence) == "rates would fall")
  }

  // Cabello accused the bank of committing fraud , saying “ they stole millions . ”
  // As the parser misreads it: the quote's verb hangs from "accused", "committing" and
  // "saying" from the quote's verb, so the nearest subject up the tree is inside the quote.
  static let sayingWithMisplacedQuote = sentence([
    ("Cabello", "PROPN", "NNP", 2, "nsubj"), ("accuse", "VERB", "VBD", 0, "root"),
    ("the", "DET", "DT", 4, "det"), ("bank", "NOUN", "NN", 2, "obj"),
    ("of", "SCONJ", "IN", 6, "mark"), ("commit", "VERB", "VBG", 12, "advcl"),
    ("fraud", "NOUN", "NN", 6, "obj"), (",", "PUNCT", ",", 9, "punct"),
    ("say", "VERB", "VBG", 6, "advcl"), ("“", "PUNCT", "``", 9, "punct"),
    ("they", "PRON", "PRP", 12, "nsubj"), ("steal", "VERB", "VBD", 2, "ccomp"),
    ("millions", "NOUN", "NNS", 12, "obj"), (".", "PUNCT", ".", 12, "punct"),
    ("”", "PUNCT", "''", 12, "punct"),
  ])

  @Test func aSayingPhraseIsNeverSpokenByASubjectInsideItsQuote() throws {
    let sentence = Self.sayingWithMisplacedQuote
    let saying = try #require(sentence.speechActs().first { $0.verb == 8 })
    #expect(saying.isQuote)
    #expect(text(saying.content, sentence) == "they steal millions")
    #expect(saying.speakerHead.map { $0 < 8 } ?? true)
    #expect(text(saying.speaker, sentence) != "they")
  }

  // Analysts at Fjord Securities said the cuts were expected .
  static let affiliated = sentence([
    ("Analysts", "NOUN", "NNS", 5, "nsubj"), ("at", "ADP", "IN", 4, "case"),
    ("Fjord", "PROPN", "NNP", 4, "compound"), ("Securities", "PROPN", "NNPS", 1, "nmod"),
    ("say", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 7, "det"),
    ("cuts", "NOUN", "NNS", 9, "nsubj:pass"), ("were", "AUX", "VBD", 9, "aux:pass"),
    ("expected", "VERB", "VBN", 5, "ccomp"), (".", "PUNCT", ".", 5, "punct"),
  ])

  /// Whom the speaker speaks for ("at Fjord Securities") belongs to the speaker's phrase.
  @Test func theSpeakersAffiliationIsPartOfTheSpeaker() throws {
    let sentence = Self.affiliated
    let act = try #require(sentence.speechActs().first)
    #expect(text(act.speaker, sentence) == "Analysts at Fjord Securities")
    #expect(text(act.content, sentence) == "the cuts were expected")
  }

  // in an operation Trump said killed 11 people .
  static let relativeSaid = sentence([
    ("in", "ADP", "IN", 3, "case"), ("an", "DET", "DT", 3, "det"),
    ("operation", "NOUN", "NN", 5, "obl"), ("Trump", "PROPN", "NNP", 5, "nsubj"),
    ("say", "VERB", "VBD", 0, "root"), ("killed", "VERB", "VBN", 5, "ccomp"),
    ("11", "NUM", "CD", 8, "nummod"), ("people", "NOUN", "NNS", 6, "obj"),
    (".", "PUNCT", ".", 5, "punct"),
  ])

  /// A reported clause whose verb has no subject of its own is marked; one with a subject
  /// is not.
  @Test func aReportedClauseWithoutItsSubjectIsMarked() throws {
    let gapped = try #require(Self.relativeSaid.speechActs().first)
    #expect(text(gapped.content, Self.relativeSaid) == "killed 11 people")
    #expect(gapped.lacksSubject)
    let whole = try #require(Self.affiliated.speechActs().first)
    #expect(!whole.lacksSubject)
  }

  // Growth will slow , said economy minister Kenji Morimoto .
  static let inverted = sentence([
    ("Growth", "NOUN", "NN", 3, "nsubj"), ("will", "AUX", "MD", 3, "aux"),
    ("slow", "VERB", "VB", 5, "ccomp"), (",", "PUNCT", ",", 3, "punct"),
    ("say", "VERB", "VBD", 0, "root"), ("economy", "NOUN", "NN", 7, "compound"),
    ("minister", "NOUN", "NN", 8, "nmod:desc"), ("Kenji", "PROPN", "NNP", 5, "nsubj"),
    ("Morimoto", "PROPN", "NNP", 8, "flat"), (".", "PUNCT", ".", 5, "punct"),
  ])

  @Test func theSpeakerAfterTheVerbKeepsItsRole() throws {
    let sentence = Self.inverted
    let act = try #require(sentence.speechActs().first)
    #expect(text(act.speaker, sentence) == "economy minister Kenji Morimoto")
    #expect(text(act.name, sentence) == "Kenji Morimoto")
    #expect(text(act.content, sentence) == "Growth will slow")
    #expect(!act.isQuote)
  }

  // Its director , Sarah Quill , said the fine sent a message .
  static let roleNamedByApposition = sentence([
    ("Its", "PRON", "PRP$", 2, "nmod:poss"), ("director", "NOUN", "NN", 7, "nsubj"),
    (",", "PUNCT", ",", 4, "punct"), ("Sarah", "PROPN", "NNP", 2, "appos"),
    ("Quill", "PROPN", "NNP", 4, "flat"), (",", "PUNCT", ",", 4, "punct"),
    ("say", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 9, "det"),
    ("fine", "NOUN", "NN", 10, "nsubj"), ("sent", "VERB", "VBD", 7, "ccomp"),
    ("a", "DET", "DT", 12, "det"), ("message", "NOUN", "NN", 10, "obj"),
    (".", "PUNCT", ".", 7, "punct"),
  ])

  /// A role noun named by apposition speaks by that name, not by its owner ("Its").
  @Test func aRoleNamedByAppositionSpeaksByTheName() throws {
    let sentence = Self.roleNamedByApposition
    let act = try #require(sentence.speechActs().first)
    #expect(text(act.name, sentence) == "Sarah Quill")
    #expect(text(act.content, sentence) == "the fine sent a message")
  }

  // Officials said the port reopened , according to Harbour Radio .
  static let according = sentence([
    ("Officials", "NOUN", "NNS", 2, "nsubj"), ("say", "VERB", "VBD", 0, "root"),
    ("the", "DET", "DT", 4, "det"), ("port", "NOUN", "NN", 5, "nsubj"),
    ("reopened", "VERB", "VBD", 2, "ccomp"), (",", "PUNCT", ",", 10, "punct"),
    ("according", "VERB", "VBG", 10, "case"), ("to", "ADP", "IN", 7, "fixed"),
    ("Harbour", "PROPN", "NNP", 10, "compound"), ("Radio", "PROPN", "NNP", 5, "obl"),
    (".", "PUNCT", ".", 2, "punct"),
  ])

  @Test func accordingToNamesItsSource() throws {
    let sentence = Self.according
    let acts = sentence.speechActs()
    #expect(acts.count == 2)
    let officials = try #require(acts.first)
    #expect(text(officials.speaker, sentence) == "Officials")
    #expect(text(officials.content, sentence) == "the port reopened , according to Harbour Radio")
    let radio = try #require(acts.last)
    #expect(text(radio.name, sentence) == "Harbour Radio")
    #expect(text(radio.content, sentence) == "the port reopened")
  }

  // “ We will not stop .   (the quote runs on into the next sentence)
  @Test func aQuoteLeftOpenRunsOn() throws {
    let sentence = Self.sentence([
      ("He", "PRON", "PRP", 2, "nsubj"), ("say", "VERB", "VBD", 0, "root"),
      (":", "PUNCT", ":", 2, "punct"), ("“", "PUNCT", "``", 7, "punct"),
      ("We", "PRON", "PRP", 7, "nsubj"), ("will", "AUX", "MD", 7, "aux"),
      ("stop", "VERB", "VB", 2, "parataxis"), (".", "PUNCT", ".", 2, "punct"),
    ])
    let act = try #require(sentence.speechActs().first)
    #expect(text(act.speaker, sentence) == "He")
    #expect(text(act.content, sentence) == "We will stop")
    #expect(act.isQuote)
    #expect(act.runsOn)
  }

  @Test func aVerbThatReportsNoSpeechIsNoSpeechAct() {
    #expect(AnnotatedSentenceTests.pernod.speechActs().isEmpty)
  }

  @Test(arguments: [
    ("say", ["said", "says"]), ("tell", ["told", "tells"]), ("deny", ["denied", "denies"]),
    ("stress", ["stressed", "stresses"]), ("urge", ["urged", "urges"]),
  ])
  func speechVerbForms(lemma: String, forms: [String]) {
    #expect(SpeechVerbs.reportingForms(of: lemma) == forms)
    #expect(Set(forms).isSubset(of: Lexicon.reportingVerbs))
  }

  // Size , whose album won the prize , said gun use was bad . — parsed the way the model
  // misreads it: "won" as the root and "prize" as the subject of "said".
  static let relativeClauseSpeaker = sentence([
    ("Size", "PROPN", "NNP", 5, "nsubj"), (",", "PUNCT", ",", 1, "punct"),
    ("whose", "PRON", "WP$", 4, "nmod:poss"), ("album", "NOUN", "NN", 5, "nsubj"),
    ("won", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 7, "det"),
    ("prize", "NOUN", "NN", 9, "nsubj"), (",", "PUNCT", ",", 7, "punct"),
    ("say", "VERB", "VBD", 5, "conj"), ("gun", "NOUN", "NN", 11, "compound"),
    ("use", "NOUN", "NN", 13, "nsubj"), ("was", "AUX", "VBD", 13, "cop"),
    ("bad", "ADJ", "JJ", 9, "ccomp"), (".", "PUNCT", ".", 9, "punct"),
  ])

  @Test func theSpeakerIsTheNounARelativeClauseDescribes() throws {
    let sentence = Self.relativeClauseSpeaker
    let act = try #require(sentence.speechActs().first)
    #expect(text(act.speaker, sentence) == "Size")
    #expect(text(act.content, sentence) == "gun use was bad")
  }

  // Avery said that returns worked as members were ready . — the reason clause hung from
  // "said"; and the same with a comma before it, where it is why or when it was said.
  static func reasonClause(comma: Bool) -> AnnotatedSentence {
    let shift = comma ? 1 : 0
    var rows: [(String, String, String, Int, String)] = [
      ("Avery", "PROPN", "NNP", 2, "nsubj"), ("say", "VERB", "VBD", 0, "root"),
      ("that", "SCONJ", "IN", 5, "mark"), ("returns", "NOUN", "NNS", 5, "nsubj"),
      ("worked", "VERB", "VBD", 2, "ccomp"),
    ]
    if comma { rows.append((",", "PUNCT", ",", 9 + shift, "punct")) }
    rows += [
      ("as", "SCONJ", "IN", 9 + shift, "mark"), ("members", "NOUN", "NNS", 9 + shift, "nsubj"),
      ("were", "AUX", "VBD", 9 + shift, "cop"), ("ready", "ADJ", "JJ", 2, "advcl"),
      (".", "PUNCT", ".", 2, "punct"),
    ]
    return sentence(rows)
  }

  @Test(arguments: [
    (false, "returns worked as members were ready"), (true, "returns worked"),
  ])
  func aReasonClauseRightAfterTheComplementIsReported(comma: Bool, expected: String) throws {
    let sentence = Self.reasonClause(comma: comma)
    let act = try #require(sentence.speechActs().first)
    #expect(text(act.content, sentence) == expected)
  }

  // Officials say rain fell . — with a (misparsed) complement that lies inside the speaker:
  // nothing is reported, and nothing crashes.
  static let swallowedComplement = sentence([
    ("Officials", "NOUN", "NNS", 3, "nsubj"), ("rain", "NOUN", "NN", 3, "ccomp"),
    ("say", "VERB", "VBP", 0, "root"), ("fell", "VERB", "VBD", 3, "xcomp"),
    (".", "PUNCT", ".", 3, "punct"),
  ])

  @Test func aComplementInsideTheSpeakerIsNotReported() {
    let sentence = Self.swallowedComplement
    #expect(sentence.reportedClause(of: 2, speaker: 0...1) == nil)
  }

  // Quinn , the union 's secretary , said pay was offered . — as the parser misread it: the
  // name hangs as subject of "secretary", and "secretary" as a complement of "said".
  static let appositionReadAsComplement = sentence([
    ("Quinn", "PROPN", "NNP", 6, "nsubj"), (",", "PUNCT", ",", 4, "punct"),
    ("the", "DET", "DT", 4, "det"), ("union", "NOUN", "NN", 6, "nmod:poss"),
    ("'s", "PART", "POS", 4, "case"), ("secretary", "NOUN", "NN", 8, "ccomp"),
    (",", "PUNCT", ",", 6, "punct"), ("say", "VERB", "VBD", 0, "root"),
    ("pay", "NOUN", "NN", 11, "nsubj:pass"), ("was", "AUX", "VBD", 11, "aux:pass"),
    ("offered", "VERB", "VBN", 8, "ccomp"), (".", "PUNCT", ".", 8, "punct"),
  ])

  /// What was said is a clause: a noun complement without a copula is the misplaced
  /// speaker, and the clause after the verb is the statement.
  @Test func aNounComplementWithoutCopulaIsNotWhatWasSaid() throws {
    let sentence = Self.appositionReadAsComplement
    let act = try #require(sentence.speechActs().first)
    #expect(text(act.content, sentence) == "pay was offered")
  }
}
