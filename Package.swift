// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "SkillGap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "skillgap", targets: ["skillgap"]),
        .executable(name: "skillgap-bench", targets: ["skillgap-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]
        ),
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "ResumeReading",
            dependencies: [
                "CPoppler",
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "SkillLexicon", dependencies: ["CLibYAML"]),
        .target(name: "SkillExtraction", dependencies: ["ResumeReading", "SkillLexicon"]),
        .target(
            name: "PortfolioScanning",
            dependencies: ["SkillLexicon"]
        ),
        .target(
            name: "RoleMatching",
            dependencies: ["ResumeReading", "SkillLexicon", "SkillExtraction"]
        ),
        .target(
            name: "ReportRendering",
            dependencies: [
                "ResumeReading", "SkillLexicon", "SkillExtraction", "RoleMatching",
                "PortfolioScanning",
            ]
        ),
        .executableTarget(
            name: "skillgap",
            dependencies: [
                "ResumeReading",
                "SkillLexicon",
                "SkillExtraction",
                "PortfolioScanning",
                "RoleMatching",
                "ReportRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "skillgap-bench",
            dependencies: ["ResumeReading", "SkillLexicon", "SkillExtraction"]
        ),
        .testTarget(
            name: "ResumeReadingTests",
            dependencies: [
                "ResumeReading",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "SkillLexiconTests", dependencies: ["SkillLexicon"]),
        .testTarget(
            name: "SkillExtractionTests",
            dependencies: ["SkillExtraction", "SkillLexicon", "ResumeReading"]
        ),
        .testTarget(
            name: "RoleMatchingTests",
            dependencies: ["RoleMatching", "SkillExtraction", "SkillLexicon", "ResumeReading"]
        ),
        .testTarget(
            name: "PortfolioScanningTests", dependencies: ["PortfolioScanning", "SkillLexicon"]),
        .testTarget(
            name: "ReportRenderingTests",
            dependencies: [
                "ReportRendering", "RoleMatching", "SkillExtraction", "SkillLexicon",
                "ResumeReading",
            ]),
        .testTarget(name: "skillgapTests", dependencies: ["skillgap"], exclude: ["Golden"]),
    ]
)
