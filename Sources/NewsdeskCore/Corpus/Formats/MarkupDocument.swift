import CMarkupShim

/// An HTML or XML document parsed by libxml2, read by walking it. The only Swift file that
/// calls libxml2 (through the C shim CMarkupShim, which fixes the parser options and keeps
/// libxml2's headers, and the system ICU they include, away from Swift).
///
/// The walk is iterative (parent and sibling links, no recursion), so a page of a million
/// nested `<div>` cannot exhaust the stack. It never descends into an entity reference:
/// entities are not expanded (no XXE, no billion laughs), and their text is left out.
final class MarkupDocument {
  private let document: OpaquePointer

  /// One-time libxml2 set-up, safe to reach from several loading threads.
  private static let initialised: Void = nd_markup_init()

  private init(_ document: OpaquePointer) { self.document = document }

  deinit { nd_markup_free(document) }

  /// Parses an HTML page. Bytes that are valid UTF-8 are read as UTF-8 whatever the page
  /// declares (a wrong `<meta charset>` is common in saved pages); others follow the
  /// declaration, else libxml2's default. Nil when libxml2 builds no document at all.
  static func html(_ bytes: [UInt8]) -> MarkupDocument? {
    _ = initialised
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
    let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        nd_markup_read_html(chars.baseAddress!, Int32(chars.count), isUTF8 ? "UTF-8" : nil)
      }
    }
    return document.map(MarkupDocument.init)
  }

  /// Parses an XML document (network, entity expansion and external DTDs off).
  static func xml(_ bytes: [UInt8]) -> MarkupDocument? {
    _ = initialised
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        nd_markup_read_xml(chars.baseAddress!, Int32(chars.count))
      }
    }
    return document.map(MarkupDocument.init)
  }

  /// The root element's local name (without namespace prefix), lowercased.
  var rootName: String? {
    nd_markup_root(document).map { Self.name(of: $0) }
  }

  /// An element as the walk meets it; valid only during the `walk` callback.
  struct Element {
    fileprivate let node: OpaquePointer
    /// The local name, lowercased (HTML is case-insensitive; XML names are compared so too).
    let name: String

    /// Whether the element has any attribute at all.
    var hasAttributes: Bool { nd_markup_has_attributes(node) != 0 }

    /// The value of the attribute called `name` (compared ignoring ASCII case), if present.
    func attribute(_ wanted: String) -> String? {
      guard hasAttributes, let value = nd_markup_attribute(node, wanted) else { return nil }
      defer { nd_markup_free_string(value) }
      return String(cString: value)
    }
  }

  enum Event {
    case open(Element)
    case close(String)
    case text(String)
  }

  /// What the walk does after an element is opened.
  enum Step {
    case descend
    /// Leaves out the element's content; no `close` follows its `open`.
    case skip
  }

  /// Visits the document in order: each element's `open`, its text and children, its `close`.
  func walk(_ visit: (Event) -> Step) {
    guard let root = nd_markup_root(document) else { return }
    var node: OpaquePointer? = root
    var closing: [String] = []  // names of the open elements, innermost last
    while let current = node {
      var entered = false
      switch nd_markup_kind(current) {
      case ND_NODE_ELEMENT:
        let name = Self.name(of: current)
        if visit(.open(Element(node: current, name: name))) == .descend {
          if let child = nd_markup_first_child(current) {
            closing.append(name)
            node = child
            entered = true
          } else {
            _ = visit(.close(name))
          }
        }
      case ND_NODE_TEXT:
        if let content = nd_markup_text(current) { _ = visit(.text(String(cString: content))) }
      default:
        break  // comments, processing instructions, entity references: no article text
      }
      if entered { continue }
      // Next sibling, else climb, closing each element left, until a sibling or the root.
      var position: OpaquePointer? = current
      node = nil
      while let here = position {
        if here == root { break }
        if let next = nd_markup_next(here) {
          node = next
          break
        }
        position = nd_markup_parent(here)
        if let name = closing.popLast() { _ = visit(.close(name)) }
        if position == root { break }
      }
    }
    while let name = closing.popLast() { _ = visit(.close(name)) }
  }

  private static func name(of node: OpaquePointer) -> String {
    guard let name = nd_markup_name(node) else { return "" }
    let text = String(cString: name)
    // libxml2's HTML parser already lowercases; lowercasing again allocated for every element.
    return text.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? text.lowercased() : text
  }
}
