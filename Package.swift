// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "newsdesk",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "newsdesk", targets: ["newsdesk"]),
    .library(name: "NewsdeskCore", targets: ["NewsdeskCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // libedit: the system library (module map only) and the one C file that calls its variadic API.
    .systemLibrary(name: "CLibEdit", path: "Sources/CLibEdit"),
    .target(name: "CLineEditShim", dependencies: ["CLibEdit"], path: "Sources/CLineEditShim"),
    .target(name: "LineEditor", dependencies: ["CLineEditShim"], path: "Sources/LineEditor"),
    // Snowball's libstemmer has no pkg-config file, so the module map links it by name.
    .systemLibrary(name: "CStemmer", path: "Sources/CStemmer"),
    // libxml2 for HTML, NITF and NewsML-G2: the system library and the one C file that fixes
    // the parser's safety options.
    .systemLibrary(
      name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .target(name: "CMarkupShim", dependencies: ["CLibXML2"], path: "Sources/CMarkupShim"),
    .target(
      name: "NewsdeskCore", dependencies: ["CStemmer", "CMarkupShim"],
      path: "Sources/NewsdeskCore"),
    .executableTarget(
      name: "newsdesk",
      dependencies: [
        "NewsdeskCore", "LineEditor",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/newsdesk"
    ),
    .executableTarget(
      name: "newsdesk-bench",
      dependencies: ["NewsdeskCore"],
      path: "Benchmarks/RetrievalBenchmark"
    ),
    .executableTarget(
      name: "newsdesk-calibrate",
      dependencies: ["NewsdeskCore"],
      path: "Benchmarks/Calibration"
    ),
    .executableTarget(
      name: "newsdesk-quality",
      dependencies: ["NewsdeskCore"],
      path: "Benchmarks/QualityBenchmark",
      exclude: ["baseline.json"]
    ),
    .executableTarget(
      name: "newsdesk-sweep", dependencies: ["NewsdeskCore"], path: "Benchmarks/CrashSweep"),
    .executableTarget(
      name: "newsdesk-train",
      dependencies: ["NewsdeskCore"],
      path: "Tools/SyntaxTrainer"
    ),
    .executableTarget(
      name: "newsdesk-syntax-bench",
      dependencies: ["NewsdeskCore"],
      path: "Benchmarks/SyntaxBenchmark"
    ),
    .testTarget(
      name: "NewsdeskCoreTests", dependencies: ["NewsdeskCore"], path: "Tests/NewsdeskCoreTests"),
    .testTarget(
      name: "LineEditorTests", dependencies: ["LineEditor"], path: "Tests/LineEditorTests"),
    .testTarget(
      name: "NewsdeskCLITests", dependencies: ["newsdesk"], path: "Tests/NewsdeskCLITests"),
  ],
  swiftLanguageModes: [.v6]
)

// Fuzz targets (Fuzz/): libFuzzer entry points for the parsers and the saved-index reader.
// Only `scripts/fuzz.sh` builds them, setting NEWSDESK_FUZZ and compiling with
// `-sanitize=fuzzer,address`; they need libFuzzer's driver to link, so the normal debug and
// release builds (and `swift test`) never see them.
if Context.environment["NEWSDESK_FUZZ"] != nil {
  package.targets.append(
    .target(name: "FuzzSupport", dependencies: ["NewsdeskCore"], path: "Fuzz/FuzzSupport"))
  for name in ["ArticleFuzz", "QuestionFuzz", "ScriptFuzz", "SavedIndexFuzz"] {
    package.targets.append(
      .executableTarget(
        name: name, dependencies: ["NewsdeskCore", "FuzzSupport"], path: "Fuzz/\(name)"))
  }
}
