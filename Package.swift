// swift-tools-version:6.0
import PackageDescription

// The SHA extensions' module is compiled for processors that have them; its code runs only
// after it has checked that this one does (see `Sources/SHAExtensions`). Other hosts get the
// portable hash.
#if arch(x86_64)
let shaExtensionFlags: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-msha", "-Xcc", "-msse4.1"])]
#else
let shaExtensionFlags: [SwiftSetting] = []
#endif

let package = Package(
    name: "greffier",
    products: [
        .library(name: "Greffier", targets: ["Greffier"]),
        .executable(name: "greffier", targets: ["greffier"]),
    ],
    dependencies: [],
    targets: [
        // The pipeline: decode → tokenize → recognize → assemble → validate → emit.
        .target(name: "Greffier", dependencies: ["SHAExtensions"]),
        .target(name: "SHAExtensions", swiftSettings: shaExtensionFlags),
        // Command-line front end, kept apart so that its parsing is unit-testable.
        .target(name: "GreffierCLI", dependencies: ["Greffier"]),
        .executableTarget(name: "greffier", dependencies: ["GreffierCLI"]),
        // Benchmark: builds a synthetic corpus and times the `greffier` binary beside it.
        .executableTarget(name: "greffier-bench", dependencies: ["greffier"]),
        .testTarget(name: "GreffierTests", dependencies: ["Greffier", "GreffierCLI", "SHAExtensions"]),
        .testTarget(
            name: "GreffierCorpusTests", dependencies: ["Greffier"]),
        // Runs the built `greffier` binary and checks its output and exit status.
        .testTarget(
            name: "GreffierEndToEndTests", dependencies: ["Greffier", "greffier"]),
    ]
)
