// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "greffier",
    products: [
        .library(name: "Greffier", targets: ["Greffier"]),
        .executable(name: "greffier", targets: ["greffier"]),
    ],
    dependencies: [],
    targets: [
        // The pipeline: decode → tokenize → recognize → assemble → validate → emit.
        .target(name: "Greffier", dependencies: ["CSHAExtensions"]),
        // SHA-256 with the processor's SHA instructions, in C: one function compiled for them
        // (`target("sha")`), entered only after CPUID says they are there.
        .target(name: "CSHAExtensions"),
        // Command-line front end, kept apart so that its parsing is unit-testable.
        .target(name: "GreffierCLI", dependencies: ["Greffier"]),
        .executableTarget(name: "greffier", dependencies: ["GreffierCLI"]),
        // Benchmark: builds a synthetic corpus and times the `greffier` binary beside it.
        .executableTarget(name: "greffier-bench", dependencies: ["greffier"]),
        .testTarget(name: "GreffierTests", dependencies: ["Greffier", "GreffierCLI"]),
        .testTarget(
            name: "GreffierCorpusTests", dependencies: ["Greffier"]),
        // Runs the built `greffier` binary and checks its output and exit status.
        .testTarget(
            name: "GreffierEndToEndTests", dependencies: ["Greffier", "greffier"]),
    ]
)
