// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Pith",
    products: [
        .library(name: "Pith", targets: ["Pith"]),
        .executable(name: "pith", targets: ["pith"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target Pith` (the DocC catalog in Sources/Pith/Pith.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // libdeflate inflates whole gzip members (WARC records) much faster than zlib streams.
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]
        ),
        // Whole-page byte scans in C, sixteen bytes at a time (SSE2), plain loops elsewhere.
        .target(name: "CPithScan"),
        .target(
            name: "Pith",
            dependencies: ["CLibXML2", "CPithScan"],
            resources: [.copy("Resources")]
        ),
        // Batch runs: folders, file lists, JSONL, WARC; parallel, ordered, atomic outputs.
        .target(
            name: "PithBatch",
            dependencies: ["Pith", "CZlib", "CDeflate"]
        ),
        .executableTarget(
            name: "pith",
            dependencies: [
                "Pith",
                "PithBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target over Pith.extract; built only by scripts/fuzz.sh with -sanitize=fuzzer.
        .executableTarget(
            name: "pith-fuzz",
            dependencies: ["Pith"]
        ),
        // Speed and memory: pages/s, ms per page by stage, resident memory (release build).
        .executableTarget(
            name: "pith-bench",
            dependencies: ["Pith"]
        ),
        // Accuracy: the score.py metric in Swift, and the pith-eval command over an eval folder.
        .target(
            name: "PithEval",
            dependencies: ["Pith", "CZlib"]
        ),
        .executableTarget(
            name: "pith-eval",
            dependencies: [
                "Pith",
                "PithEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PithEvalTests",
            dependencies: ["PithEval"]
        ),
        .testTarget(
            name: "PithTests",
            dependencies: ["Pith", "pith", "CLibXML2"]
        ),
        .testTarget(
            name: "PithBatchTests",
            dependencies: ["Pith", "PithBatch", "pith"]
        ),
    ]
)
