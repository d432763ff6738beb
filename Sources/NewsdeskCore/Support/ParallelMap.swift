import Dispatch
import Foundation

/// Work spread over all cores.
enum Parallel {
  /// The number of workers: one per core.
  static var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// `transform(context, i)` for every `i` in `0..<count`, on all cores, results in order.
  ///
  /// Each worker claims the next unclaimed index, so uneven items (a long article, a slow
  /// disk read) balance out, and keeps one `makeContext()` for everything it claims: state
  /// that must not be shared between threads (a libstemmer handle, a stem cache) is built
  /// once per core, and warms up once.
  static func map<Context, Result: Sendable>(
    count: Int, workers: Int = workerCount,
    makeContext: @Sendable () -> Context,
    _ transform: @Sendable (inout Context, Int) -> Result
  ) -> [Result] {
    guard count > 0 else { return [] }
    let output = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    output.initialize(repeating: nil)
    defer {
      // The results were copied out: release the slots' references, or every result leaks.
      _ = output.deinitialize()
      output.deallocate()
    }
    nonisolated(unsafe) let slots = output
    let claims = ClaimCounter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
      var context = makeContext()
      while let index = claims.next(below: count) {
        // Each index is claimed by exactly one worker, so the writes never overlap.
        slots[index] = transform(&context, index)
      }
    }
    return output.map { $0! }
  }
}

/// Hands out 0, 1, 2, … to whichever thread asks next.
private final class ClaimCounter: @unchecked Sendable {
  // Unchecked: `value` is only touched while holding `lock`.
  private let lock = NSLock()
  private var value = 0

  func next(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}

extension Array where Element: Sendable {
  /// Maps the elements on all cores, keeping order; see `Parallel.map`.
  func parallelMap<Context, Result: Sendable>(
    makeContext: @Sendable () -> Context,
    _ transform: @Sendable (inout Context, Element) -> Result
  ) -> [Result] {
    let elements = self
    return Parallel.map(count: count, makeContext: makeContext) { context, index in
      transform(&context, elements[index])
    }
  }
}
