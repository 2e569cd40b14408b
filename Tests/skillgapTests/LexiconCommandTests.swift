import Foundation
import Testing

@Suite struct LexiconCommandTests {
    @Test func shippedLexiconChecksClean() throws {
        let result = try Command.run(["lexicon", "check"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("ok: "))
        #expect(result.stdout.contains(" job titles"))
    }

    @Test func brokenUserFolderListsEveryProblemWithFileAndLine() throws {
        let folder = try Command.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("roles"), withIntermediateDirectories: true)
        let role = """
            id: my-role
            title: My Role
            level: mid
            requirements:
              - skill: no-such-skill
                importance: required
                weight: 7
                proficiency: 2
            """
        try Data(role.utf8).write(to: folder.appendingPathComponent("roles/my-role.yaml"))
        let result = try Command.run(["lexicon", "check", "--lexicons", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("my-role.yaml:7: 'weight' is 7; use 1 to 5"))
        #expect(
            result.stdout.contains(
                "my-role.yaml:5: role 'my-role' requires unknown skill 'no-such-skill'"))
        #expect(result.stdout.contains("2 problems"))
    }

    @Test func userTitlesFileIsCheckedWithFileAndLine() throws {
        let folder = try Command.temporaryFolder()
        let titles = """
            families:
              - family: analytics-wizard
                name: Analytics Wizard
                titles: [analytics wizard, data analyst]
            """
        try Data(titles.utf8).write(to: folder.appendingPathComponent("titles.yaml"))
        let result = try Command.run(["lexicon", "check", "--lexicons", folder.path])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "titles.yaml:2: title family 'analytics-wizard' (Analytics Wizard) has no role "
                    + "profile"))
        #expect(result.stdout.contains("1 problem in"))
    }

    @Test func userFolderOverridesABuiltInRole() throws {
        let folder = try Command.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("roles"), withIntermediateDirectories: true)
        let role = """
            id: data-analyst-junior
            title: Reporting Analyst
            family: data-analyst
            level: junior
            requirements:
              - skill: sql
                importance: required
                weight: 5
                proficiency: 2
            """
        try Data(role.utf8).write(
            to: folder.appendingPathComponent("roles/data-analyst-junior.yaml"))
        let result = try Command.run([
            "roles", "show", "data-analyst-junior", "--lexicons", folder.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Reporting Analyst (data-analyst-junior), junior"))
    }

    @Test func aFamilyShowsItsLevelsSideBySide() throws {
        let result = try Command.run(["roles", "show", "data-engineer"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Data Engineer (data-engineer), 3 levels"))
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ") }
        #expect(
            lines.contains { $0.starts(with: ["data-engineer-junior", "junior", "0-3", "years"]) })
        #expect(lines.contains { $0.starts(with: ["data-engineer-mid", "mid", "4-7", "years"]) })
        #expect(
            lines.contains { $0.starts(with: ["data-engineer-senior", "senior", "8+", "years"]) })
        #expect(lines.contains(["SKILLS", "JUNIOR", "MID", "SENIOR"]))
        #expect(lines.contains(["SQL", "working", "practitioner", "expert"]))
        #expect(lines.contains(["Leadership", "-", "-", "practitioner"]))
    }

    @Test func anUnknownRoleListsTheRolesAndTheFamilies() throws {
        let result = try Command.run(["roles", "show", "data-wrangler"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no role or role family 'data-wrangler'"))
        #expect(result.stderr.contains("families: computer-vision-engineer, data-analyst,"))
    }

    @Test func rolesTableListsEveryRole() throws {
        let result = try Command.run(["roles"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ml-engineer-junior"))
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: " ") }
        #expect(rows.contains { $0.starts(with: ["data-analyst-mid", "data-analyst", "Data"]) })
        #expect(result.stdout.split(separator: "\n").count >= 13)
    }

    @Test func unknownRoleIsAUsageError() throws {
        let result = try Command.run(["roles", "show", "astronaut"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("known roles"))
    }

    @Test func skillSearchFindsAliases() throws {
        let result = try Command.run(["skills", "search", "sklearn"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("scikit-learn"))
        #expect(try Command.run(["skills", "search", "zzzz-nothing"]).status == 1)
    }

    @Test func installedBinaryFindsItsLexiconsFromAnyDirectory() throws {
        let prefix = try Command.temporaryFolder()
        let bin = prefix.appendingPathComponent("bin")
        let share = prefix.appendingPathComponent("share/skillgap")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        let installed = bin.appendingPathComponent("skillgap")
        try FileManager.default.copyItem(at: Command.binary, to: installed)
        try FileManager.default.copyItem(
            at: Command.repository.appendingPathComponent("Lexicons"),
            to: share.appendingPathComponent("Lexicons"))
        let result = try Command.run(
            ["roles"], executable: installed, in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("data-scientist"))
    }

    @Test func missingLexiconFolderSaysWhereItLooked() throws {
        let result = try Command.run(
            ["roles"], environment: ["SKILLGAP_LEXICONS": "/nonexistent/lexicons"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("looked in /nonexistent/lexicons"))
    }
}
