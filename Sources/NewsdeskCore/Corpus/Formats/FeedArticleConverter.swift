/// Turns an RSS 2.0 (or RSS 1.0/RDF) or Atom feed into one article per item.
///
/// RSS item: `title`, `link`, `pubDate` (RFC 822) else `dc:date`, the full story from
/// `content:encoded`, else the `description` (a summary). Atom entry: `title`, the
/// `link` with `rel="alternate"` (or no `rel`), `published` else `updated`, the full story
/// from `content`, else the `summary`. Story markup (HTML escaped in the feed, or XHTML
/// inline in Atom) is read as an HTML page's body is: its paragraphs and headings end
/// sentences. An item with no text is left out with a reason; a feed with no item with
/// text is skipped.
struct FeedArticleConverter {
  enum Flavour { case rss, atom }

  /// The flavour a root element names, or nil when it is not a feed's.
  static func flavour(ofRoot root: String) -> Flavour? {
    switch root {
    case "rss", "rdf": .rss
    case "feed": .atom
    default: nil
    }
  }

  func convert(_ document: MarkupDocument, flavour: Flavour) -> ConvertedFile {
    var state = State(flavour: flavour)
    document.walk { state.visit($0) }
    var file = ConvertedFile()
    for (number, item) in state.items.enumerated() {
      let label =
        "item \(number + 1)" + (item.title.map { " (\($0.trimmedTitle.prefix(60)))" } ?? "")
      guard let article = article(from: item, flavour: flavour) else {
        file.warnings.append("\(label): no text in it")
        continue
      }
      file.articles.append(article)
    }
    if state.items.isEmpty { file.warnings.append("this feed has no items") }
    return file
  }

  private func article(from item: Item, flavour: Flavour) -> ConvertedArticle? {
    let full = item.content.flatMap { Self.text(of: $0) }
    let summary = full == nil ? item.summary.flatMap { Self.text(of: $0) } : nil
    guard let body = full ?? summary else { return nil }
    let title = item.title?.trimmedTitle
    let date = item.dates.lazy.compactMap(FeedDate.calendarDate(in:)).first
    return ConvertedArticle(
      title: title?.isEmpty == false ? title : nil, date: date, source: item.link, body: body,
      format: flavour == .rss ? .rss : .atom, isSummary: full == nil)
  }

  /// The plain text of a story given as markup (or plain text, which reads the same).
  static func text(of story: Story) -> String? {
    switch story {
    case .paragraphs(let paragraphs):
      let body = paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
      return body.isEmpty ? nil : body
    case .markup(let markup):
      guard !markup.trimmingWhitespace().isEmpty,
        case .success(let page) = HTMLArticleConverter().convert(Array(markup.utf8), path: "")
      else { return nil }
      return page.body
    }
  }

  /// An item's story: HTML escaped in the feed's text, or paragraphs of inline XHTML.
  enum Story {
    case markup(String)
    case paragraphs([String])
  }

  struct Item {
    var title: String?
    var link: String?
    /// `pubDate`, `published`, then `dc:date`, `updated`: the first that reads as a date.
    var dates: [String] = []
    var content: Story?
    var summary: Story?
  }

  struct State {
    let flavour: Flavour
    private(set) var items: [Item] = []
    private var current: Item?
    /// Open elements inside the current item, innermost last.
    private var stack: [String] = []
    private var fieldText = ""
    /// Inline XHTML content (Atom `type="xhtml"`) being gathered, with the element that holds it.
    private var inlineBlocks: TextBlocks?
    private var inlineField = ""

    init(flavour: Flavour) { self.flavour = flavour }

    private var itemElement: String { flavour == .rss ? "item" : "entry" }

    mutating func visit(_ event: MarkupDocument.Event) -> MarkupDocument.Step {
      switch event {
      case .open(let element):
        if element.name == itemElement, current == nil {
          current = Item()
          stack = []
          return .descend
        }
        guard current != nil else { return .descend }
        if inlineBlocks != nil {
          if TextBlocks.blockElements.contains(element.name) { inlineBlocks?.breakParagraph() }
          stack.append(element.name)
          return .descend
        }
        if stack.isEmpty { open(field: element) }
        stack.append(element.name)
      case .close(let name):
        guard current != nil else { return .descend }
        if stack.isEmpty, name == itemElement {
          if let item = current { items.append(item) }
          current = nil
          return .descend
        }
        let closed = stack.popLast()
        if inlineBlocks != nil {
          if TextBlocks.blockElements.contains(name) { inlineBlocks?.breakParagraph() }
          if stack.isEmpty, closed == inlineField { finishInline() }
          return .descend
        }
        if stack.isEmpty, let closed { finish(field: closed) }
      case .text(let text):
        guard current != nil, !stack.isEmpty else { return .descend }
        if inlineBlocks != nil {
          inlineBlocks?.append(text)
        } else {
          fieldText += text
        }
      }
      return .descend
    }

    private mutating func open(field element: MarkupDocument.Element) {
      fieldText = ""
      switch (flavour, element.name) {
      case (.atom, "link"):
        let relation = element.attribute("rel") ?? "alternate"
        if relation == "alternate", current?.link == nil {
          current?.link = element.attribute("href")
        }
      case (.atom, "content"), (.atom, "summary"):
        if element.attribute("type")?.lowercased() == "xhtml" {
          inlineBlocks = TextBlocks()
          inlineField = element.name
        }
      default:
        break
      }
    }

    private mutating func finishInline() {
      guard var blocks = inlineBlocks else { return }
      blocks.breakParagraph()
      let story = Story.paragraphs(blocks.paragraphs.map(\.text))
      if inlineField == "content" { current?.content = story } else { current?.summary = story }
      inlineBlocks = nil
    }

    /// Takes a field's text as its element closes.
    private mutating func finish(field name: String) {
      let text = fieldText
      fieldText = ""
      guard !text.trimmingWhitespace().isEmpty, var item = current else { return }
      switch (flavour, name) {
      case (_, "title"): item.title = item.title ?? text
      case (.rss, "link"): item.link = item.link ?? text.trimmingWhitespace()
      case (.rss, "pubdate"), (.atom, "published"): item.dates.insert(text, at: 0)
      case (_, "date"), (.atom, "updated"): item.dates.append(text)
      case (.rss, "encoded"), (.atom, "content"): item.content = .markup(text)
      case (.rss, "description"), (.atom, "summary"): item.summary = .markup(text)
      default: break
      }
      current = item
    }
  }
}
