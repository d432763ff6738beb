/// What one change did, set by set: the questions it fixed, the ones it broke, and the net.
/// Questions are paired by set and id; one in only one run is counted apart, not as a change.
public struct ResultComparison: Sendable, Equatable {
  /// A question that went from wrong to right or back, with both outcomes.
  public struct Change: Sendable, Equatable {
    public var before: QuestionResult
    public var after: QuestionResult
  }

  /// One set's changes.
  public struct SetChanges: Sendable, Equatable {
    public var set: String
    /// Wrong before, right now.
    public var fixed: [Change] = []
    /// Right before, wrong now.
    public var broken: [Change] = []
    /// Questions in both runs.
    public var paired = 0
    /// Questions in one run only (the set's data changed).
    public var unpaired = 0
    /// The graded score summed over the paired questions, before and after (F1, average
    /// precision): a change can move it without making anything right or wrong.
    public var scoreBefore = 0.0
    public var scoreAfter = 0.0

    /// Questions fixed less questions broken.
    public var net: Int { fixed.count - broken.count }

    /// The change in the mean graded score over the paired questions.
    public var meanScoreChange: Double {
      paired == 0 ? 0 : (scoreAfter - scoreBefore) / Double(paired)
    }
  }

  /// The sets in the order they first appear in the later run, then the earlier run's.
  public var sets: [SetChanges]

  public init(before: [QuestionResult], after: [QuestionResult]) {
    var earlier: [String: QuestionResult] = [:]
    for result in before { earlier[result.key] = result }
    var order: [String] = []
    var bySet: [String: SetChanges] = [:]
    func note(_ set: String) {
      if bySet[set] == nil {
        bySet[set] = SetChanges(set: set)
        order.append(set)
      }
    }
    var pairedKeys = Set<String>()
    for now in after {
      note(now.set)
      guard let was = earlier[now.key] else {
        bySet[now.set]!.unpaired += 1
        continue
      }
      pairedKeys.insert(now.key)
      bySet[now.set]!.paired += 1
      bySet[now.set]!.scoreBefore += was.score
      bySet[now.set]!.scoreAfter += now.score
      if was.right != now.right {
        let change = Change(before: was, after: now)
        if now.right {
          bySet[now.set]!.fixed.append(change)
        } else {
          bySet[now.set]!.broken.append(change)
        }
      }
    }
    for was in before where !pairedKeys.contains(was.key) {
      note(was.set)
      bySet[was.set]!.unpaired += 1
    }
    sets = order.map { bySet[$0]! }
  }
}
