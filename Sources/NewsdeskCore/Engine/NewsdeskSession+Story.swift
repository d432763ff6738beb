/// Follow-ups stay with the story: a reporter's next question is usually about the article
/// the last answer came from.
extension NewsdeskSession {
  /// How much a sentence of the story's article counts over the same score elsewhere: enough
  /// to lift "more than 50 people will lose their jobs" in the story above "two million
  /// people lost their jobs" in another article, not enough to keep a question plainly
  /// about another story from finding it.
  static let storyArticleBoost = 1.5
  /// Where the conversation's story is: the newest answer's sentence, when it still stands
  /// where it was (a reload may have renumbered the articles).
  var story: StoryContext? {
    guard
      let turn = memory.turns.last(where: { $0.evidenceArticle != nil }),
      let article = turn.evidenceArticle, let number = turn.evidenceSentence,
      let evidence = turn.evidence, article < library.articles.count,
      number >= 1, number <= library.articles[article].sentences.count,
      ConversationMemory.Turn.bounded(library.articles[article].sentence(number - 1)) == evidence
    else { return nil }
    return StoryContext(articleNumber: article, evidence: evidence)
  }

  /// The retrieved sentences with the story's article preferred: its best sentences for
  /// these terms are searched for on their own and boosted. (Reading the sentences around
  /// the last answer's as well, whatever they match, was measured and left out: news-dev
  /// follow-ups 33 → 32 of 55, a neighbour's stray date or figure winning.)
  func preferringStory(
    _ retrieved: [ScoredSentence], story: StoryContext, terms: [String],
    termWeights: [String: Double], limit: Int, confined: Bool = false
  ) -> [ScoredSentence] {
    if let focus, focus != story.articleNumber { return retrieved }
    let storyRange = sentenceRange(ofArticle: story.articleNumber)
    var best: [Int: ScoredSentence] = [:]
    func keep(_ scored: ScoredSentence) {
      if let kept = best[scored.sentence], kept.score >= scored.score { return }
      best[scored.sentence] = scored
    }
    // An ellipsis ("For how much?", "When?") brings no words of its own: it asks about
    // the act the story's article reported, and another article that shares the act's
    // words ("buys") is about another deal.
    for var scored in retrieved where !confined || storyRange.contains(scored.sentence) {
      if storyRange.contains(scored.sentence) { scored.score *= Self.storyArticleBoost }
      keep(scored)
    }
    let local = library.index.search(
      terms: terms, termWeights: termWeights, limit: limit, articles: [story.articleNumber])
    for var scored in local {
      scored.score *= Self.storyArticleBoost
      keep(scored)
    }
    let ranked = best.values.sorted(by: ScoredSentence.ranksAbove)
    return Array(ranked.prefix(limit))
  }

  /// The people the answer's article names: who "Ms Okafor" is in full, whether "she"
  /// fits, and who a lead that gave only a title ("a senior Tory MP") stands for.
  func storyPeople(ofArticle article: Int?) -> [StoryPerson] {
    guard let article, article < library.articles.count else { return [] }
    let stored = library.articles[article]
    let count = min(stored.sentences.count, FollowUpResolver.storySentencesRead)
    return followUps.storyPeople((0..<count).map { stored.sentence($0) })
  }

  /// `storyPeople(ofArticle:)`, read once while follow-ups stay with one article: a
  /// follow-up then costs no more than a fresh question.
  mutating func cachedStoryPeople(ofArticle article: Int?) -> [StoryPerson] {
    guard let article, article < library.articles.count else { return [] }
    let id = library.articles[article].id
    if let cache = storyPeopleCache, cache.article == article, cache.id == id {
      return cache.people
    }
    let people = storyPeople(ofArticle: article)
    storyPeopleCache = (article, id, people)
    return people
  }

  /// The index's global numbers of an article's sentences.
  func sentenceRange(ofArticle article: Int) -> Range<Int> {
    let first = library.index.globalSentence(article: article, sentence: 0)
    return first..<(first + library.articles[article].sentences.count)
  }
}

/// How a question leans on the conversation's story.
enum StoryUse: Sendable, Equatable {
  /// A question with nothing before it, or "what else?", which looks everywhere.
  case none
  /// A question of its own asked in a conversation, or the last question about something
  /// else ("and what about Shell?"): the story's article is preferred, nothing more.
  case prefers
  /// A follow-up spelled out against the last turn ("what did he say?"): the story's
  /// sentences borrow the words of the last answer's sentence.
  case continues
  /// An ellipsis ("For how much?", "When?", "How big a stake?"): as `continues`, and only
  /// the story's article is searched.
  case confines

  init(_ followUp: FollowUp) {
    switch followUp.kind {
    case .more, .needsContext: self = .none
    case .standalone: self = .prefers
    case .rewritten:
      switch followUp.shape {
      case .swap: self = .prefers
      case .ellipsis: self = .confines
      default: self = .continues
      }
    }
  }
}
