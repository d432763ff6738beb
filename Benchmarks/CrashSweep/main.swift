// Crash sweep: asks every question of the visible sets (the golden .qa scripts, the ExpMRC
// yardstick, the SQuAD 2.0 train titles, the news development set's questions and
// conversation turns) of paragraphs they were not written for, and reports any pair that
// crashes or hangs newsdesk. Pairs are chosen by a seeded generator; a worker process asks
// them and a supervisor restarts it after a crash, so one run finds every crash. Build with
// -c release.
//
//   newsdesk-sweep [--data DIR] [--repository DIR] [--per-question N] [--seed S]
//                  [--seconds S] [--hang-seconds S]
//
// Defaults: ../shared/data, the current folder, 20 paragraphs a question, seed 11, 900 s in
// all, 10 s a pair. Exit status 1 when anything crashed or hung.
import Foundation
import NewsdeskCore

/// WordNet and the syntax model, opened once for the whole run and shared by every session,
/// as the shell's one session holds them.
let lexicon = Lexicon.installed()

func argument(_ name: String) -> String? {
  let arguments = CommandLine.arguments
  guard let position = arguments.firstIndex(of: name), position + 1 < arguments.count else {
    return nil
  }
  return arguments[position + 1]
}

let dataFolder = argument("--data") ?? "../shared/data"
let repository = argument("--repository") ?? FileManager.default.currentDirectoryPath
let perQuestion = argument("--per-question").flatMap(Int.init) ?? 20
let seed = argument("--seed").flatMap(UInt64.init) ?? 11
let clock = ContinuousClock()
let started = clock.now
let data = SweepData(dataFolder: dataFolder, repository: repository)
let plan = SweepPlan(
  questions: data.questions, paragraphs: data.paragraphs, perQuestion: perQuestion, seed: seed)

if CommandLine.arguments.contains("--worker") {
  SweepWorker(data: data, plan: plan).run(from: argument("--from").flatMap(Int.init) ?? 0)
  exit(0)
}

print(
  "newsdesk-sweep: \(data.questions.count) questions × \(data.paragraphs.count) paragraphs, \(perQuestion) paragraphs a question, seed \(seed): \(plan.pairs.count) pairs"
)
let seconds = argument("--seconds").flatMap(Double.init) ?? 900
let hangSeconds = argument("--hang-seconds").flatMap(Double.init) ?? 10
let forwarded = CommandLine.arguments.dropFirst().filter { $0 != "--worker" }
let supervisor = SweepSupervisor(
  executable: CommandLine.arguments[0].hasPrefix("/")
    ? CommandLine.arguments[0]
    : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0],
  arguments: Array(forwarded), hangLimit: .milliseconds(Int(hangSeconds * 1000)),
  deadline: started + .milliseconds(Int(seconds * 1000)))
let result = supervisor.run(count: plan.pairs.count)

func describe(_ pair: Int) -> String {
  let planned = plan.pairs[pair]
  let paragraph = data.paragraphs[planned.paragraph]
  return
    "pair \(pair): \"\(data.questions[planned.question].text)\" of \(paragraph.home) (\(paragraph.text.prefix(80).replacingOccurrences(of: "\n", with: " "))…)"
}

for finding in result.findings {
  print("\(finding.kind) at \(describe(finding.pair))")
  for line in finding.detail { print("    \(line)") }
}
print("slowest pairs:")
for (pair, duration) in result.slowest.prefix(5) {
  print("  \(duration.formatted(.units(allowed: [.milliseconds]))) \(describe(pair))")
}
let elapsed = clock.now - started
print(
  "pairs run: \(result.pairsRun) of \(plan.pairs.count) in \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1)))); crashes: \(result.findings.filter { $0.kind == "crash" }.count); hangs: \(result.findings.filter { $0.kind == "hang" }.count)"
)
exit(result.findings.isEmpty ? 0 : 1)
