import Testing

@testable import NewsdeskCore

/// The vetoes that read a sentence against a question changed in one word, on invented
/// sentences: another figure or month, a negation the sentence does not state, a name the
/// articles write with a word swapped. Each is found where the sentence says otherwise and not
/// where it says what is asked.
@Suite struct QuestionContrastVetoTests {
  static func contrast(_ question: String, _ sentence: String, texts: [String] = [])
    -> QuestionContrast
  {
    QuestionContrast(question: question, sentence: sentence, lexicon: nil, texts: texts)
  }

  @Test(
    arguments: [
      (
        "how much did the film gross in its first eight days?",
        "In its first seven days the film grossed $41 million.", "eight days", "seven days"
      ),
      (
        "what opened on 16 November?", "The museum opened on 6 November after repairs.",
        "16 November", "6 November"
      ),
      (
        "the film has more than two hundred minutes of what?",
        "The film has more than one hundred minutes of music.", "two hundred", "one hundred"
      ),
      (
        "who made his eighth appearance as the detective?",
        "Smith made his fourth appearance as the detective.", "eighth appearance",
        "fourth appearance"
      ),
      (
        "the play premiered on 26 December of what year?",
        "The play premiered on 26 October 2015 in Leeds.", "26 December", "26 October"
      ),
      // A day of a month is no amount: "8 March" does not state the eight months asked.
      (
        "what took eight months to build?",
        "Work began on 8 March at the port, with building taking seven months.", "eight months",
        "seven months"
      ),
      // A percent sign is the word after the figure: "fell by 85%" over "falling by 75%".
      (
        "the ticket sales fell by 85% in which month?",
        "Ticket sales fell in March, by 75%, the club said.", "85%", "75%"
      ),
      ("what rose 12 per cent last year?", "Rents rose 9% last year.", "12 per cent", "9%"),
      // A word that limits the figure marks its place: "only 20" over "only 10".
      (
        "the maker built only 20 of what for the race?",
        "The maker built only 10 cars for the race, its chairman said.", "only 20", "only 10"
      ),
      (
        "which council employs about 300 wardens?", "The council employs about 250 staff.",
        "about 300", "about 250"
      ),
    ] as [(String, String, String, String)])
  func anotherFigureInTheSamePlaceIsFound(
    question: String, sentence: String, asked: String, stated: String
  ) {
    let found = Self.contrast(question, sentence)
    #expect(found.otherFigure == QuestionContrast.Opposite(asked: asked, stated: stated))
    #expect(found.reasons.contains(.otherFigure(asked: asked, stated: stated)))
  }

  @Test(
    arguments: [
      // The same figure, written in words or digits.
      ("who was the third son of the king?", "Henry, the 3rd son of the king, ruled Wales."),
      ("how many days did the strike last?", "The strike lasted seven days."),
      // A number inside a name names something.
      ("how long did the Seven Years War last?", "The fighting lasted six years."),
      // "2013-4" is "2013–14" written short, not another figure after 2013.
      ("what was the tax revenue in 2013-4?", "In 2013–14 the tax revenue was $3 billion."),
      // "Feb" and "February" are one month.
      ("where was the Feb 2010 report published?", "In February 2010 the report was published."),
      // The day asked, written after its month.
      ("what opened on 8 March?", "The museum opened on March 8 after repairs."),
      // The share asked, written in words.
      ("what fell by 85%?", "Sales fell by 85 per cent in a year."),
      // A share is no count.
      ("what did only 20% of voters back?", "Only 10 of the voters backed the plan."),
    ])
  func noOtherFigureWhereTheSentenceGivesTheOneAsked(question: String, sentence: String) {
    let found = Self.contrast(question, sentence)
    #expect(found.otherFigure == nil)
    #expect(found.otherMonth == nil)
  }

  @Test func anotherMonthIsFound() {
    let found = Self.contrast(
      "the agency announced the deal in January of what year?",
      "In March 2015 the agency announced the deal.")
    #expect(found.otherMonth == QuestionContrast.Opposite(asked: "January", stated: "March"))
    #expect(found.reasons == [.otherFigure(asked: "January", stated: "March")])
  }

  @Test(
    arguments: [
      (
        "who was not trending on Twitter?", "Shirley Bassey was trending on Twitter that day.",
        "not"
      ),
      ("who never signed the treaty?", "Peru signed the treaty in 1990.", "never"),
      ("what wasn't used in the final release?", "The demo was used in the final release.", "n't"),
      // A word that denies, or an "un-" word, inside a name or title negates nothing.
      (
        "whose novels were not adapted for the stage?",
        "Novels by Hale, author of Only the Brave, were adapted for the stage.", "not"
      ),
      (
        "who did not study the fault?",
        "Kato of the University of Norland studied the fault for a decade.", "not"
      ),
    ])
  func aNegationTheSentenceDoesNotStateIsFound(question: String, sentence: String, word: String) {
    let found = Self.contrast(question, sentence)
    #expect(found.unstatedNegation == word)
    #expect(found.reasons.contains(.negationNotStated(word)))
  }

  @Test(
    arguments: [
      ("who was not invited?", "Jones was not invited to the dinner."),
      (
        "which cities were not destroyed?", "All cities were destroyed with the exception of Pskov."
      ),
      ("who did not allow the teaching?", "The government forbade the teaching of the faith."),
      // "Not only" adds; it does not negate.
      ("who not only sang but danced?", "Smith sang and danced at the gala."),
      // "No" is not counted: "at no cost" asks a place.
      ("where are concerts offered at no cost?", "Concerts are free in Central Park."),
      // "Never" after a quotation mark still negates.
      ("who will not return?", "Mills said: 'Never will I return to the club.'"),
    ])
  func noUnstatedNegationWhereTheSentenceNegatesOrTheQuestionDoesNot(
    question: String, sentence: String
  ) {
    #expect(Self.contrast(question, sentence).unstatedNegation == nil)
  }

  @Test(
    arguments: [
      (
        "what genre of game is Clawshot Princess?", "Twilight Princess is an action game.",
        ["Link uses the Clawshot to cross gaps."], "Clawshot Princess", "Twilight Princess"
      ),
      (
        "who prevents Ten Eyes from going online?", "Bond stops Nine Eyes from going online.",
        [], "Ten Eyes", "Nine Eyes"
      ),
      (
        "what is alluded to in Royale Casino?", "The film alludes to Casino Royale.", [],
        "Royale Casino", "Casino Royale"
      ),
      // A person and their paper, joined by "of", are read apart as the articles write them.
      (
        "Maria Lopez of The Harbour Gazette said what about the plan?",
        "Maria Lopez, writing for The Harbour Times, called the plan bold.", [],
        "Harbour Gazette", "Harbour Times"
      ),
      // A name that opens the question.
      (
        "Tom Reed writes for which paper?", "Tom Hale writes for The Courier.", [], "Tom Reed",
        "Tom Hale"
      ),
    ] as [(String, String, [String], String, String)])
  func aNameWithAWordSwappedIsFound(
    question: String, sentence: String, texts: [String], asked: String, stated: String
  ) {
    let found = Self.contrast(question, sentence, texts: texts)
    #expect(found.otherName == QuestionContrast.Opposite(asked: asked, stated: stated))
    #expect(found.reasons.contains(.otherName(asked: asked, stated: stated)))
  }

  @Test(
    arguments: [
      // Written with words between, or spelt a little otherwise, or shortened.
      ("how many watched the MTV Music Awards?", "The MTV Video Music Awards drew 12 million."),
      ("who met Kublai Khan?", "Phagpa met Khubilai Khan in 1253."),
      ("how much did the EU Vet Fund give?", "The EU Veterinary Fund gave £349m."),
      (
        "who helped the Haiti Earthquake appeal?",
        "Hope for Haiti Now: Earthquake Relief raised $58m."
      ),
      // A shared title is no name: "President Kennedy" is not "President Johnson" swapped.
      ("what did President Kennedy want?", "President Johnson wanted more money; Kennedy agreed."),
      // The name as written.
      ("what genre of game is Twilight Princess?", "Twilight Princess is an action game."),
      (
        "Maria Lopez of The Harbour Times said what about the plan?",
        "Maria Lopez, writing for The Harbour Times, called the plan bold."
      ),
      // A person the articles call by surname alone, beside a relative's full name.
      (
        "Tom Reed has said that the book is not what?",
        "The book is not a memoir, Reed has said; his father, Amos Hale Reed, was a lawyer."
      ),
      // A question word is no name's first word.
      ("Which Harbour paper did Tom Hale write for?", "Tom Hale writes for The Harbour Times."),
    ])
  func noOtherNameWhereTheArticlesWriteIt(question: String, sentence: String) {
    #expect(Self.contrast(question, sentence).otherName == nil)
  }

  @Test func anotherWeekdayIsFound() {
    let found = Self.contrast(
      "what was the film's Friday-Sunday gross?", "Its Friday–Saturday gross was £20.4 million.")
    #expect(found.otherMonth == QuestionContrast.Opposite(asked: "Sunday", stated: "Saturday"))
    #expect(
      Self.contrast("where did filming move in late May?", "Filming moved to Rome in late March.")
        .otherMonth == QuestionContrast.Opposite(asked: "May", stated: "March"))
  }

  @Test(
    arguments: [
      (
        "who will return to direct the next film?",
        "Mendes has stated he will not return to direct the next film.", "not return"
      ),
      (
        "was filming affected by the surgery?", "Filming was not affected by his surgery.",
        "not affected"
      ),
    ])
  func aQuestionWordTheSentenceNegatesIsFound(question: String, sentence: String, stated: String) {
    let found = Self.contrast(question, sentence)
    #expect(found.statedNegation?.stated == stated)
    #expect(
      found.reasons.contains(
        .oppositeStated(asked: found.statedNegation?.asked ?? "", stated: stated)))
  }

  @Test func noStatedNegationWhereTheQuestionIsNegatedToo() {
    #expect(
      Self.contrast("who would not return?", "Mendes said he would not return.").statedNegation
        == nil)
    #expect(
      Self.contrast("who will return?", "Mendes will return next year.").statedNegation == nil)
    // A question about what is kept from happening asks about the negated act.
    #expect(
      Self.contrast(
        "how many valves keep the pressure from getting too high?",
        "Two valves ensure the pressure does not go too high."
      ).statedNegation == nil)
    #expect(
      Self.contrast(
        "what must be broken to allow an operator to tamper with it?",
        "Operators may not tamper with it unless a seal is broken."
      ).statedNegation == nil)
  }

  @Test func eachVetoExplainsItselfInOneLine() {
    #expect(
      AbstentionReason.otherFigure(asked: "eight days", stated: "seven days").text
        == "The nearest sentence gives “seven days”, not “eight days”.")
    #expect(
      AbstentionReason.otherName(asked: "Clawshot Princess", stated: "Twilight Princess").text
        == "The loaded articles name Twilight Princess, not Clawshot Princess.")
    #expect(
      AbstentionReason.negationNotStated("not").text
        == "The question is negated (“not”) and the nearest sentence is not.")
  }

  @Test func theComposerDeclinesWithTheVetosReason() {
    var session = NewsdeskSession()
    session.addArticle(
      text: "In its first seven days the film grossed $41 million in Britain.", id: "invented")
    let answer = session.ask("how much did the film gross in its first eight days?")
    #expect(answer.abstained)
    #expect(answer.abstentionReason == .otherFigure(asked: "eight days", stated: "seven days"))
  }
}
