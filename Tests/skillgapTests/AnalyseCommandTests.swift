import Foundation
import Testing

@Suite struct AnalyseCommandTests {
    static let schema = Command.repository.appendingPathComponent(
        "docs/schema/analysis.schema.json")

    @Test(arguments: [
        "ml-engineer.txt", "data-scientist.txt", "data-analyst.txt", "data-engineer.txt",
        "career-changer.txt", "student.txt", "ml-engineer-two-column.pdf", "data-scientist.docx",
        "student.html", "data-analyst.md", "jsonresume/ml-engineer.resume.json",
        "senior-ml-engineer.txt", "mlops-engineer.txt", "nlp-engineer.txt",
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
            "schemaVersion": 99, "source": [:], "skills": [["id": "Bad Id"]],
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

    /// The traps of the three longer samples (Samples/README.md), each beside a real skill of the
    /// same file that must still be found.
    @Test(arguments: [
        ("senior-ml-engineer.txt", ["spark", "swift", "unity"], ["go", "prometheus", "pytorch"]),
        (
            "mlops-engineer.txt", ["excel", "react", "rust"],
            ["jenkins", "terraform", "dvc", "aws-certified-devops-engineer"]
        ),
        ("nlp-engineer.txt", ["r", "go"], ["spacy", "fastapi", "sql"]),
    ])
    func trapsInTheLongerSamplesStayOut(name: String, traps: [String], real: [String]) throws {
        let result = try Command.run([
            "analyse", Command.sample(name), "--skills", "--format", "json", "--as-of", "2026-11",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let skills = try #require(report["skills"] as? [[String: Any]])
        let ids = Set(skills.compactMap { $0["id"] as? String })
        for trap in traps { #expect(!ids.contains(trap), "\(trap) found in \(name)") }
        for skill in real { #expect(ids.contains(skill), "\(skill) missing from \(name)") }
        // "digital" holds no Git: in the NLP sample Git comes only from GitHub, as implied.
        if name == "nlp-engineer.txt" {
            let git = skills.first { $0["id"] as? String == "git" }
            #expect(git == nil || git?["implied"] as? Bool == true)
        }
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

@Suite struct MatchCommandTests {
    @Test func skillsViewMatchesTheGoldenFile() throws {
        let result = try Command.run([
            "analyse", "Samples/data-analyst.txt", "--as-of", "2026-11", "--skills",
        ])
        let golden = Command.repository.appendingPathComponent(
            "Tests/skillgapTests/Golden/data-analyst.skills.txt")
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    private func report(_ arguments: [String]) throws -> [String: Any] {
        let result = try Command.run(arguments + ["--format", "json", "--as-of", "2026-11"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func rankingShowsTheTopRolesBestFirst() throws {
        let json = try report(["analyse", Command.sample("data-engineer.txt"), "--top", "4"])
        let matches = try #require(json["matches"] as? [[String: Any]])
        #expect(matches.count == 4)
        let scores = matches.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        let best = try #require(matches.first?["role"] as? [String: Any])
        #expect(best["family"] as? String == "data-engineer")
        #expect(json["levelFit"] as? String == "senior")
        #expect((matches.first?["nextRoles"] as? [Any])?.isEmpty == false)
    }

    @Test func aRoleFamilyTakesTheLevelThatFitsOrTheOneAsked() throws {
        let fitted = try report(["analyse", Command.sample("student.txt"), "--role", "ml-engineer"])
        let role = ((fitted["matches"] as? [[String: Any]])?.first?["role"] as? [String: Any])
        #expect(role?["id"] as? String == "ml-engineer-junior")
        let asked = try report([
            "analyse", Command.sample("student.txt"), "--role", "ml-engineer", "--level", "senior",
        ])
        let senior = ((asked["matches"] as? [[String: Any]])?.first?["role"] as? [String: Any])
        #expect(senior?["id"] as? String == "ml-engineer-senior")
    }

    /// Each family profiled at three levels takes the level the resume's experience fits (the
    /// student 0.8 years, the analyst 7.9, the data engineer 11.3), or the one `--level` asks;
    /// and the graduate meets each level less than the one below it.
    @Test(arguments: [
        "data-analyst", "data-scientist", "data-engineer", "mlops-engineer", "ml-engineer",
    ])
    func everyLevelledFamilyResolvesByExperienceOrLevel(family: String) throws {
        func first(_ json: [String: Any]) -> [String: Any]? {
            (json["matches"] as? [[String: Any]])?.first
        }
        func roleID(_ json: [String: Any]) -> String? {
            (first(json)?["role"] as? [String: Any])?["id"] as? String
        }
        var scores: [Double] = []
        for level in ["junior", "mid", "senior"] {
            let asked = try report([
                "analyse", Command.sample("student.txt"), "--role", family, "--level", level,
            ])
            #expect(roleID(asked) == "\(family)-\(level)")
            scores.append(try #require(first(asked)?["score"] as? Double))
        }
        #expect(scores[0] > scores[1] && scores[1] > scores[2], "\(family): \(scores)")
        // The data analyst has 7.9 years and a "Senior Data Analyst" title: senior.
        let fitted = [
            ("student.txt", "junior"), ("data-analyst.txt", "senior"),
            ("data-engineer.txt", "senior"),
        ]
        for (sample, level) in fitted {
            let json = try report(["analyse", Command.sample(sample), "--role", family])
            #expect(json["levelFit"] as? String == level, "\(sample)")
            #expect(roleID(json) == "\(family)-\(level)", "\(sample)")
        }
    }

    @Test func everyGapComesWithItsRequirementAndThePlanCoversTheGaps() throws {
        let json = try report([
            "analyse", Command.sample("career-changer.txt"), "--role", "data-analyst",
        ])
        let match = try #require((json["matches"] as? [[String: Any]])?.first)
        let gaps = try #require(match["gaps"] as? [[String: Any]])
        #expect(!gaps.isEmpty)
        let plan = try #require(match["learningPlan"] as? [String: Any])
        let steps = try #require(plan["steps"] as? [[String: Any]])
        let planned = Set(steps.compactMap { $0["skill"] as? String })
        #expect(Set(gaps.compactMap { $0["skill"] as? String }).isSubset(of: planned))
        #expect((plan["scoreAfter"] as? Double ?? 0) >= (match["score"] as? Double ?? 100))
    }

    @Test func aJobPostingIsMatched() throws {
        let folder = try Command.temporaryFolder()
        let posting = folder.appendingPathComponent("posting.md")
        try Data(
            "# Data Analyst\n\n## Requirements\n- SQL and Excel\n- Power BI or Tableau\n\n## Nice to have\n- Python\n"
                .utf8
        )
        .write(to: posting)
        let json = try report([
            "analyse", Command.sample("data-analyst.txt"), "--job", posting.path,
        ])
        let match = try #require((json["matches"] as? [[String: Any]])?.first)
        #expect((match["score"] as? Double ?? 0) > 80)
        let requirements = try #require(match["requirements"] as? [[String: Any]])
        #expect(requirements.contains { ($0["skills"] as? [String]) == ["power-bi", "tableau"] })
    }

    @Test func aPostingWithNoSkillsIsAnErrorNotAnEmptyReport() throws {
        let folder = try Command.temporaryFolder()
        let posting = folder.appendingPathComponent("posting.txt")
        try Data("Barista\nWe want a friendly person for the morning shift.\n".utf8).write(
            to: posting)
        let result = try Command.run([
            "analyse", Command.sample("student.txt"), "--job", posting.path,
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no skills found in the job posting"))
    }

    @Test func aRoleWithNoRequirementsIsAnError() throws {
        let folder = try Command.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("roles"), withIntermediateDirectories: true)
        try Data("id: empty-role\ntitle: Empty\nlevel: mid\nrequirements: []\n".utf8)
            .write(to: folder.appendingPathComponent("roles/empty-role.yaml"))
        let result = try Command.run([
            "analyse", Command.sample("student.txt"), "--role", "empty-role", "--lexicons",
            folder.path,
        ])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownRoleIsAUsageError() throws {
        let result = try Command.run([
            "analyse", Command.sample("student.txt"), "--role", "astronaut",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("known roles"))
    }
}
