import Foundation

/// Fits a logistic regression by Newton's method with an L2 penalty: a few dozen features
/// and some thousands of answers converge in a handful of steps, deterministically, with no
/// learning rate to tune.
public struct LogisticRegressionFit: Sendable {
  /// The L2 penalty on the weights (not the intercept), in units of examples.
  public var penalty = 1.0
  public var iterations = 50

  public init() {}

  /// Weights and intercept for `rows` labelled by `labels` (true: the answer was right),
  /// each row counting `rowWeights` times (once each when nil).
  public func fit(rows: [[Double]], labels: [Bool], rowWeights: [Double]? = nil)
    -> (weights: [Double], intercept: Double)
  {
    precondition(rows.count == labels.count)
    precondition(rowWeights.map { $0.count == rows.count } ?? true)
    guard let width = rows.first?.count else { return ([], 0) }
    let size = width + 1  // the intercept is the last coefficient
    var beta = [Double](repeating: 0, count: size)
    for _ in 0..<iterations {
      var gradient = [Double](repeating: 0, count: size)
      var hessian = [Double](repeating: 0, count: size * size)
      for (number, (row, label)) in zip(rows, labels).enumerated() {
        let rowWeight = rowWeights?[number] ?? 1
        var sum = beta[width]
        for index in 0..<width { sum += beta[index] * row[index] }
        let p = 1 / (1 + exp(-sum))
        let error = rowWeight * (p - (label ? 1 : 0))
        let curvature = rowWeight * max(p * (1 - p), 1e-9)
        for i in 0..<size {
          let xi = i < width ? row[i] : 1
          gradient[i] += error * xi
          for j in i..<size {
            let xj = j < width ? row[j] : 1
            hessian[i * size + j] += curvature * xi * xj
          }
        }
      }
      for i in 0..<width {
        gradient[i] += penalty * beta[i]
        hessian[i * size + i] += penalty
      }
      for i in 0..<size {
        for j in 0..<i { hessian[i * size + j] = hessian[j * size + i] }
      }
      guard let step = Self.solve(hessian, gradient, size: size) else { break }
      var largest = 0.0
      for i in 0..<size {
        beta[i] -= step[i]
        largest = max(largest, abs(step[i]))
      }
      if largest < 1e-8 { break }
    }
    return (Array(beta[0..<width]), beta[width])
  }

  /// Solves `matrix · x = vector` by Gaussian elimination with partial pivoting; nil when
  /// the matrix is singular.
  static func solve(_ matrix: [Double], _ vector: [Double], size: Int) -> [Double]? {
    var a = matrix
    var b = vector
    for column in 0..<size {
      var pivot = column
      for row in (column + 1)..<max(column + 1, size)
      where abs(a[row * size + column]) > abs(a[pivot * size + column]) {
        pivot = row
      }
      guard abs(a[pivot * size + column]) > 1e-12 else { return nil }
      if pivot != column {
        for k in 0..<size { a.swapAt(column * size + k, pivot * size + k) }
        b.swapAt(column, pivot)
      }
      for row in (column + 1)..<max(column + 1, size) {
        let factor = a[row * size + column] / a[column * size + column]
        if factor == 0 { continue }
        for k in column..<size { a[row * size + k] -= factor * a[column * size + k] }
        b[row] -= factor * b[column]
      }
    }
    var x = [Double](repeating: 0, count: size)
    for row in stride(from: size - 1, through: 0, by: -1) {
      var sum = b[row]
      for k in (row + 1)..<max(row + 1, size) { sum -= a[row * size + k] * x[k] }
      x[row] = sum / a[row * size + row]
    }
    return x
  }
}
