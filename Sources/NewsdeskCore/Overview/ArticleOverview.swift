/// What `:about N` shows: an article's headline, date, lead, and its key facts (who, what,
/// when, where), each with the sentence that states it.
public struct ArticleOverview: Sendable {
  public struct Fact: Sendable, Equatable {
    public var text: String
    /// From 1, as `:show` numbers sentences.
    public var sentence: Int
  }

  public var articleNumber: Int
  public var article: ArticleCitation
  public var sentenceCount: Int
  /// The first sentence or two: news puts what happened there.
  public var lead: [Fact]
  public var who: [Fact]
  public var organizations: [Fact]
  public var places: [Fact]
  /// Dates the article names, resolved against its own date.
  public var when: [Fact]

  /// How many names of each kind are shown.
  static let factsPerKind = 4

  public init(article number: Int, in library: ArticleLibrary) {
    let article = library.articles[number]
    articleNumber = number
    self.article = ArticleCitation(article)
    sentenceCount = article.sentences.count
    let sentences = article.allSentences()
    lead = sentences.prefix(Self.leadLength(sentences)).enumerated().map {
      Fact(text: $0.element, sentence: $0.offset + 1)
    }
    let catalog = EntityCatalog(library: library, articles: [number])
    func facts(_ kind: EntityKind) -> [Fact] {
      catalog.list(kind).prefix(Self.factsPerKind).map {
        Fact(text: $0.name, sentence: $0.firstMention.sentence)
      }
    }
    who = facts(.people)
    organizations = facts(.organizations)
    places = facts(.places)
    when = Self.dates(in: sentences, articleDate: article.date)
  }

  /// One sentence, or two when the first is short (a dateline, a one-line hook).
  static func leadLength(_ sentences: [String]) -> Int {
    guard let first = sentences.first else { return 0 }
    return WordTokenizer.words(in: first).count < 12 && sentences.count > 1 ? 2 : 1
  }

  /// Days named in the article ("on Thursday", "5 March 2024"), each once, in order.
  static func dates(in sentences: [String], articleDate: CalendarDate?) -> [Fact] {
    let resolver = DateResolver()
    let days = Lexicon.weekdays.union(["yesterday", "today", "tomorrow"])
    let names = days.union(Lexicon.months)
    var seen = Set<String>()
    var facts: [Fact] = []
    for (index, sentence) in sentences.enumerated() {
      let words = WordTokenizer.words(in: sentence)
      for (position, word) in words.enumerated() where names.contains(word) {
        // The day's name with a number on either side ("5 March", "March 5 2024").
        let around = words[max(0, position - 1)...min(words.count - 1, position + 2)]
        // A month counts only beside a number: "may" and "march" are verbs too.
        guard days.contains(word) || around.contains(where: { $0.first?.isNumber == true })
        else { continue }
        let phrase = around.joined(separator: " ")
        guard
          let date = resolver.resolve(phrase, articleDate: articleDate)
            ?? resolver.resolve(word, articleDate: articleDate),
          seen.insert(date.iso).inserted
        else { continue }
        facts.append(Fact(text: date.iso, sentence: index + 1))
        if facts.count == Self.factsPerKind { return facts }
      }
    }
    return facts
  }
}
