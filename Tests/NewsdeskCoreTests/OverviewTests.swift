import Testing

@testable import NewsdeskCore

/// Search, article references, entity lists, `:about` and example questions over small
/// articles given as text.
@Suite(.needsWordNet) struct OverviewTests {
  static let airline = """
    High fuel prices hit airline profits

    British Airways said on Monday that high fuel prices had cut its profits. Chief executive Rod Eddington said the airline would raise fares. Rod Eddington met union leaders in London on Tuesday. The shares fell in London.
    """
  static let bank = """
    Bank raises rates

    The Bank of England raised interest rates to 4.75%. Governor Mervyn King said inflation was rising. Mervyn King spoke in London.
    """

  func library(_ texts: [(String, String)]) -> ArticleLibrary {
    var library = ArticleLibrary()
    for (id, text) in texts { library.add(text: text, id: id, path: "/news/\(id).txt") }
    return library
  }

  @Test func searchGroupsSentencesByArticleAndMarksTheWords() throws {
    let library = library([("airline", Self.airline), ("bank", Self.bank)])
    let result = SentenceSearch().search("fuel prices", in: library)
    let first = try #require(result.groups.first)
    #expect(first.articleNumber == 0)
    #expect(result.groups.count == 1)
    let hit = try #require(first.hits.first)
    let marked = hit.highlights.map {
      String(decoding: Array(hit.sentence.utf8)[$0], as: UTF8.self)
    }
    #expect(marked == ["fuel", "prices"])
  }

  @Test func searchForAWordNoArticleHasFindsNothing() {
    let library = library([("airline", Self.airline)])
    #expect(SentenceSearch().search("zeppelin", in: library).groups.isEmpty)
  }

  @Test(arguments: [
    ("2:1", 1, Optional(1)), ("1", 0, nil), ("[2:2]", 1, Optional(2)), ("bank", 1, nil),
    ("High fuel", 0, nil), ("airline.txt", 0, nil), ("1#3", 0, Optional(3)),
  ])
  func referencesResolve(_ text: String, _ article: Int, _ sentence: Int?) {
    let library = library([("airline", Self.airline), ("bank", Self.bank)])
    #expect(
      (try? ArticleReference.resolve(text, in: library).get())
        == ArticleReference(article: article, sentence: sentence))
  }

  @Test func badReferencesSayWhatIsWrong() {
    let library = library([("airline", Self.airline), ("bank", Self.bank)])
    #expect(ArticleReference.resolve("9", in: library) == .failure(.noArticle("9")))
    let count = library.articles[0].sentences.count
    #expect(
      ArticleReference.resolve("1:99", in: library)
        == .failure(.noSentence(article: 0, asked: 99, count: count)))
    #expect(ArticleReference.resolve("", in: library) == .failure(.empty))
    #expect(ArticleReference.resolve("zebra", in: library) == .failure(.noArticle("zebra")))
  }

  @Test func entitiesCountArticlesMostFirst() {
    let library = library([("airline", Self.airline), ("bank", Self.bank)])
    let catalog = EntityCatalog(library: library)
    let places = catalog.list(.places)
    #expect(places.first?.name == "London")
    #expect(places.first?.articles == 2)
    let people = catalog.list(.people).map(\.name)
    #expect(people.contains("Rod Eddington"))
    #expect(people.contains("Mervyn King"))
    #expect(!people.contains("London"))
    #expect(catalog.list(.organizations).map(\.name).contains("British Airways"))
    #expect(catalog.list(.people, matching: "merv").map(\.name) == ["Mervyn King"])
  }

  /// A lone name that speaks and is no one's surname is a body; marks inside a name stay.
  @Test func speakingNamesAndNamesWithMarks() {
    let text = """
      Carmaker results

      Shares rose after Nissan said profits grew. Michael O'Leary met Carlos Ghosn in Paris. Ghosn said the deal was done.
      """
    let catalog = EntityCatalog(library: library([("cars", text)]))
    #expect(catalog.list(.organizations).map(\.name) == ["Nissan"])
    let people = catalog.list(.people).map(\.name)
    #expect(people.contains("Michael O'Leary"))
    #expect(people.contains("Carlos Ghosn"))
    #expect(!people.contains("Ghosn"), "a surname counts for the full name")
  }

  @Test func overviewHasLeadAndFactsWithSentenceNumbers() throws {
    let library = library([("airline", Self.airline)])
    let overview = ArticleOverview(article: 0, in: library)
    #expect(overview.article.title == "High fuel prices hit airline profits")
    #expect(overview.lead.first?.sentence == 1)
    let who = try #require(overview.who.first)
    #expect(who.text == "Rod Eddington")
    #expect(library.articles[0].sentence(who.sentence - 1).contains("Rod Eddington"))
    #expect(overview.places.map(\.text) == ["London"])
  }

  @Test func exampleQuestionsComeFromNameVerbSentences() {
    let builder = ExampleQuestionBuilder()
    let example = builder.question(from: "Rod Eddington met union leaders in London on Tuesday.")
    #expect(example?.question == "Who met union leaders in London on Tuesday?")
    #expect(example?.expected == "Rod Eddington")
    #expect(builder.question(from: "The shares fell in London.") == nil)
    let when = builder.whenQuestion(
      from: "Rod Eddington met union leaders in London on Tuesday.", surnames: [:])
    #expect(when?.question == "When did Rod Eddington meet union leaders in London?")
    #expect(when?.expected == "Tuesday")
  }

  /// Every example offered is one newsdesk answers with the name its sentence gives.
  @Test func examplesAreCheckedByAskingThem() {
    var session = NewsdeskSession()
    session.addArticle(text: Self.airline, id: "airline")
    session.addArticle(text: Self.bank, id: "bank")
    let examples = session.examples()
    for example in examples {
      var probe = session
      let answer = probe.ask(example.question)
      #expect(NewsdeskSession.answers(answer, example), "\(example.question)")
    }
    #expect(session.lastAnswer == nil, "checking examples leaves the conversation alone")
  }
}
