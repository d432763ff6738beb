/// A multiclass perceptron being trained, with lazily averaged weights (Collins 2002; the
/// "timestamp" trick keeps an update O(1) however long training runs).
///
/// Rows are sparse: a feature gets a weight for a class only once an update touches it, so
/// the parser's hundred-odd moves cost memory only where they were ever confused.
struct AveragedPerceptron: Sendable {
  struct Entry: Sendable {
    var classIndex: UInt8
    var stamp: Int32
    var weight: Float
    var total: Double
  }

  let classCount: Int
  private var rowOf: [UInt64: Int32] = [:]
  private var features: [UInt64] = []
  private var rows: [[Entry]] = []
  /// How many updates touched each row: rarely-updated features are pruned on export.
  private var updateCounts: [Int32] = []
  /// Instances seen: the clock the averages are taken over.
  private(set) var instances: Int32 = 0

  init(classCount: Int) {
    self.classCount = classCount
  }

  func score(_ active: [UInt64], into scores: inout [Float]) {
    for index in scores.indices { scores[index] = 0 }
    for feature in active {
      guard let row = rowOf[feature] else { continue }
      for entry in rows[Int(row)] { scores[Int(entry.classIndex)] += entry.weight }
    }
  }

  /// Marks one training instance seen (whether or not it updated anything).
  mutating func tick() {
    instances += 1
  }

  /// Adds `delta` to each active feature's weight for `classIndex`.
  mutating func update(_ active: [UInt64], classIndex: Int, delta: Float) {
    for feature in active {
      let row: Int
      if let known = rowOf[feature] {
        row = Int(known)
      } else {
        row = rows.count
        rowOf[feature] = Int32(row)
        features.append(feature)
        rows.append([])
        updateCounts.append(0)
      }
      updateCounts[row] += 1
      if let slot = rows[row].firstIndex(where: { Int($0.classIndex) == classIndex }) {
        var entry = rows[row][slot]
        entry.total += Double(instances - entry.stamp) * Double(entry.weight)
        entry.stamp = instances
        entry.weight += delta
        rows[row][slot] = entry
      } else {
        rows[row].append(
          Entry(classIndex: UInt8(classIndex), stamp: instances, weight: delta, total: 0))
      }
    }
  }

  /// The averaged weights, rows in the order their features were first updated (so the
  /// result is deterministic for a given training order).
  func averagedRows() -> [QuantizedWeightTable.Row] {
    let now = Double(max(instances, 1))
    return rows.indices.map { row in
      let weights = rows[row].map { entry in
        let total = entry.total + Double(instances - entry.stamp) * Double(entry.weight)
        return (classIndex: Int(entry.classIndex), weight: Float(total / now))
      }
      return QuantizedWeightTable.Row(feature: features[row], weights: weights)
    }
  }

  /// The averaged weights with each row's update count, worked out once so that several
  /// pruning thresholds can be tried without averaging again.
  func averaged() -> AveragedWeights {
    AveragedWeights(
      rows: averagedRows(), updateCounts: updateCounts.map(Int.init), classCount: classCount)
  }

  /// The averaged weights quantised as the model file stores them, so that training code can
  /// evaluate exactly what will ship.
  func quantised() -> (table: QuantizedWeightTable, bytes: [UInt8]) {
    let encoded = QuantizedWeightTable.encode(rows: averagedRows(), classCount: classCount)
    let storage = ModelBytes(encoded.bytes)
    var reader = ModelByteReader(storage, count: encoded.bytes.count)
    // The bytes were just written by `encode`; reading them back cannot fail.
    let table = try! QuantizedWeightTable(reading: &reader, storage: storage)
    return (table, encoded.bytes)
  }
}

/// A trained perceptron's averaged weights, ready to be pruned and encoded.
struct AveragedWeights {
  let rows: [QuantizedWeightTable.Row]
  let updateCounts: [Int]
  let classCount: Int

  /// The table's bytes without the features updated fewer than `minimumUpdates` times.
  func encoded(minimumUpdates: Int) -> (bytes: [UInt8], rowCount: Int) {
    let kept = rows.indices.filter { updateCounts[$0] >= minimumUpdates }.map { rows[$0] }
    return QuantizedWeightTable.encode(rows: kept, classCount: classCount)
  }
}
