/// Mends a coordinated subject read as several subjects of one verb: "Judge Ann Rowe and
/// Judge Carl Mott ruled …" with both names made subjects of "ruled" and "and" hanging from
/// the second. A verb has one subject; subjects joined by a conjunction (and commas before
/// it) are one coordination, so the later ones become conjuncts of the first, and the readers
/// of lists and of a role's members ("which judges ruled?") find them all.
struct CoordinatedSubjectsRepair {
  func repaired(_ tokens: [AnnotatedSentence.Token]) -> [AnnotatedSentence.Token] {
    var mended = tokens
    for verb in tokens.indices {
      let subjects = ClauseSubjects.of(verb, in: tokens)
      guard subjects.count >= 2, let last = subjects.last, let first = subjects.first,
        subjects.allSatisfy({ $0 < verb })
      else { continue }
      // The conjunction ("and", "or": a `cc`) before the last subject hangs from it; each one
      // between is set off by a comma of its own.
      func hasChild(_ subject: Int, after earlier: Int, _ isJoint: (Int) -> Bool) -> Bool {
        tokens.indices.contains {
          $0 > earlier && $0 < subject && tokens[$0].head == subject && isJoint($0)
        }
      }
      let pairs = zip(subjects, subjects.dropFirst())
      guard
        hasChild(
          last, after: subjects[subjects.count - 2],
          { tokens[$0].relation == "cc" && tokens[$0].coarseTag == "CCONJ" }),
        pairs.dropLast().allSatisfy({ pair in
          hasChild(pair.1, after: pair.0, { tokens[$0].text == "," })
        })
      else { continue }
      for subject in subjects.dropFirst() {
        mended[subject].head = first
        mended[subject].relation = "conj"
      }
    }
    return TitledNameRepair.isTree(mended) ? mended : tokens
  }
}
