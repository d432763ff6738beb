import FuzzSupport
import NewsdeskCore

// The question analyser and the follow-up resolver on any text. The input is up to three
// lines: an earlier question, the answer it got, and a follow-up (with two lines, the answer
// is left out; with one, only the analyser runs). The follow-up is resolved against that
// turn and against an empty conversation, and what it resolves to is analysed in turn.

let lexicon = Lexicon.installed()
let analyzer = QuestionAnalyzer(lexicon: lexicon)
let resolver = FollowUpResolver(lexicon: lexicon)

FuzzDriver.run { input in
  let text = String(decoding: input, as: UTF8.self)
  let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
    .map(String.init)
  let earlier = analyzer.analyze(lines[0])
  fuzzRequire(earlier.terms.allSatisfy { !$0.isEmpty }, "an empty search term")
  guard lines.count > 1, let typed = lines.last else { return }
  var memory = ConversationMemory()
  memory.remember(
    .init(question: lines[0], analysis: earlier, answer: lines.count > 2 ? lines[1] : nil))
  let followUp = resolver.resolve(typed, memory: memory)
  // With a turn to follow, asking back is for a follow-up that fits nothing in it ("for how
  // much?" after "who is X?", "he" with no person named), never "nothing was asked before".
  fuzzRequire(
    followUp.kind != .needsContext
      || (followUp.message != nil && followUp.message != FollowUp.askForContext),
    "asked for context with a turn to follow")
  _ = analyzer.analyze(followUp.question)
  let alone = resolver.resolve(typed, memory: ConversationMemory())
  fuzzRequire(
    alone.kind == .standalone || alone.kind == .needsContext,
    "rewrote \(typed.debugDescription) with nothing to follow")
}
