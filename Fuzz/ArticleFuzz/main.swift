import Foundation
import FuzzSupport
import NewsdeskCore

// The article reader on any text: the front matter, leading date and Markdown heading
// parsed off, the body split into sentences, a title derived. Every sentence must lie inside
// the body, in order, not overlapping, trimmed and non-empty, and paragraphs must only rise.
// The first byte chooses plain text, Markdown, JSON Lines or a feed; the rest is the file's
// text.

let reader = ArticleReader()
let splitter = SentenceSplitter()

func checkLocations(_ sentences: [SentenceLocation], in body: String) {
  let bytes = Array(body.utf8)
  var previousEnd: Int32 = 0
  var previousParagraph: Int32 = 0
  for sentence in sentences {
    fuzzRequire(
      previousEnd <= sentence.start && sentence.start < sentence.end
        && Int(sentence.end) <= bytes.count,
      "sentence \(sentence) outside the body or out of order (body \(bytes.count) bytes)")
    fuzzRequire(sentence.paragraph >= previousParagraph, "paragraph numbers went back")
    fuzzRequire(
      !isSpace(bytes[Int(sentence.start)]) && !isSpace(bytes[Int(sentence.end) - 1]),
      "sentence \(sentence) not trimmed")
    previousEnd = sentence.end
    previousParagraph = sentence.paragraph
  }
}

func checkSpans(_ spans: [SentenceSpan], in text: String) {
  var previousEnd = text.startIndex
  var previousParagraph = 0
  for span in spans {
    fuzzRequire(
      previousEnd <= span.range.lowerBound && span.range.upperBound <= text.endIndex
        && !span.range.isEmpty,
      "span out of order, outside the text or empty")
    fuzzRequire(span.paragraph >= previousParagraph, "paragraph numbers went back")
    fuzzRequire(
      !text[span.range].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
      "a sentence of only white space")
    previousEnd = span.range.upperBound
    previousParagraph = span.paragraph
  }
}

func isSpace(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}

FuzzDriver.run { input in
  guard let first = input.first else { return }
  let text = String(decoding: input.dropFirst(), as: UTF8.self)
  // Plain text, Markdown, a JSON Lines export, a feed: the formats read from text.
  let path = ["fuzz.txt", "fuzz.md", "fuzz.jsonl", "fuzz.rss"][Int(first & 3)]
  if case .success(let draft) = reader.read(text: text, path: path, baseID: "fuzz") {
    checkLocations(draft.sentences, in: draft.body)
    fuzzRequire(!draft.title.isEmpty, "an empty title")
    if let date = draft.date {
      fuzzRequire(
        (1...12).contains(date.month) && (1...31).contains(date.day),
        "an impossible date \(date)")
    }
  }
  checkSpans(splitter.split(text), in: text)
}
