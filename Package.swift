// swift-tools-version:6.0
import Foundation
import PackageDescription

/// libxml2 reads HTML and DOCX. Ingest loads it with dlopen when the first such file is read
/// (Sources/Ingest/LibXML2.swift), so the other formats never load it, nor the ICU libraries it brings, and the
/// build needs only its headers. They are looked for where Linux distributions install them: pkg-config would
/// find them too, but SwiftPM also links what pkg-config names, at every start. Where they are not there,
/// pkg-config finds them and the library is linked as well (the code is the same).
let libxml2Headers = "/usr/include/libxml2"
let libxml2Linked = !FileManager.default.fileExists(atPath: libxml2Headers + "/libxml/parser.h")
let libxml2Settings: [SwiftSetting] =
    libxml2Linked ? [] : [.unsafeFlags(["-Xcc", "-I" + libxml2Headers])]

let package = Package(
    name: "skillgap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "skillgap", targets: ["skillgap"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    ],
    targets: [
        // The ground floor: value types, sectioner, rule packs. No C module, no output format.
        .target(
            name: "SkillgapCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            plugins: [.plugin(name: "EmbedRules")]
        ),
        // Writes every Rules/**/*.yaml into a Swift file, so the binary works from any folder.
        .executableTarget(name: "RulesEmbedder"),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["RulesEmbedder"]),

        // C bridges.
        .systemLibrary(
            name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: libxml2Linked ? "libxml-2.0" : nil,
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),

        // The results of batches in a SQLite file (`batch --db`).
        .target(name: "Store", dependencies: ["CSQLite"]),

        // Bytes to Document: one extractor per format.
        .target(
            name: "Ingest",
            dependencies: [
                "SkillgapCore", "CPoppler", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: libxml2Settings
        ),
        // One reporter per output format, from one render-neutral report model.
        .target(
            name: "Reports",
            dependencies: ["SkillgapCore", .product(name: "Plot", package: "Plot")]),
        // Project folders and notebooks to languages and skills, reading code as text and never running it.
        .target(name: "Portfolio", dependencies: ["SkillgapCore"]),
        // The one pipeline every command runs: input, document, resume, evidence, assessment.
        .target(name: "Analysis", dependencies: ["SkillgapCore", "Ingest"]),

        .executableTarget(
            name: "skillgap",
            dependencies: [
                "SkillgapCore", "Ingest", "Analysis", "Reports", "Portfolio", "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Hooks that make a worker crash or hang on purpose exist only in debug builds, for the tests.
            swiftSettings: [.define("SKILLGAP_TEST_HOOKS", .when(configuration: .debug))]
        ),

        // `swift run -c release extraction-benchmark [PDF...]`: skillgap's PDF extraction against poppler's
        // own plain-text extraction, in one process.
        .executableTarget(
            name: "extraction-benchmark",
            dependencies: ["Analysis", "Ingest", "SkillgapCore", "CPoppler"]),

        // `swift run -c release skill-evaluation [FOLDER]`: skill detection against human-labelled CVs.
        .executableTarget(name: "skill-evaluation", dependencies: ["Analysis", "SkillgapCore"]),

        // `swift run posting-evaluation`: `skillgap posting` against hand-labelled postings.
        .executableTarget(
            name: "posting-evaluation",
            dependencies: ["Analysis", "SkillgapCore", .product(name: "Yams", package: "Yams")]),

        // `swift run rules-snapshot`: writes Sources/SkillgapCore/Rules/CompiledRules.swift, the built-in pack
        // loaded and validated ahead of time.
        .executableTarget(name: "rules-snapshot", dependencies: ["SkillgapCore"]),

        // `swift run -c release matcher-benchmark`: matching cost with 10x the aliases.
        .executableTarget(name: "matcher-benchmark", dependencies: ["SkillgapCore"]),

        // libFuzzer targets: `bash Fuzz/run.sh ingest|rules` builds them instrumented; a plain build makes stubs.
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "fuzz-ingest", dependencies: ["FuzzDriver", "Analysis", "Ingest", "SkillgapCore"]),
        .executableTarget(name: "fuzz-rules", dependencies: ["FuzzDriver", "SkillgapCore"]),

        .testTarget(name: "SkillgapCoreTests", dependencies: ["SkillgapCore"]),
        // @testable: the tests see Ingest's internal import of libxml2's headers.
        .testTarget(
            name: "IngestTests", dependencies: ["Ingest", "SkillgapCore"],
            swiftSettings: libxml2Settings),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "SkillgapCore"]),
        .testTarget(name: "PortfolioTests", dependencies: ["Portfolio", "SkillgapCore"]),
        .testTarget(name: "StoreTests", dependencies: ["Store"]),
        .testTarget(
            name: "AnalysisTests",
            dependencies: ["Analysis", "Portfolio", "Reports", "SkillgapCore"]),
        .testTarget(
            name: "SkillgapCLITests",
            dependencies: ["skillgap", .product(name: "Yams", package: "Yams")]),
    ]
)
