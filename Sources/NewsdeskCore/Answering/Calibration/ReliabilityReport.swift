import Foundation

/// How well confidences match outcomes: the reliability table (confidence bins with their
/// count, mean confidence and accuracy), the expected calibration error, and the
/// precision–coverage curve, as Watson's team reported theirs.
public struct ReliabilityReport: Sendable {
  /// One judged answer: its confidence and whether it was right.
  public struct Outcome: Sendable {
    public var confidence: Double
    public var right: Bool
    public init(confidence: Double, right: Bool) {
      self.confidence = confidence
      self.right = right
    }
  }

  public struct Bin: Sendable {
    public var lower: Double
    public var upper: Double
    public var count: Int
    public var meanConfidence: Double
    public var accuracy: Double
  }

  /// A point of the precision–coverage curve: answering every question whose confidence is
  /// at least `threshold`.
  public struct CurvePoint: Sendable {
    public var threshold: Double
    public var coverage: Double
    public var precision: Double
  }

  public var outcomes: [Outcome]
  public var binCount: Int

  public init(outcomes: [Outcome], binCount: Int = 10) {
    self.outcomes = outcomes
    self.binCount = binCount
  }

  public var bins: [Bin] {
    (0..<binCount).map { index in
      let lower = Double(index) / Double(binCount)
      let upper = Double(index + 1) / Double(binCount)
      let inside = outcomes.filter {
        $0.confidence >= lower
          && ($0.confidence < upper || (index == binCount - 1 && $0.confidence <= 1))
      }
      let count = inside.count
      let mean = inside.map(\.confidence).reduce(0, +) / Double(max(count, 1))
      let accuracy = Double(inside.filter(\.right).count) / Double(max(count, 1))
      return Bin(lower: lower, upper: upper, count: count, meanConfidence: mean, accuracy: accuracy)
    }
  }

  /// The count-weighted mean gap between each bin's confidence and its accuracy.
  public var expectedCalibrationError: Double {
    let total = Double(max(outcomes.count, 1))
    return bins.reduce(0) { sum, bin in
      sum + Double(bin.count) / total * abs(bin.accuracy - bin.meanConfidence)
    }
  }

  /// Answering from the most confident down: each distinct confidence as a threshold.
  public var curve: [CurvePoint] {
    let sorted = outcomes.sorted { $0.confidence > $1.confidence }
    var points: [CurvePoint] = []
    var right = 0
    for (index, outcome) in sorted.enumerated() {
      if outcome.right { right += 1 }
      let isLastOfItsValue =
        index == sorted.count - 1 || sorted[index + 1].confidence < outcome.confidence
      if isLastOfItsValue {
        points.append(
          CurvePoint(
            threshold: outcome.confidence,
            coverage: Double(index + 1) / Double(sorted.count),
            precision: Double(right) / Double(index + 1)))
      }
    }
    return points
  }

  /// The lowest threshold at which the answers given are right at least `precision` of the
  /// time; nil when no threshold reaches it.
  public func threshold(forPrecision precision: Double) -> Double? {
    curve.filter { $0.precision >= precision }.min { $0.threshold < $1.threshold }?.threshold
  }

  /// The table as text, one bin a line.
  public var table: String {
    var lines = ["  confidence    count  mean conf  accuracy"]
    for bin in bins where bin.count > 0 {
      lines.append(
        String(
          format: "  %.1f–%.1f   %7d     %.3f     %.3f", bin.lower, bin.upper, bin.count,
          bin.meanConfidence, bin.accuracy))
    }
    lines.append(String(format: "  expected calibration error %.3f", expectedCalibrationError))
    return lines.joined(separator: "\n")
  }
}
