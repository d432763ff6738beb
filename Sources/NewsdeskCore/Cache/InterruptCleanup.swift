import Foundation
import Synchronization

/// What an interrupted load must not leave behind: the temporary file of a saved index being
/// written (tens of megabytes in the cache) and a progress line on the terminal.
///
/// While anything is registered, SIGINT, SIGTERM and SIGHUP first remove the registered files
/// and write the registered text to stderr, then do what they did before: end the process
/// (by the same signal, so the parent sees how it ended) or call the handler that was there
/// (the question shell's, which keeps the session: the load goes on and cleans up itself).
/// With nothing registered a signal does exactly what it did before. This file is the only
/// one that handles signals for the library.
///
/// The handler runs in signal context: it only reads atomics and raw memory and calls
/// async-signal-safe functions (unlink, write, strlen, sigaction, raise).
public enum InterruptCleanup {
  /// Something registered; hand it back to `cancel` once it is no longer needed.
  public struct Registration: Sendable {
    fileprivate let slot: Int
  }

  /// Removes the file at `path` if the process is interrupted; nil if every slot is taken
  /// (the file is then left for the next start to remove, as after a kill -9).
  static func removeOnInterrupt(path: String) -> Registration? {
    register(path, in: fileSlots)
  }

  /// Writes `text` to stderr if the process is interrupted (to erase a progress line).
  public static func writeOnInterrupt(_ text: String) -> Registration? {
    register(text, in: textSlots)
  }

  public static func cancel(_ registration: Registration) {
    let old = slots[registration.slot].exchange(0, ordering: .sequentiallyConsistent)
    // Once a signal is being handled the handler may be reading the string: leave it.
    if old != 0, !handling.load(ordering: .sequentiallyConsistent) {
      free(UnsafeMutableRawPointer(bitPattern: old))
    }
  }

  private static let installation = Mutex(false)

  private static func register(_ text: String, in range: Range<Int>) -> Registration? {
    guard let copy = strdup(text) else { return nil }
    installHandler()
    let bits = UInt(bitPattern: copy)
    for slot in range
    where slots[slot].compareExchange(
      expected: 0, desired: bits, ordering: .sequentiallyConsistent
    ).exchanged {
      return Registration(slot: slot)
    }
    free(copy)
    return nil
  }

  /// Installs the handler once, remembering what each signal did before.
  private static func installHandler() {
    installation.withLock { installed in
      guard !installed else { return }
      installed = true
      for (number, signal) in handledSignals.enumerated() {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = handleSignal
        action.sa_flags = SA_SIGINFO | SA_RESTART
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, previousActions + number)
      }
    }
  }
}

/// Registered strings as pointer bit patterns, 0 for an empty slot: files to remove first,
/// then text to write.
private let slots: InlineArray<32, Atomic<UInt>> = InlineArray { _ in Atomic<UInt>(0) }
private let fileSlots = 0..<16
private let textSlots = 16..<32
private let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
private let handling = Atomic<Bool>(false)
/// Raw memory, so the handler reads it without reference counting.
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(
  capacity: 3)

private func handleSignal(
  _ signal: Int32, _ information: UnsafeMutablePointer<siginfo_t>?,
  _ context: UnsafeMutableRawPointer?
) {
  let number = signal == SIGINT ? 0 : signal == SIGTERM ? 1 : 2
  let previous = previousActions[number]
  if previous.sa_flags & SA_SIGINFO != 0 {
    previous.__sigaction_handler.sa_sigaction?(signal, information, context)
    return
  }
  let handler = previous.__sigaction_handler.sa_handler
  let defaultBits = unsafeBitCast(SIG_DFL, to: Int.self)
  let ignoreBits = unsafeBitCast(SIG_IGN, to: Int.self)
  let bits = handler.map { unsafeBitCast($0, to: Int.self) } ?? 0
  if bits == ignoreBits { return }
  if bits != defaultBits {
    handler?(signal)
    return
  }
  // The process is about to end: undo what the load left, then end as the signal would have.
  handling.store(true, ordering: .sequentiallyConsistent)
  for slot in fileSlots {
    let bits = slots[slot].load(ordering: .sequentiallyConsistent)
    if let path = UnsafePointer<CChar>(bitPattern: bits) { unlink(path) }
  }
  for slot in textSlots {
    let bits = slots[slot].load(ordering: .sequentiallyConsistent)
    if let text = UnsafePointer<CChar>(bitPattern: bits) {
      _ = write(STDERR_FILENO, text, strlen(text))
    }
  }
  var restored = sigaction()
  restored.__sigaction_handler.sa_handler = SIG_DFL
  sigemptyset(&restored.sa_mask)
  sigaction(signal, &restored, nil)
  raise(signal)
}
