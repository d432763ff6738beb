import Foundation
import Testing

@testable import NewsdeskCore

/// One input and the exact sentences it must split into.
struct SentenceSplitCase: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  var sentences: [String]

  init(_ name: String, _ text: String, _ sentences: [String]) {
    self.name = name
    self.text = text
    self.sentences = sentences
  }

  var testDescription: String { name }
}

let sentenceSplitCases: [SentenceSplitCase] = [
  // Abbreviations that never end a sentence.
  SentenceSplitCase(
    "titles", "Mr. Smith met Mrs. Jones and Ms. Lee. They talked.",
    ["Mr. Smith met Mrs. Jones and Ms. Lee.", "They talked."]),
  SentenceSplitCase(
    "military and political titles",
    "Gen. Mark Milley, Sen. Ted Cruz, Rep. Jim Jordan and Gov. Gavin Newsom spoke. Then Lt. Col. Vindman and Sgt. Ray left.",
    [
      "Gen. Mark Milley, Sen. Ted Cruz, Rep. Jim Jordan and Gov. Gavin Newsom spoke.",
      "Then Lt. Col. Vindman and Sgt. Ray left.",
    ]),
  SentenceSplitCase(
    "title before a starter word is still a title", "He thanked Dr. The Rev. Jones. It ended.",
    ["He thanked Dr. The Rev. Jones.", "It ended."]),
  SentenceSplitCase(
    "Capt. and Prof.", "Capt. Ahab met Prof. Moriarty. Nobody won.",
    ["Capt. Ahab met Prof. Moriarty.", "Nobody won."]),
  SentenceSplitCase(
    "vs. e.g. i.e.", "It was Lakers vs. Celtics, e.g. The Finals, i.e. Game 7. Fans cheered.",
    ["It was Lakers vs. Celtics, e.g. The Finals, i.e. Game 7.", "Fans cheered."]),
  SentenceSplitCase(
    "court case v.", "The ruling in Roe v. Wade was overturned. Protests followed.",
    ["The ruling in Roe v. Wade was overturned.", "Protests followed."]),
  // Abbreviations that can end a sentence.
  SentenceSplitCase(
    "U.S. mid-sentence", "The U.S. economy grew. U.K. and U.N. officials agreed.",
    ["The U.S. economy grew.", "U.K. and U.N. officials agreed."]),
  SentenceSplitCase(
    "U.S. before a proper noun", "He met U.S. President Joe Biden on Monday.",
    ["He met U.S. President Joe Biden on Monday."]),
  SentenceSplitCase(
    "U.S. ends before a pronoun", "He moved to the U.S. He said it was home.",
    ["He moved to the U.S.", "He said it was home."]),
  SentenceSplitCase(
    "U.K. ends before a determiner", "She returned to the U.K. The trip was long.",
    ["She returned to the U.K.", "The trip was long."]),
  SentenceSplitCase(
    "p.m. ends before The", "The vote is at 5 p.m. The result follows.",
    ["The vote is at 5 p.m.", "The result follows."]),
  SentenceSplitCase(
    "a.m. before a day name", "The meeting starts at 10.30 a.m. Monday in Paris.",
    ["The meeting starts at 10.30 a.m. Monday in Paris."]),
  SentenceSplitCase(
    "a.m. before lower case", "It opened at 9 a.m. on Friday.", ["It opened at 9 a.m. on Friday."]),
  SentenceSplitCase(
    "company suffixes", "Apple Inc. and Acme Corp. sued Foo Ltd. and Bar Co. for $5 million.",
    ["Apple Inc. and Acme Corp. sued Foo Ltd. and Bar Co. for $5 million."]),
  SentenceSplitCase(
    "Inc. ends a sentence", "Shares fell at Apple Inc. But analysts shrugged.",
    ["Shares fell at Apple Inc.", "But analysts shrugged."]),
  SentenceSplitCase(
    "Jr. and Sr.",
    "Martin Luther King Jr. Day honours him. Ken Griffey Sr. and Ken Griffey Jr. played.",
    ["Martin Luther King Jr. Day honours him.", "Ken Griffey Sr. and Ken Griffey Jr. played."]),
  SentenceSplitCase(
    "St. as saint and street", "He flew to St. Louis and lives on Main St. The house is old.",
    ["He flew to St. Louis and lives on Main St.", "The house is old."]),
  SentenceSplitCase(
    "etc.", "Apples, pears, etc. were sold. Prices, taxes, etc. The list grew.",
    ["Apples, pears, etc. were sold.", "Prices, taxes, etc.", "The list grew."]),
  SentenceSplitCase(
    "No. before a number", "He lives at No. 10 Downing Street. It is famous.",
    ["He lives at No. 10 Downing Street.", "It is famous."]),
  SentenceSplitCase(
    "Fig. and No. 1", "See Fig. 2 for details. The team is ranked No. 1 in the world.",
    ["See Fig. 2 for details.", "The team is ranked No. 1 in the world."]),
  SentenceSplitCase(
    "lower-case no. ends", "The answer was no. The talks ended.",
    ["The answer was no.", "The talks ended."]),
  SentenceSplitCase(
    "months",
    "It began on Jan. 5 and ended Feb. 12. Aug. 3, Sept. 9, Oct. 1, Nov. 30 and Dec. 25 follow.",
    [
      "It began on Jan. 5 and ended Feb. 12.",
      "Aug. 3, Sept. 9, Oct. 1, Nov. 30 and Dec. 25 follow.",
    ]),
  SentenceSplitCase(
    "state abbreviation", "He was born in Sacramento, Calif. The city is hot.",
    ["He was born in Sacramento, Calif.", "The city is hot."]),
  SentenceSplitCase(
    "dotted acronym D.C.", "Washington, D.C. Mayor Bowser spoke in Washington, D.C. It rained.",
    ["Washington, D.C. Mayor Bowser spoke in Washington, D.C.", "It rained."]),
  // Initials.
  SentenceSplitCase(
    "chained initials", "J. R. R. Tolkien wrote it. He was British.",
    ["J. R. R. Tolkien wrote it.", "He was British."]),
  SentenceSplitCase(
    "middle initial", "George W. Bush said no. Others agreed.",
    ["George W. Bush said no.", "Others agreed."]),
  SentenceSplitCase(
    "initial followed by initial A.", "Author J. A. Smith wrote it.",
    ["Author J. A. Smith wrote it."]),
  SentenceSplitCase(
    "letter ending a sentence", "They chose Plan B. The rest failed.",
    ["They chose Plan B.", "The rest failed."]),
  // Numbers.
  SentenceSplitCase(
    "decimals and money", "Revenue hit $1.5 billion, up 2.5% from 3.14 units. Shares rose.",
    ["Revenue hit $1.5 billion, up 2.5% from 3.14 units.", "Shares rose."]),
  SentenceSplitCase(
    "version numbers", "Version 1.2.3 shipped. Version 2.0 is next.",
    ["Version 1.2.3 shipped.", "Version 2.0 is next."]),
  SentenceSplitCase(
    "sentence ending in a number", "The count rose to 2.5. Then it fell.",
    ["The count rose to 2.5.", "Then it fell."]),
  SentenceSplitCase(
    "number starts the next sentence", "It ended in 2019. 2020 was worse.",
    ["It ended in 2019.", "2020 was worse."]),
  // Quotes.
  SentenceSplitCase(
    "period inside closing quote", "He said \"no.\" Then he left.",
    ["He said \"no.\"", "Then he left."]),
  SentenceSplitCase(
    "question inside closing quote", "She asked \"why?\" Nobody answered.",
    ["She asked \"why?\"", "Nobody answered."]),
  SentenceSplitCase(
    "exclamation inside closing quote", "They shouted \"stop!\" The car stopped.",
    ["They shouted \"stop!\"", "The car stopped."]),
  SentenceSplitCase(
    "single quotes", "He called it 'a farce.' Critics agreed.",
    ["He called it 'a farce.'", "Critics agreed."]),
  SentenceSplitCase(
    "curly quotes", "He said “no.” Then he left. She said ‘fine.’ It ended.",
    ["He said “no.”", "Then he left.", "She said ‘fine.’", "It ended."]),
  SentenceSplitCase("comma inside quote", "\"It is over,\" he said.", ["\"It is over,\" he said."]),
  SentenceSplitCase(
    "question then lower-case attribution", "\"Is it over?\" he asked. \"Yes!\" she replied.",
    ["\"Is it over?\" he asked.", "\"Yes!\" she replied."]),
  SentenceSplitCase(
    "curly question then attribution", "“Why now?” asked the senator.",
    ["“Why now?” asked the senator."]),
  SentenceSplitCase(
    "quote opens the next sentence", "He paused. \"We will win,\" he said.",
    ["He paused.", "\"We will win,\" he said."]),
  SentenceSplitCase(
    "quote after U.S.", "He moved to the U.S. \"It was hard,\" he said.",
    ["He moved to the U.S.", "\"It was hard,\" he said."]),
  SentenceSplitCase(
    "quotation of two sentences stays with its speaker",
    "He said \"it'll happen again. Maybe soon,\" and left. Then it rained.",
    ["He said \"it'll happen again. Maybe soon,\" and left.", "Then it rained."]),
  SentenceSplitCase(
    "curly quotation of two sentences stays with its speaker",
    "“We will win. We are ready,” she said. The vote is today.",
    ["“We will win. We are ready,” she said.", "The vote is today."]),
  SentenceSplitCase(
    "quotation left open at the paragraph's end splits as usual",
    "\"We will win. We are ready.\n\n\"The vote is today,\" she said.",
    ["\"We will win.", "We are ready.", "\"The vote is today,\" she said."]),
  SentenceSplitCase(
    "quotation run on into a new one splits",
    "\"It is over. \"It was a nice goal,\" he said.",
    ["\"It is over.", "\"It was a nice goal,\" he said."]),
  SentenceSplitCase(
    "quotation closing without a comma splits",
    "\"It is over. It was a nice goal.\" He left.",
    ["\"It is over.", "It was a nice goal.\"", "He left."]),
  SentenceSplitCase(
    "closed quotation ends its sentence", "He said: \"We will win.\" Then he left.",
    ["He said: \"We will win.\"", "Then he left."]),
  // Parentheses.
  SentenceSplitCase(
    "parenthetical sentence", "(He denied it.) Then he resigned.",
    ["(He denied it.)", "Then he resigned."]),
  SentenceSplitCase(
    "abbreviation inside parentheses", "The firm (formerly Acme Corp.) said it would appeal.",
    ["The firm (formerly Acme Corp.) said it would appeal."]),
  SentenceSplitCase(
    "title inside parentheses",
    "The commander (Gen. Smith) and the figure (see Fig. 3) agree. Good.",
    ["The commander (Gen. Smith) and the figure (see Fig. 3) agree.", "Good."]),
  // Ellipses.
  SentenceSplitCase(
    "ellipsis then lower case", "He paused... and then left. It was late.",
    ["He paused... and then left.", "It was late."]),
  SentenceSplitCase(
    "ellipsis then capital", "He paused... Then he left.", ["He paused...", "Then he left."]),
  SentenceSplitCase(
    "unicode ellipsis", "Wait… what happened? Nothing… Nobody knows.",
    ["Wait… what happened?", "Nothing…", "Nobody knows."]),
  // Repeated punctuation.
  SentenceSplitCase(
    "?! and !!", "What?! No way!! Really? Yes.", ["What?!", "No way!!", "Really?", "Yes."]),
  SentenceSplitCase(
    "exclamation then lower case", "Yahoo! said it would buy the firm.",
    ["Yahoo! said it would buy the firm."]),
  // Tokens with internal periods.
  SentenceSplitCase(
    "URL and email", "Visit example.com or www.news.org/a.html today. Email a.b@c.org for more.",
    ["Visit example.com or www.news.org/a.html today.", "Email a.b@c.org for more."]),
  SentenceSplitCase(
    "URL ends the sentence", "Read it at example.com. The site is free.",
    ["Read it at example.com.", "The site is free."]),
  SentenceSplitCase(
    "no space after period", "Ratings rose.Then fell.", ["Ratings rose.Then fell."]),
  // Lines and paragraphs.
  SentenceSplitCase(
    "blank line ends a headline", "Rubio visits Ecuador\n\nThe trip begins today.",
    ["Rubio visits Ecuador", "The trip begins today."]),
  SentenceSplitCase(
    "blank line with spaces", "QUITO, Ecuador  \n  \t \nOfficials met. They agreed.",
    ["QUITO, Ecuador", "Officials met.", "They agreed."]),
  SentenceSplitCase(
    "single newline is a space", "The minister said\nthat talks would resume. They did.",
    ["The minister said\nthat talks would resume.", "They did."]),
  SentenceSplitCase(
    "blank line after an abbreviation", "He moved to the U.S.\n\nPresident Biden met him.",
    ["He moved to the U.S.", "President Biden met him."]),
  SentenceSplitCase(
    "CRLF paragraphs", "First line.\r\n\r\nSecond line\r\ncontinues.",
    ["First line.", "Second line\r\ncontinues."]),
  SentenceSplitCase(
    "surrounding whitespace trimmed", "  \n\n  Hello there.   Bye.  \n\n", ["Hello there.", "Bye."]),
  SentenceSplitCase(
    "no final punctuation", "It ended without a period", ["It ended without a period"]),
  SentenceSplitCase("empty", "", []),
  SentenceSplitCase("whitespace only", " \n\n \t ", []),
  SentenceSplitCase("punctuation only", "...", ["..."]),
  // Non-ASCII.
  SentenceSplitCase(
    "accents", "Émile Zola écrit. À Paris, il pleut. Élodie rit.",
    ["Émile Zola écrit.", "À Paris, il pleut.", "Élodie rit."]),
  SentenceSplitCase("accented initial", "Écrit par É. Zola. Fin.", ["Écrit par É. Zola.", "Fin."]),
  SentenceSplitCase(
    "accented lower case continues", "Il dit oui... élégamment.", ["Il dit oui... élégamment."]),
  SentenceSplitCase("CJK full stops", "中文句子。第二句！第三句？ End.", ["中文句子。", "第二句！", "第三句？", "End."]),
  SentenceSplitCase("CJK after a period", "He wrote 中文. 这是测试.", ["He wrote 中文.", "这是测试."]),
  SentenceSplitCase(
    "emoji", "Great news 🎉. 👍 was the reply. Done 👋🏽",
    ["Great news 🎉.", "👍 was the reply.", "Done 👋🏽"]),
  SentenceSplitCase(
    "no-break space after period", "He left.\u{00A0}She stayed.", ["He left.", "She stayed."]),
  SentenceSplitCase("paragraph separator", "One\u{2029}Two.", ["One", "Two."]),
]

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
  let splitter = SentenceSplitter()

  @Test(arguments: sentenceSplitCases)
  func splitsIntoExpectedSentences(_ example: SentenceSplitCase) {
    #expect(splitter.sentences(example.text) == example.sentences)
  }

  @Test(arguments: sentenceSplitCases)
  func spansAreTrimmedOrderedAndInBounds(_ example: SentenceSplitCase) {
    let spans = splitter.split(example.text)
    var previousEnd = example.text.startIndex
    for span in spans {
      #expect(span.range.lowerBound >= previousEnd)
      #expect(!span.range.isEmpty)
      let sentence = example.text[span.range]
      #expect(sentence.first?.isWhitespace == false)
      #expect(sentence.last?.isWhitespace == false)
      previousEnd = span.range.upperBound
    }
    #expect(previousEnd <= example.text.endIndex)
  }

  @Test func numbersParagraphsByBlankLines() {
    let text = "\n\nHeadline\n\nFirst. Second.\nStill second paragraph.\n \n\n\nThird paragraph."
    let spans = splitter.split(text)
    #expect(spans.map(\.paragraph) == [0, 1, 1, 1, 2])
    #expect(
      spans.map { String(text[$0.range]) } == [
        "Headline", "First.", "Second.", "Still second paragraph.", "Third paragraph.",
      ])
  }

  @Test func splitsRepeatedText() {
    let text = String(repeating: "Mr. Smith went to Washington. He stayed. ", count: 3)
    let spans = splitter.split(text)
    #expect(spans.count == 6)
    #expect(spans.allSatisfy { $0.paragraph == 0 })
  }

  @Test func quotationClosingFarAwaySplitsAsUsual() {
    let long = String(repeating: "Word ", count: 100)
    let text = "\"It starts here. \(long)and ends,\" he said."
    #expect(splitter.sentences(text).count == 2)
  }

  @Test func seedArticleSplitsOneSentencePerParagraph() throws {
    let path = "/work/shared/seed/000_c8e87acc72cf0d02.txt"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let spans = splitter.split(text)
    let sentences = spans.map { String(text[$0.range]) }
    // 21 paragraphs; the 9th quotes two sentences ("...happen again. Maybe it's...") and
    // names the speaker after them, so it stays one sentence.
    #expect(sentences.count == 21)
    #expect(Set(spans.map(\.paragraph)) == Set(0..<21))
    #expect(sentences.first?.hasPrefix("date 2025-09-04 US Secretary of State Marco Rubio") == true)
    #expect(
      sentences[8]
        == "The United States \"blew it up and it'll happen again. Maybe it's happening right now,\" Rubio told a news conference Wednesday."
    )
    #expect(sentences.last?.hasSuffix(".") == true)
  }
}
