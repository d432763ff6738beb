import Foundation

/// What `:show`, `:about` and `:focus` accept to name an article: its `:sources` number,
/// `3:14` for a sentence in it, its id or file name, or the start of its title.
public struct ArticleReference: Sendable, Equatable {
  /// The article's number in load order, from 0.
  public var article: Int
  /// The sentence asked for, from 1, when one was.
  public var sentence: Int?

  public enum Problem: Error, Sendable, Equatable {
    /// No argument at all.
    case empty
    /// Nothing loaded has that number, name or title.
    case noArticle(String)
    /// A number past the article's last sentence: the article and how many it has.
    case noSentence(article: Int, asked: Int, count: Int)
    /// Several titles start so: their numbers (from 0).
    case ambiguous(String, [Int])
  }

  public static func resolve(_ text: String, in library: ArticleLibrary) -> Result<
    ArticleReference, Problem
  > {
    // "[3:14]" as a citation prints it, pasted back.
    let argument = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
    guard !argument.isEmpty else { return .failure(.empty) }
    // "3:14", and "3#14" as citations used to print it.
    if let separator = argument.lastIndex(where: { $0 == ":" || $0 == "#" }),
      let sentence = Int(argument[argument.index(after: separator)...])
    {
      switch resolveArticle(String(argument[..<separator]), in: library) {
      case .failure(let problem): return .failure(problem)
      case .success(let article):
        let count = library.articles[article].sentences.count
        guard sentence >= 1, sentence <= count else {
          return .failure(.noSentence(article: article, asked: sentence, count: count))
        }
        return .success(ArticleReference(article: article, sentence: sentence))
      }
    }
    return resolveArticle(argument, in: library).map { ArticleReference(article: $0) }
  }

  /// A number, an id or file name, else the one title that starts with the text (case and
  /// accents aside).
  static func resolveArticle(_ text: String, in library: ArticleLibrary) -> Result<Int, Problem> {
    let stripped = text.trimmingCharacters(in: .whitespaces)
    if let number = library.article(named: stripped) { return .success(number) }
    if Int(stripped) != nil { return .failure(.noArticle(text)) }
    let wanted = AccentFolding.fold(stripped.lowercased())
    guard !wanted.isEmpty else { return .failure(.noArticle(text)) }
    let matches = library.articles.indices.filter {
      AccentFolding.fold(library.articles[$0].title.lowercased()).hasPrefix(wanted)
    }
    switch matches.count {
    case 0: return .failure(.noArticle(text))
    case 1: return .success(matches[0])
    default:
      // Copies of one article share a title; the first of identical titles is as good.
      let titles = Set(matches.map { library.articles[$0].title })
      return titles.count == 1 && matches.count > 1 && wanted == titles.first!.lowercased()
        ? .success(matches[0]) : .failure(.ambiguous(text, matches))
    }
  }
}
