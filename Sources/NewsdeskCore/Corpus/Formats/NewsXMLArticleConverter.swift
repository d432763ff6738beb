/// Turns wire copy in NITF or NewsML-G2 into an article, recognising the format by the
/// document's root element (`nitf`; `newsItem`, or `newsMessage` whose first item is read).
/// Any other XML is refused with the root it has, so a stray config or feed file in an
/// archive folder costs one warning.
///
/// NITF: headline `hl1` (else `head/title`), date `date.issue` then `date.release` (`norm`),
/// byline, the paragraphs of `body.content`, source `pubdata@name`.
/// NewsML-G2: `headline`, `firstCreated` then `versionCreated`, `by`, the paragraphs of
/// `inlineXML` (XHTML or NITF inside) or the text of `inlineData`, source the provider.
/// The byline opens the body as its own paragraph, as it does in a plain-text article.
struct NewsXMLArticleConverter {
  enum Flavour { case nitf, newsML }

  func convert(_ bytes: [UInt8], path: String) -> Result<ConvertedArticle, LoadWarning> {
    func skip(_ reason: String) -> Result<ConvertedArticle, LoadWarning> {
      .failure(LoadWarning(path: path, reason: reason))
    }
    guard let document = MarkupDocument.xml(bytes), let root = document.rootName else {
      return skip("not well-formed XML")
    }
    return convert(document, root: root, path: path)
  }

  /// The article in a parsed document whose root element is `root`.
  func convert(_ document: MarkupDocument, root: String, path: String) -> Result<
    ConvertedArticle, LoadWarning
  > {
    func skip(_ reason: String) -> Result<ConvertedArticle, LoadWarning> {
      .failure(LoadWarning(path: path, reason: reason))
    }
    let flavour: Flavour
    switch root {
    case "nitf": flavour = .nitf
    case "newsitem", "newsmessage": flavour = .newsML
    default:
      return skip(
        "XML whose root element is <\(root)>, not NITF (<nitf>), NewsML-G2 (<newsItem>) or a feed (<rss>, <feed>)"
      )
    }
    var state = State(flavour: flavour)
    document.walk { state.visit($0) }
    var paragraphs = state.byline.map { [$0.trimmedTitle] } ?? []
    state.blocks.breakParagraph()
    paragraphs += state.blocks.paragraphs.map(\.text)
    let body = paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
    if body.isEmpty {
      return skip("no body text in this \(flavour == .nitf ? "NITF" : "NewsML-G2") file")
    }
    let title = (state.headline ?? state.fallbackTitle)?.trimmedTitle
    let date = [state.firstDate, state.secondDate].lazy.compactMap { $0.flatMap(Self.date(in:)) }
      .first
    return .success(
      ConvertedArticle(
        title: title?.isEmpty == false ? title : nil, date: date, source: state.source,
        body: body, format: flavour == .nitf ? .nitf : .newsML))
  }

  /// A date from ISO 8601 (`2025-09-04T…`) or NITF's compact `norm` (`20250904T103000Z`).
  static func date(in text: String) -> CalendarDate? {
    let trimmed = text.trimmingWhitespace()
    if let date = CalendarDate(iso: trimmed.prefix(10)) { return date }
    let digits = trimmed.prefix(8)
    guard digits.count == 8, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
      let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
      let day = Int(digits.suffix(2))
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  struct State {
    let flavour: Flavour
    var headline: String?
    var fallbackTitle: String?
    /// NITF `date.issue` / NewsML `firstCreated`, then `date.release` / `versionCreated`.
    var firstDate: String?
    var secondDate: String?
    var byline: String?
    var source: String?
    var blocks = TextBlocks()

    private var stack: [String] = []
    /// The text outside the body so far, and where each open element's text starts in it
    /// (UTF-8 offsets), so a field's text includes its children's (`<person>` in a byline).
    private var metadataText = ""
    private var textStarts: [Int] = []
    private var itemsSeen = 0

    init(flavour: Flavour) { self.flavour = flavour }

    /// Elements inside the body whose text is not article text.
    static let leftOut: Set<String> = ["head", "script", "style", "title", "media", "table"]

    mutating func visit(_ event: MarkupDocument.Event) -> MarkupDocument.Step {
      switch event {
      case .open(let element):
        if element.name == "newsitem" {
          itemsSeen += 1
          if itemsSeen > 1 { return .skip }  // one file is one article
        }
        readAttributes(element)
        if inBody, Self.leftOut.contains(element.name) { return .skip }
        if inBody, TextBlocks.blockElements.contains(element.name) { blocks.breakParagraph() }
        stack.append(element.name)
        textStarts.append(metadataText.utf8.count)
      case .close(let name):
        if inBody, TextBlocks.blockElements.contains(name) { blocks.breakParagraph() }
        let start = textStarts.popLast() ?? 0
        finishField(name, text: String(metadataText.utf8.dropFirst(start))?.trimmedTitle ?? "")
        _ = stack.popLast()
        if stack.isEmpty { metadataText = "" }
      case .text(let text):
        if !inBody { metadataText += text }
        if inBody {
          if stack.last == "inlinedata" {
            for (offset, part) in text.split(separator: "\n\n").enumerated() {
              if offset > 0 { blocks.breakParagraph() }
              blocks.append(String(part))
            }
          } else {
            blocks.append(text)
          }
        }
      }
      return .descend
    }

    private var inBody: Bool {
      switch flavour {
      case .nitf: stack.contains("body.content")
      case .newsML: stack.contains("inlinexml") || stack.contains("inlinedata")
      }
    }

    private mutating func readAttributes(_ element: MarkupDocument.Element) {
      switch (flavour, element.name) {
      case (.nitf, "date.issue"): firstDate = firstDate ?? element.attribute("norm")
      case (.nitf, "date.release"): secondDate = secondDate ?? element.attribute("norm")
      case (.nitf, "pubdata"): source = source ?? element.attribute("name")
      case (.newsML, "provider"):
        source = source ?? element.attribute("literal") ?? element.attribute("qcode")
      default: break
      }
    }

    /// Takes the text of a metadata element as it closes.
    private mutating func finishField(_ name: String, text: String) {
      switch (flavour, name) {
      case (.nitf, "hl1") where headline == nil && !text.isEmpty: headline = text
      case (.nitf, "title") where fallbackTitle == nil && !inBody: fallbackTitle = text
      case (.nitf, "byline") where byline == nil && !text.isEmpty: byline = text
      case (.newsML, "headline") where headline == nil && !text.isEmpty: headline = text
      case (.newsML, "firstcreated"): firstDate = firstDate ?? text
      case (.newsML, "versioncreated"): secondDate = secondDate ?? text
      case (.newsML, "by") where byline == nil && !text.isEmpty: byline = text
      default: break
      }
    }
  }
}
