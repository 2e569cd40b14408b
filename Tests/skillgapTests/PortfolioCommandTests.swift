import Foundation
import Testing

@Suite struct PortfolioCommandTests {
    static func projects() throws -> URL {
        let root = try Command.temporaryFolder()
        let files: [String: String] = [
            "churn/requirements.txt": "torch\nscikit-learn\n",
            "churn/train.py": "import torch\nimport sklearn\n"
                + String(repeating: "z = 0\n", count: 20),
            "churn/README.md": "# Churn\n## Problem\nx\n## Approach\ny\n## Results\nF1 0.8\n",
            "api/requirements.txt": "fastapi\n",
            "api/Dockerfile": "FROM python:3.12\n",
            "api/.github/workflows/ci.yml": "on: push\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func portfolioEvidenceIsDemonstratedAndRaisesProficiency() throws {
        let root = try Self.projects()
        let result = try Command.run([
            "analyse", Command.sample("career-changer.txt"), "--portfolio", root.path, "--format",
            "json",
            "--role", "ml-engineer-junior",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let problems = try JSONSchema(contentsOf: AnalyseCommandTests.schema).problems(in: report)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        let skills = try #require(report["skills"] as? [[String: Any]])
        let torch = try #require(skills.first { $0["id"] as? String == "pytorch" })
        #expect((torch["proficiency"] as? Int ?? 0) >= 2)
        let evidence = try #require(
            (torch["evidence"] as? [[String: Any]])?.first {
                $0["kind"] as? String == "demonstrated"
            })
        #expect((evidence["text"] as? String)?.contains("torch") == true)
        #expect(
            (evidence["file"] as? String)?.hasSuffix("churn/requirements.txt") == true
                || (evidence["file"] as? String)?.hasSuffix("churn/train.py") == true)
        let portfolio = try #require((report["portfolio"] as? [[String: Any]])?.first)
        let projects = try #require(portfolio["projects"] as? [[String: Any]])
        #expect(projects.compactMap { $0["name"] as? String } == ["api", "churn"])
    }

    @Test(arguments: ["text", "markdown", "html"])
    func theReviewShowsInEveryFormat(format: String) throws {
        let root = try Self.projects()
        let result = try Command.run([
            "analyse", Command.sample("student.txt"), "--portfolio", root.path, "--format", format,
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Portfolio"))
        #expect(result.stdout.contains("add a LICENSE file"))
    }

    @Test func aMissingPortfolioFolderIsAnError() throws {
        let result = try Command.run([
            "analyse", Command.sample("student.txt"), "--portfolio", "/nonexistent/projects",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("/nonexistent/projects: not a folder"))
    }

    @Test func batchFindsEachResumesOwnProjects() throws {
        let resumes = try Command.temporaryFolder()
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: Command.sample("student.txt")),
            to: resumes.appendingPathComponent("student.txt"))
        let portfolios = try Command.temporaryFolder()
        try FileManager.default.moveItem(
            at: try Self.projects(), to: portfolios.appendingPathComponent("student"))
        let out = try Command.temporaryFolder()
        let result = try Command.run([
            "batch", resumes.path, "--portfolio", portfolios.path, "--out-dir", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try String(
            contentsOf: out.appendingPathComponent("student.txt.json"), encoding: .utf8)
        #expect(report.contains("\"demonstrated\""))
        #expect(report.contains("\"portfolio\""))
    }
}
