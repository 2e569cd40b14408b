import Foundation
import SkillLexicon
import Testing

@testable import PortfolioScanning

@Suite struct PortfolioScannerTests {
    static let lexicon: Lexicon = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons")
        do { return try LexiconLoader().load(builtIn: folder) } catch { fatalError("\(error)") }
    }()
    let scanner = PortfolioScanner(lexicon: lexicon)

    private func skills(_ project: PortfolioProject) -> Set<String> {
        Set(project.skills.map(\.skillID))
    }

    @Test func pytorchProjectWithANotebook() throws {
        let root = try PortfolioFixtures.folder()
        try PortfolioFixtures.write(PortfolioFixtures.pytorchProject, under: root)
        let portfolio = try scanner.scan(root, name: "churn")
        #expect(portfolio.projects.count == 1)
        let project = try #require(portfolio.projects.first)
        #expect(
            skills(project).isSuperset(of: [
                "pytorch", "pandas", "scikit-learn", "numpy", "matplotlib", "python",
                "unit-testing",
            ]))
        // A markdown cell is not code.
        #expect(!skills(project).contains("tensorflow"))
        let torch = try #require(project.skills.first { $0.skillID == "pytorch" })
        #expect(
            torch.evidence.contains(
                FileEvidence(file: "requirements.txt", reason: "requirements.txt lists torch")))
        #expect(
            torch.evidence.contains(
                FileEvidence(file: "train.py", reason: "imports torch in train.py")))
        #expect(project.languages.first?.name == "Python")
        let missing = project.review.filter { !$0.present }.map(\.aspect)
        #expect(missing == [.ci, .deployment])
    }

    @Test func dbtProjectAndItsReview() throws {
        let root = try PortfolioFixtures.folder()
        try PortfolioFixtures.write(PortfolioFixtures.dbtProject, under: root)
        let project = try #require(try scanner.scan(root, name: "shop").projects.first)
        #expect(skills(project).isSuperset(of: ["dbt", "sql"]))
        #expect(project.languages.first?.name == "SQL (dbt)")
        let missing = Set(project.review.filter { !$0.present }.map(\.aspect))
        #expect(missing.isSuperset(of: [.results, .tests, .licence, .ci]))
        let results = try #require(project.review.first { $0.aspect == .results })
        #expect(results.message.contains("metric"))
    }

    @Test func serviceWithDockerfileCIAndKubernetes() throws {
        let root = try PortfolioFixtures.folder()
        try PortfolioFixtures.write(PortfolioFixtures.serviceProject, under: root)
        let project = try #require(try scanner.scan(root, name: "api").projects.first)
        #expect(
            skills(project).isSuperset(of: [
                "fastapi", "docker", "github-actions", "ci-cd", "kubernetes",
            ]))
        let docker = try #require(project.skills.first { $0.skillID == "docker" })
        #expect(docker.evidence.first?.reason == "Dockerfile in the project's top folder")
        let present = Set(project.review.filter(\.present).map(\.aspect))
        #expect(present.isSuperset(of: [.ci, .deployment]))
    }

    @Test func aFolderOfProjectsIsReviewedAsAWhole() throws {
        let root = try PortfolioFixtures.folder()
        try PortfolioFixtures.write(
            PortfolioFixtures.pytorchProject, under: root.appendingPathComponent("churn"))
        try PortfolioFixtures.write(
            PortfolioFixtures.dbtProject, under: root.appendingPathComponent("shop"))
        try PortfolioFixtures.write(
            PortfolioFixtures.serviceProject, under: root.appendingPathComponent("api"))
        let portfolio = try scanner.scan(root, name: "projects")
        #expect(portfolio.projects.map(\.name) == ["api", "churn", "shop"])
        #expect(portfolio.review.first { $0.aspect == .count }?.present == true)
        #expect(portfolio.review.first { $0.aspect == .variety }?.present == true)
        let evidence = portfolio.skills.first { $0.skillID == "pytorch" }?.evidence.first
        #expect(evidence?.file.hasPrefix("churn/") == true)
    }

    @Test func vendoredFoldersBinariesAndLinkLoopsAreSkipped() throws {
        let root = try PortfolioFixtures.folder()
        try PortfolioFixtures.write(
            [
                "requirements.txt": "pandas\n",
                "analysis.py": "import pandas\n",
                "node_modules/react/index.js": "import React from 'react'\n",
                ".venv/lib/site.py": "import tensorflow\n",
                "build/out.py": "import keras\n",
            ], under: root)
        try Data([0x00, 0x01, 0x02, 0x69, 0x6D, 0x70]).write(
            to: root.appendingPathComponent("model.bin"))
        try Data(repeating: 0x61, count: 2_000_000).write(
            to: root.appendingPathComponent("huge.py"))
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("loop"), withDestinationURL: root)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("outside.py"),
            withDestinationURL: URL(fileURLWithPath: "/etc/hostname"))
        let portfolio = try scanner.scan(root, name: "mixed")
        let found = Set(portfolio.skills.map(\.skillID))
        #expect(found.contains("pandas"))
        #expect(
            !found.contains("react") && !found.contains("tensorflow") && !found.contains("keras"))
        #expect(portfolio.warnings.contains { $0.contains("loop") && $0.contains("not followed") })
        #expect(portfolio.warnings.contains { $0.contains("outside.py") })
        #expect(portfolio.projects.first?.fileCount == 2)
    }

    @Test func theScanIsBoundedAndSaysSo() throws {
        let root = try PortfolioFixtures.folder()
        var files: [String: String] = ["requirements.txt": "numpy\n"]
        for index in 0..<30 { files["src/module\(index).py"] = "import numpy\n" }
        try PortfolioFixtures.write(files, under: root)
        let bounded = PortfolioScanner(lexicon: Self.lexicon, limits: .init(maximumFiles: 10))
        let portfolio = try bounded.scan(root, name: "big")
        #expect(
            portfolio.warnings.contains {
                $0.contains("stopped after 10 files") && $0.contains("--portfolio-max-files")
            })
        #expect(portfolio.projects.first?.fileCount == 10)
    }

    @Test func theByteLimitWarningNamesTheFileAndItsRealSize() throws {
        let root = try PortfolioFixtures.folder()
        try PortfolioFixtures.write(
            [
                "requirements.txt": "numpy\n",
                "data.py": "import numpy\n" + String(repeating: "# padding\n", count: 30_000),
            ], under: root)
        // 300 KB against a 0.1 MB limit: the warning once read "stopped at 1 files or 0 MB", naming neither.
        let bounded = PortfolioScanner(
            lexicon: Self.lexicon, limits: .init(maximumBytes: 100_000))
        let portfolio = try bounded.scan(root, name: "big")
        let warning = try #require(portfolio.warnings.first { $0.contains("stopped") })
        #expect(warning.contains("data.py (0.3 MB)"), "\(warning)")
        #expect(warning.contains("0.1 MB limit"), "\(warning)")
        #expect(warning.contains("--portfolio-max-mb"), "\(warning)")
    }

    @Test func notAFolderIsAnError() throws {
        #expect(throws: PortfolioError.notAFolder(path: "nope")) {
            try scanner.scan(URL(fileURLWithPath: "/nonexistent/nope"), name: "nope")
        }
    }

    @Test(arguments: [
        (
            "requirements-dev.txt",
            "pytest>=7\n# comment\n-r base.txt\nblack[jupyter]==24.1 ; python_version>'3.9'\n",
            ["pytest", "black"]
        ),
        (
            "pyproject.toml",
            "[project]\nname = \"x\"\ndependencies = [\n  \"polars>=1\",\n  \"httpx\",\n]\n",
            ["polars", "httpx"]
        ),
        (
            "package.json",
            "{\"dependencies\": {\"react\": \"^18\"}, \"devDependencies\": {\"jest\": \"^29\"}}",
            ["react", "jest"]
        ),
        (
            "environment.yml",
            "name: x\ndependencies:\n  - python=3.11\n  - conda-forge::xgboost=2.0\n  - pip:\n    - mlflow\n",
            ["python", "xgboost", "mlflow"]
        ),
        (
            "DESCRIPTION",
            "Package: x\nImports: dplyr,\n    ggplot2 (>= 3.0)\nDepends: R (>= 4.0)\n",
            ["dplyr", "ggplot2"]
        ),
        ("go.mod", "module x\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n)\n", ["gin"]),
        (
            "Cargo.toml",
            "[package]\nname = \"x\"\n[dependencies]\nserde = \"1\"\ntokio = { version = \"1\" }\n",
            ["serde", "tokio"]
        ),
    ])
    func manifestsListTheirDependencies(name: String, text: String, expected: [String]) {
        #expect(ManifestParser.dependencies(fileName: name, text: text) == expected)
    }

    @Test(arguments: [
        ("x.r", "x <- 1", "R"), ("x.m", "function y = f(x)\ny = x;", "MATLAB"),
        ("x.m", "#import <Foundation/Foundation.h>", nil),
        ("x.h", "namespace a { class B {}; }", "C++"), ("x.h", "int f(void);", "C"),
        ("run", "#!/usr/bin/env python3\n", "Python"),
    ])
    func sharedExtensionsAreSettledByContent(name: String, head: String, expected: String?) {
        #expect(LanguageDetector.language(fileName: name, head: head)?.name == expected)
    }
}
