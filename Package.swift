// swift-tools-version:6.0
// Marsad — news pages to a structured, geolocated record of who did what to whom.
// Targets follow docs/DESIGN.md; each is usable alone, the CLI is a thin layer.
import PackageDescription

let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "MarsadText", targets: ["MarsadText"]),
        .library(name: "MarsadExtract", targets: ["MarsadExtract"]),
        .library(name: "MarsadKnowledge", targets: ["MarsadKnowledge"]),
        .library(name: "MarsadAnalysis", targets: ["MarsadAnalysis"]),
        .library(name: "MarsadStore", targets: ["MarsadStore"]),
        .executable(name: "marsad", targets: ["marsad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .target(name: "MarsadText"),
        // zlib from the system (gzip in WARC files and .gz inputs); Debian: zlib1g-dev.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "MarsadExtract", dependencies: ["MarsadText", "CZlib"], resources: [.copy("Resources")]),
        .target(name: "MarsadKnowledge", dependencies: ["MarsadText"], resources: [.copy("Resources")]),
        .target(name: "MarsadAnalysis", dependencies: ["MarsadText", "MarsadKnowledge", "MarsadExtract"], resources: [.copy("Resources")]),
        .executableTarget(name: "marsad", dependencies: [
            "MarsadText", "MarsadExtract", "MarsadKnowledge", "MarsadAnalysis", "MarsadStore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "MarsadStore", dependencies: [
            "MarsadText", "MarsadAnalysis",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // Locates ../shared for tests; not a product.
        .target(name: "MarsadTestSupport", path: "Sources/MarsadTestSupport"),
        .testTarget(name: "MarsadTextTests", dependencies: ["MarsadText", "MarsadTestSupport"]),
        .testTarget(name: "MarsadExtractTests", dependencies: ["MarsadExtract", "MarsadTestSupport"]),
        .testTarget(name: "MarsadKnowledgeTests", dependencies: ["MarsadKnowledge", "MarsadTestSupport"]),
        .testTarget(name: "MarsadAnalysisTests", dependencies: ["MarsadAnalysis", "MarsadTestSupport"]),
        // Runs the built `marsad` binary end to end (exit statuses, streams, batches).
        .testTarget(name: "MarsadCLITests", dependencies: ["marsad", "MarsadTestSupport"]),
        .testTarget(name: "MarsadStoreTests", dependencies: ["MarsadStore", "MarsadAnalysis", "MarsadTestSupport", "marsad"]),
    ]
)
