/// Gives the allocator's free pages back to the system: glibc keeps memory freed in many small
/// pieces for reuse, and after a load that freed a great deal (analysed batches, a warm
/// start's list of files) a session would otherwise carry it as its own memory for good.
/// The one caller of glibc's `malloc_trim`.
enum FreeMemory {
  static func giveBack() {
    #if os(Linux)
      _ = releaseFreeMemory(0)
    #endif
  }
}

#if os(Linux)
  /// glibc's malloc_trim, which Swift's Glibc module does not export.
  @_silgen_name("malloc_trim")
  private func releaseFreeMemory(_ padding: Int) -> Int32
#endif
