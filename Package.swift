// swift-tools-version: 6.1
// Beijing trade-union analytics: newspaper dumps → parsed model → Excel reports.
import PackageDescription

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

/// Every `Sources/report-<name>/main.swift` is one notebook-style report executable.
let reportNames = ["volunteer-growth", "station-counts", "activity-types", "corpus"]

let package = Package(
  name: "UnionReports",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "Xlsx", targets: ["Xlsx"]),
    .library(name: "ChineseText", targets: ["ChineseText"]),
    .library(name: "NewsCorpus", targets: ["NewsCorpus"]),
    .library(name: "Extraction", targets: ["Extraction"]),
    .library(name: "Analysis", targets: ["Analysis"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
  ],
  targets: [
    // C library
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]),
    /// zlib's level for the workbooks libxlsxwriter zips (see Xlsx's `Compression`).
    /// NB: DWARF 4, as the Swift code's, so valgrind 3.19 (callgrind, for the benchmarks) can read the
    /// binaries: clang's default DWARF 5 stops it at start-up.
    .target(
      name: "CDeflateLevel", cSettings: [.unsafeFlags(["-gdwarf-4"])],
      linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
    /// The allocator every tool links in place of the C library's malloc (see ProcessAllocator).
    .systemLibrary(
      name: "CJemalloc",
      pkgConfig: "jemalloc",
      providers: [.apt(["libjemalloc-dev"])]),

    // libraries
    .target(name: "Xlsx", dependencies: ["CXlsxWriter", "CDeflateLevel"]),
    .target(name: "ChineseText"),
    .target(name: "NewsCorpus", dependencies: ["ChineseText"]),
    .target(name: "Extraction", dependencies: ["ChineseText", "NewsCorpus"], resources: [.copy("Data")]),
    .target(name: "Analysis", dependencies: ["NewsCorpus", "Extraction"]),
    .target(
      name: "ReportKit", dependencies: ["NewsCorpus", "Extraction", "Analysis", "Xlsx", "CJemalloc", argumentParser]),
    /// Synthetic page dumps for benchmarks; writes the facts it plants.
    .target(name: "CorpusSynth", dependencies: ["Extraction"]),
    /// An independent .xlsx reader (unzip + XML) that tests use to check what the writer wrote.
    .target(name: "XlsxReader", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),

    // tools
    .executableTarget(
      name: "corpus",
      dependencies: [
        "NewsCorpus", "Extraction", "CorpusSynth", "Analysis", "ReportKit", "Xlsx", "CXlsxWriter", argumentParser,
      ]),
  ]
    // reports
    + reportNames.map { name in
      .executableTarget(
        name: "report-\(name)",
        dependencies: ["NewsCorpus", "Extraction", "Analysis", "ReportKit", "Xlsx", argumentParser])
    }
    // tests
    + [
      .testTarget(name: "XlsxTests", dependencies: ["Xlsx", "XlsxReader"]),
      .testTarget(name: "ChineseTextTests", dependencies: ["ChineseText"]),
      .testTarget(
        name: "NewsCorpusTests",
        dependencies: ["NewsCorpus", .product(name: "PropertyBased", package: "swift-property-based")],
        resources: [.copy("Fixtures")]),
      .testTarget(
        name: "ExtractionTests",
        dependencies: [
          "Extraction", "NewsCorpus", .product(name: "PropertyBased", package: "swift-property-based"),
        ],
        resources: [.copy("Fixtures")]),
      .testTarget(name: "CorpusSynthTests", dependencies: ["CorpusSynth", "Extraction"]),
      .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Extraction", "NewsCorpus"]),
      .testTarget(
        name: "ReportTests",
        dependencies: ["ReportKit", "Analysis", "Extraction", "NewsCorpus", "XlsxReader"]),
    ],
  swiftLanguageModes: [.v6]
)
