import Testing

@testable import NewsdeskCore

@Suite struct SentenceIndexTests {
  func terms(_ text: String) -> [String] {
    var analyzer = TermAnalyzer()
    return analyzer.terms(in: text)
  }

  func index(_ articles: [Article]) -> SentenceIndex {
    var index = SentenceIndex()
    index.add(articles)
    return index
  }

  let ecuador = TestSupport.article(
    id: "ecuador",
    body: """
      Rubio will meet President Daniel Noboa in Quito.

      The base at Manta was closed in 2009.

      Gangs have made the country one of the most dangerous in the region.
      """)
  let peru = TestSupport.article(
    id: "peru",
    body: """
      Dockworkers in Callao went on strike. The union said 2,500 workers joined.

      The strike stranded dozens of ships.
      """)

  @Test func emptyIndex() {
    let index = SentenceIndex()
    #expect(index.sentenceCount == 0)
    #expect(index.articleCount == 0)
    #expect(index.checkInvariants().isEmpty)
    #expect(index.search(terms: ["rubio"], limit: 5).isEmpty)
  }

  @Test func invariantsHoldAfterOneAndTwoAdds() {
    var index = SentenceIndex()
    index.add([ecuador])
    #expect(index.checkInvariants().isEmpty)
    #expect(index.sentenceCount == 3)
    index.add([peru])
    #expect(index.checkInvariants().isEmpty)
    #expect(index.sentenceCount == 6)
    #expect(index.articleCount == 2)
    index.add([])
    #expect(index.checkInvariants().isEmpty)
    #expect(index.sentenceCount == 6)
  }

  @Test func successiveAddsMatchOneAdd() {
    var twoSteps = SentenceIndex()
    twoSteps.add([ecuador])
    twoSteps.add([peru])
    let oneStep = index([ecuador, peru])
    #expect(twoSteps.termCount == oneStep.termCount)
    for query in ["strike workers", "rubio noboa", "closed base 2009", "country"] {
      #expect(
        twoSteps.search(terms: terms(query), limit: 6)
          == oneStep.search(terms: terms(query), limit: 6))
    }
  }

  @Test func locationsRoundTrip() {
    let index = index([ecuador, peru])
    for sentence in 0..<index.sentenceCount {
      let location = index.location(ofSentence: sentence)
      #expect(
        index.globalSentence(article: location.article, sentence: location.sentence) == sentence)
    }
    #expect(index.location(ofSentence: 3).article == 1)
    #expect(index.location(ofSentence: 3).sentence == 0)
  }

  @Test func sentenceFrequency() {
    let index = index([ecuador, peru])
    #expect(index.sentenceFrequency(of: "strike") == 2)
    #expect(index.sentenceFrequency(of: "rubio") == 1)
    #expect(index.sentenceFrequency(of: "zebra") == 0)
    #expect(index.sentenceFrequency(of: "the") == 0)  // stop words are not indexed
  }

  @Test func sentenceWithTheQueryTermsRanksFirst() throws {
    let index = index([ecuador, peru])
    let hits = index.search(terms: terms("when was the base closed?"), limit: 5)
    let best = try #require(hits.first)
    #expect(index.location(ofSentence: best.sentence) == (0, 1))
    let meet = try #require(index.search(terms: terms("who did Rubio meet?"), limit: 5).first)
    #expect(meet.sentence == 0)
    let strike = try #require(
      index.search(terms: terms("how many workers joined the union?"), limit: 5).first)
    #expect(index.location(ofSentence: strike.sentence) == (1, 1))
  }

  @Test func resultsAreBestFirstAndLimited() {
    let index = index([ecuador, peru])
    let hits = index.search(
      terms: terms("strike ships dockworkers workers union country"), limit: 2)
    #expect(hits.count == 2)
    let all = index.search(
      terms: terms("strike ships dockworkers workers union country"), limit: 100)
    #expect(all.count == 4)
    for (previous, next) in zip(all, all.dropFirst()) {
      #expect(previous.score >= next.score)
    }
    #expect(Array(all.prefix(2)) == hits)
    for hit in all {
      #expect(abs(hit.score - (hit.sentenceScore + 0.3 * hit.articleScore)) < 1e-9)
    }
  }

  @Test func rarerTermMatchesWeighMore() throws {
    // "budget" is in every sentence but one; "zebra" in exactly one. Same lengths.
    let article = TestSupport.article(
      id: "budget",
      body: """
        The budget vote passed today.

        The budget debate ran late.

        The budget office was closed.

        The budget numbers were published.

        A zebra escaped the zoo today.
        """)
    let index = index([article])
    let hits = index.search(terms: ["budget", "zebra"], limit: 5)
    let best = try #require(hits.first)
    #expect(best.sentence == 4)
    #expect(hits.count == 5)
    #expect(best.sentenceScore > hits[1].sentenceScore)
    #expect(index.sentenceIDF(of: "zebra") > index.sentenceIDF(of: "budget"))
    #expect(index.sentenceIDF(of: "neverseen") >= index.sentenceIDF(of: "zebra"))
  }

  @Test func idfIsNeverNegative() {
    #expect(SentenceIndex.idf(documents: 10, containing: 10) > 0)
    #expect(
      SentenceIndex.idf(documents: 10, containing: 1)
        > SentenceIndex.idf(documents: 10, containing: 9))
  }

  @Test func theArticleAboutTheQueryRanksFirstAmongMany() throws {
    // Ten decoys hold the very same sentence as the article about the strike; thirty more are
    // about something else. Decoys load first, so on sentence score alone a decoy would win
    // the tie by its lower number.
    var articles: [Article] = []
    for number in 0..<40 {
      let body =
        number < 10
        ? "The harbour strike continued. Officials discussed the weather number\(number). Markets closed early."
        : "Officials discussed the weather number\(number). Markets closed early. Rain is expected."
      articles.append(TestSupport.article(id: "decoy-\(number)", body: body))
    }
    articles.append(
      TestSupport.article(
        id: "about-the-strike",
        body: """
          The harbour strike continued.

          The strike at the harbour closed every berth. Strike leaders met harbour managers.

          Harbour workers said the strike would last a week.
          """))
    let index = index(articles)
    let query = terms("harbour strike")
    let hits = index.search(terms: query, limit: 20)
    let best = try #require(hits.first)
    #expect(index.location(ofSentence: best.sentence) == (40, 0))
    let decoyHit = try #require(hits.first { index.location(ofSentence: $0.sentence).article < 10 })
    #expect(best.sentenceScore == decoyHit.sentenceScore)
    #expect(best.articleScore > decoyHit.articleScore)

    var sentenceOnly = SentenceIndex.ScoringParameters()
    sentenceOnly.articleWeight = 0
    let flat = try #require(index.search(terms: query, limit: 20, parameters: sentenceOnly).first)
    #expect(index.location(ofSentence: flat.sentence).article == 0)
  }

  @Test func articleWeightZeroFallsBackToSentenceScores() {
    var parameters = SentenceIndex.ScoringParameters()
    parameters.articleWeight = 0
    let index = index([ecuador, peru])
    for hit in index.search(terms: terms("strike workers"), limit: 5, parameters: parameters) {
      #expect(hit.score == hit.sentenceScore)
    }
  }

  @Test func focusRestrictsToTheGivenArticles() {
    let index = index([ecuador, peru])
    let query = terms("strike country rubio")
    let onlyPeru = index.search(terms: query, limit: 10, articles: [1])
    #expect(!onlyPeru.isEmpty)
    #expect(onlyPeru.allSatisfy { index.location(ofSentence: $0.sentence).article == 1 })
    let onlyEcuador = index.search(terms: query, limit: 10, articles: [0])
    #expect(!onlyEcuador.isEmpty)
    #expect(onlyEcuador.allSatisfy { index.location(ofSentence: $0.sentence).article == 0 })
    #expect(index.search(terms: query, limit: 10, articles: []).isEmpty)
    #expect(index.search(terms: query, limit: 10, articles: [7]).isEmpty)
  }

  @Test func emptyQueryFindsNothing() {
    let index = index([ecuador, peru])
    #expect(index.search(terms: [], limit: 5).isEmpty)
    #expect(index.search(terms: terms("who is the?"), limit: 5).isEmpty)
  }

  @Test func unknownTermsFindNothing() {
    let index = index([ecuador, peru])
    #expect(index.search(terms: ["putin", "ukrain"], limit: 5).isEmpty)
  }

  @Test func zeroLimitFindsNothing() {
    let index = index([ecuador, peru])
    #expect(index.search(terms: ["strike"], limit: 0).isEmpty)
  }

  @Test func duplicateQueryTermsCountOnce() {
    let index = index([ecuador, peru])
    #expect(
      index.search(terms: ["strike", "strike"], limit: 5)
        == index.search(terms: ["strike"], limit: 5))
  }

  /// A number ranked by size, larger first, for `TopK`.
  struct Larger: Ranked, Equatable {
    var value: Int
    static func ranksAbove(_ lhs: Larger, _ rhs: Larger) -> Bool { lhs.value > rhs.value }
  }

  @Test func topKKeepsTheBestInOrder() {
    var top = TopK<Larger>(limit: 3)
    for value in [5, 1, 9, 3, 7, 9, 2] { top.insert(Larger(value: value)) }
    #expect(top.elements.map(\.value) == [9, 9, 7])
  }

  @Test func articleWithNoSentencesKeepsNumberingStraight() {
    let empty = Article(
      id: "empty", title: "empty", date: nil, source: nil, path: "/e", body: "", sentences: [])
    var index = SentenceIndex()
    index.add([ecuador, empty, peru])
    #expect(index.checkInvariants().isEmpty)
    #expect(index.articleCount == 3)
    #expect(index.location(ofSentence: 3).article == 2)
  }
}
