import Testing

@testable import NewsdeskCore

/// Definite descriptions and short names that stand for a name written out earlier
/// (`ReferenceResolver+Descriptions.swift`), on invented sentences.
@Suite struct ReferenceResolverDescriptionTests {
  let resolver = ReferenceResolver()

  func names(_ sentences: [String], in index: Int) -> [String: String] {
    TestSupport.resolvedMentions(sentences, in: index, resolver: resolver)
  }

  @Test(arguments: [
    ("Mr Tallis was arrested at a farm near Brenmouth.", "Tallis"),
    ("Tallis said he had done nothing wrong.", "Tallis"),
  ])
  func shortNameTakesTheFullNameGivenBefore(sentence: String, short: String) {
    let sentences = ["Harbour pilot Owen Tallis, 41, has been charged with smuggling.", sentence]
    #expect(names(sentences, in: 1)[short] == "Owen Tallis")
  }

  @Test func shortNameOfNoOneNamedInFullStaysUnresolved() {
    let sentences = ["The harbour reopened on Monday.", "Mr Tallis was arrested at a farm."]
    #expect(names(sentences, in: 1)["Tallis"] == nil)
  }

  @Test func ageDescriptionTakesTheNearestPerson() {
    let sentences = [
      "Veteran radio host Mara Quill has been taken to hospital after a fall.",
      "The 68-year-old presented the breakfast show for two decades.",
    ]
    #expect(names(sentences, in: 1)["The 68-year-old"] == "Mara Quill")
  }

  @Test func personNounPrefersTheNameIntroducedWithANarrowerNoun() {
    // A singer is a musician (WordNet); the producer named between is not the one meant.
    let sentences = [
      "A film will tell the life of folk singer Ada Brenn.",
      "Promoter Luke Farrow will produce it.",
      "The musician died in 1979, shortly before a tour.",
    ]
    #expect(names(sentences, in: 2)["The musician"] == "Ada Brenn")
  }

  @Test func organisationNounTakesTheNearestOrganisation() {
    let sentences = [
      "Shipping firm Kestrel Lines has bought two ferries from Halvard Olsen.",
      "The company said the deal would create 40 jobs.",
    ]
    #expect(names(sentences, in: 1)["The company"] == "Kestrel Lines")
  }

  @Test func vagueNounsStayUnresolved() {
    let sentences = [
      "Kestrel Lines has bought two ferries.",
      "The government said the deal would create 40 jobs.",
    ]
    #expect(names(sentences, in: 1).isEmpty)
  }

  @Test func storyOpeningDescriptionTakesThePersonNamedNext() {
    let sentences = [
      "A 34-year-old courier is selling advertising space on his van.",
      "Tom Avery, from Brenmouth, said he needed the money.",
    ]
    let mentions = resolver.mentions(inSentence: 0, sentenceCount: 2) { sentences[$0] }
    #expect(mentions.first { $0.words.lowerBound == 0 }?.name == "Tom Avery")
  }

  @Test func descriptionLaterInTheStoryIsNotALead() {
    let sentences = [
      "The harbour reopened on Monday.", "Tolls rose by a tenth.",
      "A 34-year-old courier is selling advertising space on his van.",
      "Tom Avery, from Brenmouth, said he needed the money.",
    ]
    let mentions = resolver.mentions(inSentence: 2, sentenceCount: 4) { sentences[$0] }
    #expect(!mentions.contains { $0.name == "Tom Avery" })
  }

  @Test func nameInsideTheOpeningDescriptionOnlyDescribes() {
    let sentences = [
      "A senior Green MP has attacked the council's flood plans.",
      "Transport committee chairman Nell Gray said the plans came too late.",
    ]
    let mentions = resolver.mentions(inSentence: 0, sentenceCount: 2) { sentences[$0] }
    #expect(mentions.first { $0.words.lowerBound == 0 }?.name == "Nell Gray")
  }
}
