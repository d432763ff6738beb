import Foundation
import Testing

/// The folders of Sources/NewsdeskCore depend one way (docs/layers.md): a file may name the
/// types declared in its own folder and in the layers below it, never one declared above it
/// or beside it. Read from the source tree, so a reference upward fails here.
@Suite struct LayeringTests {
  /// Each folder's layer, lowest first. Folders of one layer do not refer to each other.
  static let layers: [[String]] = [
    ["Support"],
    ["Text", "Measuring"],
    ["Corpus"],
    ["Analysis"],
    ["Retrieval"],
    ["Cache"],
    ["Library"],
    ["Questions"],
    ["Answering"],
    ["Conversation", "Overview"],
    ["Engine"],
    ["Scripts"],
  ]

  static var sourceRoot: URL {
    TestSupport.repositoryRoot.appendingPathComponent("Sources/NewsdeskCore")
  }

  @Test func everyFolderHasALayer() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sourceRoot.path)
      .filter { name in
        var isFolder: ObjCBool = false
        let path = Self.sourceRoot.appendingPathComponent(name).path
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
          && isFolder.boolValue
      }
    #expect(Set(folders) == Set(Self.layers.joined()))
  }

  @Test func noFolderNamesATypeDeclaredAboveIt() throws {
    let check = try LayerCheck(root: Self.sourceRoot, layers: Self.layers)
    let violations = check.violations()
    #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
  }

  /// The check itself: a type named from a lower folder, or from a sibling, is found; one
  /// named only in a comment or a string is not.
  @Test func aReferenceUpwardOrSidewaysIsFound() {
    let check = LayerCheck(
      files: [
        "Low/Word.swift": "struct Word {}\n",
        "Mid/Reader.swift": """
        /// Feeds a `Composer`.
        struct Reader { let word: Word; let label = "Composer" }
        """,
        "Mid/Peer.swift": "enum Peer {}\n",
        "Side/Other.swift": "struct Other { let peer: Peer }\n",
        "High/Composer.swift": "struct Composer { let reader: Reader }\n",
        "Mid/Misplaced.swift": "extension Reader { func use(_ c: Composer) {} }\n",
      ],
      layers: [["Low"], ["Mid", "Side"], ["High"]])
    #expect(
      check.violations() == [
        "Mid/Misplaced.swift names Composer, declared in High, a layer above Mid",
        "Side/Other.swift names Peer, declared in Mid, a folder of the same layer as Side",
      ])
  }
}

/// The type names each folder declares at the top level, and the type names each file
/// uses, with comments and string literals left out.
struct LayerCheck {
  /// Source text by path relative to the root ("Answering/Answer.swift").
  let files: [String: String]
  let layerOfFolder: [String: Int]

  init(files: [String: String], layers: [[String]]) {
    self.files = files
    var layerOfFolder: [String: Int] = [:]
    for (layer, folders) in layers.enumerated() {
      for folder in folders { layerOfFolder[folder] = layer }
    }
    self.layerOfFolder = layerOfFolder
  }

  init(root: URL, layers: [[String]]) throws {
    var files: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let relative = enumerator?.nextObject() as? String {
      guard relative.hasSuffix(".swift") else { continue }
      files[relative] = try String(
        contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }
    self.init(files: files, layers: layers)
  }

  /// One line per file and type it names from a folder not below its own, sorted.
  func violations() -> [String] {
    var declaredIn: [String: Set<String>] = [:]
    for (path, text) in files {
      for name in Self.matches(of: Self.declaration, in: text) {
        declaredIn[name, default: []].insert(Self.folder(of: path))
      }
    }
    var found: [String] = []
    for (path, text) in files {
      let folder = Self.folder(of: path)
      guard let layer = layerOfFolder[folder] else { continue }
      for name in Set(Self.matches(of: Self.typeName, in: Self.code(of: text))) {
        guard let folders = declaredIn[name], !folders.contains(folder) else { continue }
        // A name declared in several folders is fine when any of them lies below.
        let layers = folders.compactMap { layerOfFolder[$0] }
        guard !layers.isEmpty, layers.allSatisfy({ $0 >= layer }) else { continue }
        let owner = folders.sorted().first { layerOfFolder[$0] == layers.min() }!
        let relation =
          layers.min()! > layer
          ? "a layer above \(folder)" : "a folder of the same layer as \(folder)"
        found.append("\(path) names \(name), declared in \(owner), \(relation)")
      }
    }
    return found.sorted()
  }

  /// A top-level type declaration; nested types are reached through their outer type's name.
  static let declaration = try! NSRegularExpression(
    pattern:
      #"^(?:(?:public|internal|package|private|fileprivate|final|indirect|@\w+(?:\([^)]*\))?)\s+)*(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)"#,
    options: .anchorsMatchLines)
  static let typeName = try! NSRegularExpression(pattern: #"\b([A-Z]\w*)\b"#)
  /// Comments first ("//" inside a string only hides the rest of its line), then strings.
  static let commentsAndStrings = [
    #"/\*[\s\S]*?\*/"#, #"//[^\n]*"#, #""""[\s\S]*?""""#, #""(?:\\.|[^"\\\n])*""#,
  ].map { try! NSRegularExpression(pattern: $0) }

  static func folder(of path: String) -> String {
    String(path.prefix { $0 != "/" })
  }

  static func code(of text: String) -> String {
    commentsAndStrings.reduce(text) { text, pattern in
      pattern.stringByReplacingMatches(
        in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "\"\"")
    }
  }

  static func matches(of pattern: NSRegularExpression, in text: String) -> [String] {
    pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
