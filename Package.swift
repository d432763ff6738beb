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
    .target(name: "NewsdeskCore", dependencies: ["CStemmer"], path: "Sources/NewsdeskCore"),
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
      path: "Benchmarks/QualityBenchmark"
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
