import Dispatch
import Foundation

extension Array where Element: Sendable {
  /// Maps the elements on all cores, in contiguous chunks, keeping order.
  ///
  /// Each chunk calls `makeContext` once, so per-thread state that must not be shared
  /// (a libstemmer handle, a stem cache) is built once per chunk, not once per element.
  func parallelMap<Context, Result: Sendable>(
    chunks requestedChunks: Int = ProcessInfo.processInfo.activeProcessorCount * 4,
    makeContext: @Sendable () -> Context,
    _ transform: @Sendable (inout Context, Element) -> Result
  ) -> [Result] {
    guard !isEmpty else { return [] }
    let chunkCount = Swift.max(1, Swift.min(requestedChunks, count))
    let chunkSize = (count + chunkCount - 1) / chunkCount
    let output = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    output.initialize(repeating: nil)
    defer { output.deallocate() }
    nonisolated(unsafe) let slots = output
    let elements = self
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let start = chunk * chunkSize
      let end = Swift.min(elements.count, start + chunkSize)
      guard start < end else { return }
      var context = makeContext()
      for index in start..<end {
        // Each index is written by exactly one chunk, so the writes never overlap.
        slots[index] = transform(&context, elements[index])
      }
    }
    return output.map { $0! }
  }
}
