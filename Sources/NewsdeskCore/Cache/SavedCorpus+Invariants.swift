/// What must hold of a saved index the reader accepted, however damaged the file was: every
/// lookup a session makes stays inside what was read. Checked by the saved-index fuzz target
/// and by tests; `open` rejects a file for which any of it fails.
extension SavedCorpus {
  func checkInvariants() -> [String] {
    var problems = index.checkInvariants()
    if locations.count != 3 * index.sentenceCount {
      problems.append(
        "\(locations.count / 3) sentence locations for \(index.sentenceCount) sentences")
    }
    if !placed.articles.isSound(textCount: text.count) {
      problems.append("the article table does not fit its sections or its index")
    }
    if articleNumbers.count != manifest.files.count {
      problems.append("article numbers do not match the list of files")
    }
    for (entry, record) in manifest.files.enumerated() where !record.articles.isEmpty {
      for (offset, article) in record.articles.enumerated() {
        problems += checkArticle(article, number: articleNumbers[entry] + offset, entry: entry)
      }
    }
    return problems
  }

  private func checkArticle(_ article: ArticleRecord, number: Int, entry: Int) -> [String] {
    guard (0..<index.articleCount).contains(number) else {
      return ["file \(entry) has article number \(number) of \(index.articleCount)"]
    }
    var problems: [String] = []
    if article.text.lowerBound < 0 || article.text.upperBound > text.count {
      problems.append("article \(number)'s text \(article.text) is outside the text section")
    }
    if article.sentenceCount != index.sentenceCount(ofArticle: number) {
      problems.append("article \(number) has \(article.sentenceCount) sentences in the list")
    }
    var previousEnd: Int32 = 0
    for sentence in sentences(ofArticle: number) {
      if sentence.start < previousEnd || sentence.end < sentence.start
        || Int(sentence.end) > article.text.count || sentence.paragraph < 0
      {
        problems.append(
          "article \(number) has a sentence at \(sentence) of \(article.text.count) bytes")
        break
      }
      previousEnd = sentence.end
    }
    return problems
  }
}
