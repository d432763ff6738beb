import Foundation
import NewsdeskCore

// The yardstick's tools for reading single questions while they are asked: --explain and
// --choices.

/// Whether our supporting sentence is one of the marked evidence sentences. Sentence
/// splitters differ at the edges, so one containing the other (after normalisation) counts.
func isEvidence(_ sentence: String?, _ evidences: [String]) -> Bool {
  guard let sentence else { return false }
  let ours = AnswerNormalizer.normalize(sentence)
  guard !ours.isEmpty else { return false }
  return evidences.contains { evidence in
    let theirs = AnswerNormalizer.normalize(evidence)
    return !theirs.isEmpty && (ours.contains(theirs) || theirs.contains(ours))
  }
}

/// With --explain TEXT: how newsdesk reads the questions containing TEXT and the best
/// candidates it sees in each retrieved sentence, for tuning the rules.
func explain(_ question: String, in session: NewsdeskSession) {
  var session = session
  let answer = session.ask(question)
  let analysis = answer.analysis
  print(
    "? \(question)  [\(analysis.answerType.rawValue), head \(analysis.headNoun ?? "-"), verb \(analysis.verb ?? "-"), subject \(analysis.asksForSubject)]"
  )
  var weights: [String: Double] = [:]
  for term in analysis.terms { weights[term] = session.library.index.sentenceIDF(of: term) }
  let context = ShortAnswerExtractor.QuestionContext(
    analysis: analysis, termWeights: weights, lexicon: session.lexicon)
  var analyzer = TermAnalyzer(lexicon: session.lexicon)
  for candidate in answer.candidates.prefix(3) {
    print("  s\(candidate.sentenceNumber) \(candidate.score): \(candidate.sentence.prefix(120))")
    // Read with the parse, as the composer reads it.
    let found = ShortAnswerExtractor(lexicon: session.lexicon).candidates(
      in: candidate.sentence, context: context, analyzer: &analyzer,
      annotated: session.lexicon.annotator?.annotate(candidate.sentence))
    for option in found.prefix(8) {
      print(
        "      \(String(format: "%.3f", option.score)) \(option.text)  [\(option.trace.summary)]")
    }
  }
  print("  → \(answer.shortAnswer ?? "-") (\(answer.confidence))")
}

/// A CSV field: quoted, with its quotes doubled.
func quoted(_ text: String) -> String {
  "\"" + text.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: " ")
    + "\""
}

/// With --choices FILE, each question's retrieved sentences (the ones the composer reads) go
/// to a CSV with what the composer sees in them, for studying which sentence to answer from.
let choiceHeader =
  "question,type,verb,head,rank,retrieval,coverage,candidate,typeFit,chosen,evidence,answer,f1,sentence\n"

func choiceRows(
  _ answer: Answer, evidences: [String], golds: [String], session: NewsdeskSession
) -> String {
  let analysis = answer.analysis
  var weights: [String: Double] = [:]
  for term in analysis.expansions.keys { weights[term] = 0.5 }
  let retrieved = session.library.index.search(
    terms: analysis.terms + analysis.expansions.keys.sorted(), termWeights: weights,
    limit: session.composer.options.sentencesRead)
  var composer = session.composer
  composer.options.threshold = 0
  var rows = ""
  for (rank, scored) in retrieved.enumerated() {
    // The composer over this sentence alone: what it sees in it.
    let alone = composer.compose(
      analysis: analysis, retrieved: [scored], library: session.library, limit: 1)
    let sentence = alone.evidence?.sentence ?? ""
    let short = alone.shortAnswer ?? ""
    let f1 = golds.map { AnswerNormalizer.f1(short, $0) }.max() ?? 0
    let fields: [String] = [
      quoted(answer.question), analysis.answerType.rawValue, analysis.verb ?? "",
      analysis.headNoun ?? "", "\(rank)", "\(scored.score)",
      "\(alone.signals.coverage)", "\(alone.signals.candidateScore)", "\(alone.signals.typeFit)",
      sentence == answer.evidence?.sentence ? "1" : "0",
      isEvidence(sentence, evidences) ? "1" : "0",
      quoted(short), "\(f1)", quoted(sentence),
    ]
    rows += fields.joined(separator: ",") + "\n"
  }
  return rows
}
