import Foundation

/// Draws reliability reports as a plain SVG: on the left the reliability diagram (accuracy
/// against confidence per bin, the diagonal for perfect calibration), on the right the
/// precision–coverage curve, one line per data set.
public struct ReliabilityChart: Sendable {
  public var series: [(name: String, report: ReliabilityReport)]
  /// The default threshold, marked on the curve.
  public var threshold: Double?

  public init(series: [(name: String, report: ReliabilityReport)], threshold: Double? = nil) {
    self.series = series
    self.threshold = threshold
  }

  static let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"]
  static let panel = 300.0
  static let margin = 50.0

  public var svg: String {
    let width = Self.margin * 3 + Self.panel * 2
    let height = Self.margin * 2 + Self.panel + 20 * Double(series.count)
    var parts = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">",
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
    ]
    parts += axes(left: Self.margin, title: "Reliability", x: "confidence", y: "accuracy")
    parts += axes(
      left: Self.margin * 2 + Self.panel, title: "Precision–coverage", x: "coverage",
      y: "precision")
    parts.append(line([(0, 0), (1, 1)], left: Self.margin, colour: "#999", dashed: true))
    for (index, entry) in series.enumerated() {
      let colour = Self.colours[index % Self.colours.count]
      let bins = entry.report.bins.filter { $0.count > 0 }
      parts.append(
        line(bins.map { ($0.meanConfidence, $0.accuracy) }, left: Self.margin, colour: colour))
      for bin in bins {
        let (x, y) = point(bin.meanConfidence, bin.accuracy, left: Self.margin)
        parts.append("<circle cx=\"\(x)\" cy=\"\(y)\" r=\"3\" fill=\"\(colour)\"/>")
      }
      let curve = entry.report.curve
      parts.append(
        line(
          curve.map { ($0.coverage, $0.precision) }, left: Self.margin * 2 + Self.panel,
          colour: colour))
      if let threshold,
        let mark = curve.filter({ $0.threshold >= threshold }).last
      {
        let (x, y) = point(mark.coverage, mark.precision, left: Self.margin * 2 + Self.panel)
        parts.append("<circle cx=\"\(x)\" cy=\"\(y)\" r=\"4\" fill=\"none\" stroke=\"\(colour)\"/>")
      }
      let legendY = Self.margin * 2 + Self.panel + 20 * Double(index)
      let ece = String(format: "%.3f", entry.report.expectedCalibrationError)
      parts.append(
        "<rect x=\"\(Self.margin)\" y=\"\(legendY - 9)\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
      )
      parts.append(
        "<text x=\"\(Self.margin + 16)\" y=\"\(legendY)\">\(escaped(entry.name)) — \(entry.report.outcomes.count) answers, ECE \(ece)</text>"
      )
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n") + "\n"
  }

  private func point(_ x: Double, _ y: Double, left: Double) -> (Double, Double) {
    let px = left + min(1, max(0, x)) * Self.panel
    let py = Self.margin + (1 - min(1, max(0, y))) * Self.panel
    return ((px * 10).rounded() / 10, (py * 10).rounded() / 10)
  }

  private func line(
    _ points: [(Double, Double)], left: Double, colour: String, dashed: Bool = false
  ) -> String {
    let coordinates = points.map { point($0.0, $0.1, left: left) }.map { "\($0.0),\($0.1)" }
    let dash = dashed ? " stroke-dasharray=\"4 4\"" : ""
    return
      "<polyline points=\"\(coordinates.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\"\(dash)/>"
  }

  private func axes(left: Double, title: String, x: String, y: String) -> [String] {
    let top = Self.margin
    let bottom = Self.margin + Self.panel
    var parts = [
      "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(Self.panel)\" height=\"\(Self.panel)\" fill=\"none\" stroke=\"#333\"/>",
      "<text x=\"\(left + Self.panel / 2)\" y=\"\(top - 15)\" text-anchor=\"middle\" font-weight=\"bold\">\(title)</text>",
      "<text x=\"\(left + Self.panel / 2)\" y=\"\(bottom + 35)\" text-anchor=\"middle\">\(x)</text>",
      "<text x=\"\(left - 35)\" y=\"\(top + Self.panel / 2)\" text-anchor=\"middle\" transform=\"rotate(-90 \(left - 35) \(top + Self.panel / 2))\">\(y)</text>",
    ]
    for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
      let (px, _) = point(tick, 0, left: left)
      let (_, py) = point(0, tick, left: left)
      parts.append(
        "<text x=\"\(px)\" y=\"\(bottom + 15)\" text-anchor=\"middle\">\(String(format: "%.2f", tick))</text>"
      )
      parts.append(
        "<text x=\"\(left - 5)\" y=\"\(py + 4)\" text-anchor=\"end\">\(String(format: "%.2f", tick))</text>"
      )
    }
    return parts
  }

  private func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
  }
}
