import Foundation
import Testing

@Suite struct BatchCommandTests {
    /// A folder of good, bad and unsupported files.
    static func mixedFolder() throws -> URL {
        let folder = try Command.temporaryFolder()
        let samples = Command.repository.appendingPathComponent("Samples")
        for name in ["data-analyst.txt", "student.pdf", "data-scientist.docx", "ml-engineer.txt"] {
            try FileManager.default.copyItem(
                at: samples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(
            at: Command.repository.appendingPathComponent(
                "Tests/ResumeReadingTests/Fixtures/truncated.pdf"),
            to: folder.appendingPathComponent("truncated.pdf"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(
            to: folder.appendingPathComponent("garbage.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: folder.appendingPathComponent("photo.png"))
        try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.xyz"))
        return folder
    }

    static func rows(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func badFilesAreReportedAndTheBatchGoesOn() throws {
        let folder = try Self.mixedFolder()
        let result = try Command.run(["batch", folder.path, "--format", "jsonl", "--jobs", "2"])
        #expect(result.status == 1)
        let rows = try Self.rows(result.stdout)
        let status = Dictionary(
            uniqueKeysWithValues: rows.map {
                ($0["file"] as? String ?? "", $0["status"] as? String ?? "")
            })
        #expect(status["data-analyst.txt"] == "ok")
        #expect(status["student.pdf"] == "ok")
        #expect(status["data-scientist.docx"] == "ok")
        #expect(status["truncated.pdf"] == "error")
        #expect(status["empty.txt"] == "error")
        #expect(status["garbage.txt"] == "error")
        #expect(status["photo.png"] == "skipped")
        #expect(status["notes.xyz"] == "skipped")
        let error = rows.first { $0["file"] as? String == "truncated.pdf" }?["error"] as? String
        #expect(error?.hasPrefix("truncated.pdf: corrupt or truncated PDF") == true)
    }

    @Test func aCleanFolderExitsZeroAndRanksBestFirst() throws {
        let folder = try Command.temporaryFolder()
        for name in ["data-analyst.txt", "student.txt", "data-engineer.txt"] {
            try FileManager.default.copyItem(
                at: Command.repository.appendingPathComponent("Samples/\(name)"),
                to: folder.appendingPathComponent(name))
        }
        let result = try Command.run([
            "batch", folder.path, "--format", "json", "--as-of", "2026-11",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])
        let scores = results.compactMap { $0["score"] as? Double }
        #expect(scores.count == 3 && scores == scores.sorted(by: >))
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["scored"] as? Int == 3)
        #expect((summary["commonGaps"] as? [Any])?.isEmpty == false)
    }

    /// `--role FAMILY` in a batch fits each resume to its own level.
    @Test func aFamilyRoleTakesEachResumesLevel() throws {
        let folder = try Command.temporaryFolder()
        for name in ["data-analyst.txt", "student.txt"] {
            try FileManager.default.copyItem(
                at: Command.repository.appendingPathComponent("Samples/\(name)"),
                to: folder.appendingPathComponent(name))
        }
        let result = try Command.run([
            "batch", folder.path, "--format", "jsonl", "--as-of", "2026-11", "--role",
            "data-analyst",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let role = Dictionary(
            uniqueKeysWithValues: try Self.rows(result.stdout).map {
                ($0["file"] as? String ?? "", $0["role"] as? String ?? "")
            })
        #expect(
            role == [
                "data-analyst.txt": "data-analyst-senior", "student.txt": "data-analyst-junior",
            ])
    }

    @Test func shardsCoverEveryFileExactlyOnce() throws {
        let folder = try Self.mixedFolder()
        let all = try Self.rows(
            try Command.run(["batch", folder.path, "--format", "jsonl"]).stdout)
        var seen: [String] = []
        for part in 1...3 {
            let result = try Command.run([
                "batch", folder.path, "--format", "jsonl", "--shard", "\(part)/3",
            ])
            seen += try Self.rows(result.stdout).compactMap { $0["file"] as? String }
        }
        #expect(seen.sorted() == all.compactMap { $0["file"] as? String }.sorted())
        #expect(Set(seen).count == seen.count)
    }

    @Test func aWorkerThatCrashesIsReportedAndTheBatchFinishes() throws {
        let folder = try Self.mixedFolder()
        let result = try Command.run(
            ["batch", folder.path, "--format", "jsonl"],
            environment: ["SKILLGAP_TEST_CRASH_ON": "student.pdf"])
        let rows = try Self.rows(result.stdout)
        let student = rows.first { $0["file"] as? String == "student.pdf" }
        #expect(student?["status"] as? String == "error")
        #expect((student?["error"] as? String)?.contains("crashed") == true)
        #expect(
            rows.first { $0["file"] as? String == "data-analyst.txt" }?["status"] as? String == "ok"
        )
        #expect(result.status == 1)
    }

    @Test func aWorkerThatHangsIsStoppedAtTheTimeout() throws {
        let folder = try Self.mixedFolder()
        let result = try Command.run(
            ["batch", folder.path, "--format", "jsonl", "--timeout", "1"],
            environment: ["SKILLGAP_TEST_HANG_ON": "student.pdf"])
        let student = try Self.rows(result.stdout).first { $0["file"] as? String == "student.pdf" }
        #expect((student?["error"] as? String)?.contains("longer than 1 s") == true)
    }

    @Test func outDirHoldsOneValidReportPerResumeAndNoPartialFiles() throws {
        let folder = try Self.mixedFolder()
        let out = try Command.temporaryFolder().appendingPathComponent("reports")
        _ = try Command.run(["batch", folder.path, "--out-dir", out.path, "--format", "csv"])
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(
            names == [
                "data-analyst.txt.json", "data-scientist.docx.json", "ml-engineer.txt.json",
                "student.pdf.json",
            ])
        let schema = try JSONSchema(contentsOf: AnalyseCommandTests.schema)
        for name in names {
            let report = try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent(name)))
            #expect(schema.problems(in: report).isEmpty, "\(name)")
        }
    }

    @Test func csvQuotesFieldsAndTableHasTheSummary() throws {
        let folder = try Self.mixedFolder()
        let csv = try Command.run(["batch", folder.path, "--format", "csv"]).stdout
        #expect(
            csv.hasPrefix(
                "rank,file,status,role,score,level_fit,experience_years,gap_1,gap_2,gap_3,error\n"))
        #expect(
            csv.contains(
                ",\"garbage.txt: binary data, not text; give a resume in one of PDF, DOCX,"))
        let table = try Command.run(["batch", folder.path]).stdout
        #expect(table.contains("Cohort: 4 scored, 3 failed, 2 skipped"))
        #expect(table.contains("== Most common gaps =="))
    }

    @Test func notAFolderIsAUsageError() throws {
        let result = try Command.run(["batch", Command.sample("student.txt")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("not a folder"))
    }
}

@Suite struct ReportFormatTests {
    @Test(arguments: [("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json")])
    func everyFormatMatchesItsGoldenFile(format: String, ext: String) throws {
        let result = try Command.run([
            "analyse", "Samples/ml-engineer-two-column.pdf", "--format", format, "--as-of",
            "2026-11",
        ])
        #expect(result.status == 0)
        let golden = Command.repository.appendingPathComponent(
            "Tests/skillgapTests/Golden/ml-engineer-two-column.\(ext)")
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func htmlIsSelfContained() throws {
        let html = try Command.run(["analyse", Command.sample("student.txt"), "--format", "html"])
            .stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(html.contains("<svg"))
        #expect(html.contains("@media print"))
    }

    @Test func textFitsEightyColumns() throws {
        // Relative to the checkout (the command runs there): the header names the file, and an
        // absolute path would make the test depend on where the checkout is.
        let text = try Command.run(["analyse", "Samples/data-scientist.txt"]).stdout
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(!text.contains("\u{1B}["))
    }

    @Test(arguments: ["text", "markdown", "html", "json"])
    func redactRemovesPersonalDetailsFromEvidence(format: String) throws {
        let folder = try Command.temporaryFolder()
        let resume = folder.appendingPathComponent("resume.txt")
        try Data(
            """
            Jane Doe

            EXPERIENCE
            Data Analyst, Acme, Jan 2020 - Dec 2023
            - Built Python and SQL reports; questions to jane.doe@example.com or +1 (415) 555-0142
            - Published dashboards in Tableau at https://dash.example.com/team
            """.utf8
        ).write(to: resume)
        let plain = try Command.run([
            "analyse", resume.path, "--format", format, "--role", "data-analyst",
        ]).stdout
        #expect(plain.contains("jane.doe@example.com"))
        let redacted = try Command.run([
            "analyse", resume.path, "--format", format, "--role", "data-analyst", "--redact",
        ]).stdout
        #expect(!redacted.contains("jane.doe@example.com"))
        #expect(!redacted.contains("555-0142"))
        #expect(!redacted.contains("dash.example.com"))
    }

    @Test func severalResumesInOneJSONArray() throws {
        let result = try Command.run([
            "analyse", Command.sample("student.txt"), Command.sample("data-analyst.txt"),
            "--format", "json",
        ])
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any])
        #expect(array.count == 2)
    }

    @Test func aFailedRunLeavesAnExistingReportWhole() throws {
        let folder = try Command.temporaryFolder()
        let report = folder.appendingPathComponent("report.md")
        try Data("previous report\n".utf8).write(to: report)
        let failed = try Command.run([
            "analyse", folder.appendingPathComponent("missing.pdf").path, "-o", report.path,
        ])
        #expect(failed.status == 1)
        #expect(try String(contentsOf: report, encoding: .utf8) == "previous report\n")
        let ok = try Command.run([
            "analyse", Command.sample("student.txt"), "--format", "markdown", "-o", report.path,
        ])
        #expect(ok.status == 0)
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("# SkillGap report"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
    }
}

@Suite struct BatchGoldenTests {
    /// The samples that every batch golden file is made from.
    static func sampleFolder() throws -> URL {
        let folder = try Command.temporaryFolder()
        for name in ["data-analyst.txt", "data-engineer.txt", "student.txt", "career-changer.txt"] {
            try FileManager.default.copyItem(
                at: Command.repository.appendingPathComponent("Samples/\(name)"),
                to: folder.appendingPathComponent(name))
        }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("photo.jpg"))
        return folder
    }

    @Test(arguments: [("table", "txt"), ("csv", "csv"), ("jsonl", "jsonl"), ("json", "json")])
    func everyBatchFormatMatchesItsGoldenFile(format: String, ext: String) throws {
        let folder = try Self.sampleFolder()
        let result = try Command.run([
            "batch", folder.path, "--format", format, "--as-of", "2026-11", "--jobs", "2",
        ])
        #expect(result.status == 1)
        let golden = try String(
            contentsOf: Command.repository.appendingPathComponent(
                "Tests/skillgapTests/Golden/batch.\(ext)"), encoding: .utf8)
        if format == "jsonl" {
            // Rows stream as files finish, so their order on stdout is the order of finishing.
            #expect(
                result.stdout.split(separator: "\n").sorted()
                    == golden.split(separator: "\n").sorted())
        } else {
            #expect(result.stdout == golden)
        }
    }

    @Test func jsonlWrittenToAFileIsRanked() throws {
        let file = try Command.temporaryFolder().appendingPathComponent("ranking.jsonl")
        _ = try Command.run([
            "batch", try Self.sampleFolder().path, "--format", "jsonl", "--as-of", "2026-11",
            "--jobs", "2", "-o", file.path,
        ])
        let golden = Command.repository.appendingPathComponent(
            "Tests/skillgapTests/Golden/batch.jsonl")
        #expect(
            try String(contentsOf: file, encoding: .utf8)
                == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func anInterruptedBatchLeavesNoReport() throws {
        let folder = try Command.temporaryFolder()
        let samples = Command.repository.appendingPathComponent("Samples")
        for index in 0..<40 {
            try FileManager.default.copyItem(
                at: samples.appendingPathComponent("ml-engineer-two-column.pdf"),
                to: folder.appendingPathComponent("resume-\(index).pdf"))
        }
        let out = try Command.temporaryFolder()
        let report = out.appendingPathComponent("ranking.csv")
        let process = Process()
        process.executableURL = Command.binary
        process.arguments = [
            "batch", folder.path, "--jobs", "1", "--format", "csv", "-o", report.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: report.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}
