/// Exhaustive scoring: every posting of every query term is read. The ranking pruned
/// scoring must reproduce bit for bit, and the path for parameters whose bounds do not hold.
extension SentenceIndex {
  func exhaustiveSearch(
    _ plan: SearchPlan, limit: Int, parameters: ScoringParameters
  ) -> [ScoredSentence] {
    let query = plan.query
    let lists = sentencePostings
    let articleIDFs = articleIDFs(of: query)
    return scratch.withScratch { scratch in
      prepareNorms(parameters, in: &scratch)
      prepareOnceTables(query, parameters: parameters, in: &scratch)
      var best = TopK<ScoredSentence>(limit: limit)
      var cursors = query.map { lists.range(of: $0.term).lowerBound }
      let postings = PostingReader(lists: lists, terms: query.map(\.term))
      for block in plan.blocks {
        scratch.prepareBlock(sentences: block.sentences.count, articles: block.articles.count)
        score(
          block, query: query, postings: postings, articleIDFs: articleIDFs, cursors: &cursors,
          parameters: parameters, scratch: &scratch, into: &best)
      }
      return best.elements
    }
  }

  /// Scores one block: every query term's postings in it are added into per-sentence slots
  /// (which stay in cache) and, summed per article as they pass, into article scores; then
  /// each touched sentence is scored, offered to `best` and its slot cleared. A sentence
  /// that could not beat the worst of `best` even with the block's best article score is
  /// dropped without further work.
  private func score(
    _ block: ScoringBlock, query: [QueryTerm], postings: PostingReader, articleIDFs: [Double],
    cursors: inout [Int],
    parameters: ScoringParameters, scratch: inout ScoringScratch,
    into best: inout TopK<ScoredSentence>
  ) {
    let lists = sentencePostings
    let lengths = sentenceLengths.buffer
    let (k1, weight) = (parameters.k1, parameters.articleWeight)
    let base = block.sentences.lowerBound
    let firstArticle = block.articles.lowerBound
    var touchedCount = 0
    let sentenceNormColumn = scratch.sentenceNorms
    let articleNormColumn = scratch.articleNorms
    let onceTables = scratch.onceTables
    let tableSize = ScoringScratch.onceTableSize
    sentenceNormColumn.withUnsafeBufferPointer { sentenceNorms in
      articleNormColumn.withUnsafeBufferPointer { articleNorms in
        onceTables.withUnsafeBufferPointer { onceTables in
          scratch.blockArticleScores.withUnsafeMutableBufferPointer { articleScores in
            scratch.blockScores.withUnsafeMutableBufferPointer { scores in
              scratch.blockOwners.withUnsafeMutableBufferPointer { owners in
                scratch.touchedInBlock.withUnsafeMutableBufferPointer { touched in
                  for (number, term) in query.enumerated() {
                    let end = lists.range(of: term.term).upperBound
                    let idf =
                      Self.idf(
                        documents: sentenceCount, containing: lists.range(of: term.term).count)
                      * term.weight
                    let articleIDF = articleIDFs[number]
                    let once = UnsafeBufferPointer(
                      rebasing: onceTables[(number * tableSize)..<((number + 1) * tableSize)])
                    var position = postings.firstPosition(
                      number, atLeast: UInt32(base), from: cursors[number], to: end)
                    var cursor = ArticleCursor(
                      firstSentences: articleFirstSentence.buffer, sentenceCount: sentenceCount,
                      startingAt: firstArticle)
                    var article = -1
                    var frequencyInArticle = 0
                    func addArticle() {
                      let frequency = Double(frequencyInArticle)
                      let norm = articleNorms[article]
                      articleScores[article - firstArticle] +=
                        articleIDF * frequency * (k1 + 1) / (frequency + norm)
                    }
                    while position < end {
                      let sentence = Int(postings.id(number, at: position))
                      if sentence >= block.sentences.upperBound { break }
                      cursor.move(to: sentence)
                      if cursor.article != article {
                        if article >= 0 { addArticle() }
                        article = cursor.article
                        frequencyInArticle = 0
                      }
                      let count = postings.count(number, at: position)
                      let length = Int(lengths[sentence])
                      frequencyInArticle += Int(count)
                      let slot = sentence - base
                      if scores[slot] == 0 {
                        touched[touchedCount] = UInt32(slot)
                        owners[slot] = UInt32(article)
                        touchedCount += 1
                      }
                      if count == 1, length < tableSize {
                        scores[slot] += once[length]
                      } else {
                        let frequency = Double(count)
                        let norm = sentenceNorms[length]
                        scores[slot] += idf * frequency * (k1 + 1) / (frequency + norm)
                      }
                      position += 1
                    }
                    if article >= 0 { addArticle() }
                    cursors[number] = position
                  }
                  var bestArticle = 0.0
                  for article in articleScores[..<block.articles.count] {
                    bestArticle = max(bestArticle, article)
                  }
                  for slot in touched[..<touchedCount] {
                    let sentenceScore = scores[Int(slot)]
                    scores[Int(slot)] = 0
                    if best.isFull, let worst = best.elements.last,
                      sentenceScore + weight * bestArticle < worst.score
                    {
                      continue
                    }
                    let sentence = base + Int(slot)
                    let articleScore = articleScores[Int(owners[Int(slot)]) - firstArticle]
                    let score = sentenceScore + weight * articleScore
                    if best.isFull, let worst = best.elements.last,
                      score < worst.score || (score == worst.score && sentence > worst.sentence)
                    {
                      continue
                    }
                    best.insert(
                      ScoredSentence(
                        sentence: sentence, score: score, sentenceScore: sentenceScore,
                        articleScore: articleScore))
                  }
                }
              }
            }
            // The block's article slots, cleared for the next block.
            UnsafeMutableBufferPointer(rebasing: articleScores[..<block.articles.count]).update(
              repeating: 0)
          }
        }
      }
    }
  }
}
