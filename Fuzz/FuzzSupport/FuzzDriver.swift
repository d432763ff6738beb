import Foundation

/// The one file that calls into libFuzzer: runs its driver over this process's arguments
/// (corpus folders, `-max_total_time=…`, or single inputs to replay), calling a test with
/// each input it generates.
///
/// The driver is started from an ordinary `main` rather than by defining
/// `LLVMFuzzerTestOneInput` and letting libFuzzer's own `main` run: SwiftPM links every
/// executable with its `main` renamed from the module's entry point, so an executable
/// without one does not link.
public enum FuzzDriver {
  /// Runs `test` over generated inputs until libFuzzer stops; exits with its status.
  public static func run(_ test: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) -> Never {
    // libFuzzer calls back through a C function pointer, which cannot capture `test`.
    FuzzDriver.test = test
    var argc = CommandLine.argc
    var argv = Optional(CommandLine.unsafeArgv)
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
      FuzzDriver.test?(UnsafeRawBufferPointer(start: data, count: size))
      return 0
    }
    exit(status)
  }

  /// Set once, before the driver starts, and only read afterwards.
  nonisolated(unsafe) private static var test: (@Sendable (UnsafeRawBufferPointer) -> Void)?
}

/// Stops the run as a crash libFuzzer records (an input file it saves and can replay) when a
/// target finds that an invariant does not hold: wrong output is a finding, like a crash.
public func fuzzRequire(
  _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  guard !condition() else { return }
  FileHandle.standardError.write(
    Data("fuzz invariant failed at \(file):\(line): \(message())\n".utf8))
  abort()
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
