#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// CPU time: on a machine shared with other work, wall time measures the queue as much as
/// the code, so the start and each query are also reported in CPU seconds.
enum CPUClock {
  /// Used by the calling thread (a query runs on one).
  static func threadSeconds() -> Double { seconds(CLOCK_THREAD_CPUTIME_ID) }

  /// Used by every thread of the process (a start reads on both cores).
  static func processSeconds() -> Double { seconds(CLOCK_PROCESS_CPUTIME_ID) }

  private static func seconds(_ clock: clockid_t) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
