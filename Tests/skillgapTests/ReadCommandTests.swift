import Foundation
import Testing

@Suite struct ReadCommandTests {
    @Test(arguments: [
        "ml-engineer.txt", "ml-engineer.pdf", "ml-engineer-two-column.pdf", "data-scientist.docx",
        "data-analyst.md", "student.html", "jsonresume/ml-engineer.resume.json",
    ])
    func readsEverySampleWithSectionMarkers(name: String) throws {
        let result = try Command.run(["read", Command.sample(name)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("== skills"))
        #expect(result.stdout.contains("== experience"))
        #expect(result.stdout.contains("== education"))
    }

    @Test func jsonFormatIsValidJSONWithSections() throws {
        let result = try Command.run([
            "read", Command.sample("ml-engineer-two-column.pdf"), "--format", "json",
        ])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.contains { $0["kind"] as? String == "skills" })
        #expect((object["source"] as? [String: Any])?["format"] as? String == "pdf")
    }

    @Test func jsonFormatShowsTheDatedRoles() throws {
        let result = try Command.run([
            "read", Command.sample("ml-engineer-two-column.pdf"), "--format", "json", "--as-of",
            "2026-11",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let history = try #require(object["history"] as? [String: Any])
        let roles = try #require(history["roles"] as? [[String: Any]])
        #expect(roles.first?["title"] as? String == "Machine Learning Engineer")
        #expect(roles.first?["organisation"] as? String == "Northwind Imaginary Retail")
        #expect(roles.first?["family"] as? String == "ml-engineer")
        #expect(roles.first?["end"] as? String == "present")
        #expect((history["explanation"] as? String)?.hasPrefix("7.5 years: 3 jobs") == true)
    }

    @Test func badInputsFailWithOneLineNamingTheFile() throws {
        let folder = try Command.temporaryFolder()
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let image = folder.appendingPathComponent("scan.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(to: image)
        let json = folder.appendingPathComponent("resume.json")
        try Data("{ \"basics\": ".utf8).write(to: json)
        let fixtures = Command.repository.appendingPathComponent(
            "Tests/ResumeReadingTests/Fixtures")
        let cases: [(String, String)] = [
            (folder.appendingPathComponent("missing.pdf").path, "no such file"),
            (folder.path, "is a directory"),
            (empty.path, "empty"),
            (image.path, "not a supported type"),
            (json.path, "invalid JSON"),
            (fixtures.appendingPathComponent("encrypted.pdf").path, "password-protected"),
            (fixtures.appendingPathComponent("scanned.pdf").path, "no text layer"),
            (fixtures.appendingPathComponent("truncated.pdf").path, "corrupt or truncated"),
        ]
        for (path, message) in cases {
            let result = try Command.run(["read", path])
            #expect(result.status == 1, "\(path)")
            #expect(result.stdout.isEmpty, "\(path) wrote to stdout")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(result.stderr)")
            #expect(
                result.stderr.contains(path) && result.stderr.contains(message), "\(result.stderr)")
        }
    }

    @Test func sizeLimitIsAnOption() throws {
        let result = try Command.run([
            "read", Command.sample("ml-engineer.pdf"), "--max-size", "0.001",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--max-size"))
    }

    @Test func usageErrorsExitWith64() throws {
        let result = try Command.run(["read"])
        #expect(result.status == 64)
    }
}
