import Foundation
import Testing

@Suite struct AnalyseCommandTests {
    static let schema = Command.repository.appendingPathComponent(
        "docs/schema/analysis.schema.json")

    @Test(arguments: [
        "ml-engineer.txt", "data-scientist.txt", "data-analyst.txt", "data-engineer.txt",
        "career-changer.txt", "student.txt", "ml-engineer-two-column.pdf", "data-scientist.docx",
        "student.html", "data-analyst.md", "jsonresume/ml-engineer.resume.json",
    ])
    func jsonReportFollowsTheSchema(name: String) throws {
        let result = try Command.run(["analyse", Command.sample(name), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let problems = try JSONSchema(contentsOf: Self.schema).problems(in: report)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        let skills = (report as? [String: Any])?["skills"] as? [[String: Any]] ?? []
        #expect(!skills.isEmpty)
    }

    @Test func schemaCheckerCatchesABrokenReport() throws {
        let broken: [String: Any] = [
            "schemaVersion": 2, "source": [:], "skills": [["id": "Bad Id"]],
        ]
        let problems = try JSONSchema(contentsOf: Self.schema).problems(in: broken)
        #expect(problems.contains { $0.contains("missing candidate") })
        #expect(problems.contains { $0.contains("schemaVersion") })
    }

    @Test func jsonReportMatchesTheGoldenFile() throws {
        let result = try Command.run([
            "analyse", "Samples/ml-engineer.txt", "--format", "json", "--as-of", "2026-11",
        ])
        let golden = Command.repository.appendingPathComponent(
            "Tests/skillgapTests/Golden/ml-engineer.analysis.json")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(result.stdout == expected)
    }

    @Test func textReportMatchesTheGoldenFile() throws {
        let result = try Command.run(["analyse", "Samples/data-analyst.txt", "--as-of", "2026-11"])
        let golden = Command.repository.appendingPathComponent(
            "Tests/skillgapTests/Golden/data-analyst.analysis.txt")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(result.stdout == expected)
    }

    @Test func trapsInTheDataAnalystSampleStayOut() throws {
        let result = try Command.run([
            "analyse", Command.sample("data-analyst.txt"), "--format", "json",
        ])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let skills = try #require(report["skills"] as? [[String: Any]])
        let ids = Set(skills.compactMap { $0["id"] as? String })
        #expect(!ids.contains("go") && !ids.contains("r"))
        // Excel is real (a skills line), but never from "I excel at".
        let excel = try #require(skills.first { $0["id"] as? String == "excel" })
        let texts = (excel["evidence"] as? [[String: Any]] ?? []).compactMap {
            $0["text"] as? String
        }
        #expect(!texts.contains { $0.contains("I excel at") })
    }

    @Test func outputFileIsWrittenWholeAndNotOnFailure() throws {
        let folder = try Command.temporaryFolder()
        let report = folder.appendingPathComponent("report.json")
        let ok = try Command.run([
            "analyse", Command.sample("student.txt"), "--format", "json", "-o", report.path,
        ])
        #expect(ok.status == 0 && ok.stdout.isEmpty)
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) is [String: Any])
        let missing = folder.appendingPathComponent("other.json")
        let failed = try Command.run([
            "analyse", folder.appendingPathComponent("nope.pdf").path, "-o", missing.path,
        ])
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: missing.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func badAsOfIsAUsageError() throws {
        let result = try Command.run([
            "analyse", Command.sample("student.txt"), "--as-of", "November",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("YYYY-MM"))
    }
}
