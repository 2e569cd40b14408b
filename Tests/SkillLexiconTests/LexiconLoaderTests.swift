import Foundation
import Testing

@testable import SkillLexicon

@Suite struct LexiconLoaderTests {
    private func problems(_ folder: LexiconFolder) throws -> [LexiconProblem] {
        try LexiconLoader().check(builtIn: folder.url).1
    }

    private func problem(in folder: LexiconFolder, containing text: String) throws
        -> LexiconProblem?
    {
        try problems(folder).first { $0.message.contains(text) }
    }

    @Test func loadsAValidFolder() throws {
        let lexicon = try LexiconLoader().load(builtIn: LexiconFolder.valid().url)
        #expect(lexicon.skills.map(\.id) == ["python", "pytorch"])
        #expect(lexicon.skill("pytorch")?.imports == ["torch"])
        let role = try #require(lexicon.role("ml-engineer-junior"))
        #expect(role.requirements[1].target == .anyOf(["pytorch"], minimum: 1))
        #expect(role.requirements[0].proficiency == .working)
        #expect(lexicon.projects.first?.skills == ["python", "pytorch"])
    }

    @Test func reportsYAMLSyntaxErrorsWithTheLine() throws {
        let folder = try LexiconFolder(
            skills: ["broken": "skills:\n  - id: python\n    name: [unclosed\n"],
            projects: "projects: []\n")
        let found = try #require(try problem(in: folder, containing: "YAML syntax error"))
        #expect(found.location.file.hasSuffix("skills/broken.yaml"))
        #expect(found.location.line >= 3)
    }

    @Test func reportsUnknownKeysWithTheLine() throws {
        let text =
            "skills:\n"
            + LexiconFolder.python.replacingOccurrences(
                of: "    stage:", with: "    colour: red\n    stage:")
        let folder = try LexiconFolder(skills: ["languages": text], projects: "projects: []\n")
        let found = try #require(try problem(in: folder, containing: "unknown key 'colour'"))
        #expect(found.location.line == 5)
    }

    @Test func reportsDuplicateKeysWithTheFirstOnesLine() throws {
        let text =
            "skills:\n"
            + LexiconFolder.python.replacingOccurrences(
                of: "    stage:", with: "    name: Py\n    stage:")
        let folder = try LexiconFolder(skills: ["languages": text], projects: "projects: []\n")
        let found = try #require(try problem(in: folder, containing: "YAML syntax error"))
        #expect(found.message == "YAML syntax error: duplicated keys name")
        #expect(found.location.line == 3)
    }

    @Test func aQuotedNumberIsText() throws {
        let text =
            "skills:\n"
            + LexiconFolder.python.replacingOccurrences(of: "hours: 10", with: "hours: \"10\"")
        let folder = try LexiconFolder(skills: ["languages": text], projects: "projects: []\n")
        let found = try #require(try problem(in: folder, containing: "'hours'"))
        #expect(found.message == "'hours' must be a number")
        #expect(found.location.line == 8)
    }

    @Test func reportsUnknownSkillIdsEverywhere() throws {
        let skills =
            "skills:\n"
            + LexiconFolder.python.replacingOccurrences(
                of: "aliases: [python3]",
                with:
                    "aliases: [python3]\n    implies: [snake-charming]\n    prerequisites: [typing]"
            )
        let role = LexiconFolder.role.replacingOccurrences(of: "[pytorch]", with: "[tensorflow]")
        let projects = LexiconFolder.projects.replacingOccurrences(
            of: "[python, pytorch]", with: "[python, jax]")
        let folder = try LexiconFolder(
            skills: ["languages": skills], roles: ["r": role], projects: projects)
        let messages = try problems(folder).map(\.message)
        #expect(messages.contains { $0.contains("implies unknown skill 'snake-charming'") })
        #expect(messages.contains { $0.contains("unknown prerequisite 'typing'") })
        #expect(messages.contains { $0.contains("requires unknown skill 'tensorflow'") })
        #expect(messages.contains { $0.contains("names unknown skill 'jax'") })
    }

    @Test func reportsDuplicateIdsWithBothPlaces() throws {
        let text = "skills:\n" + LexiconFolder.python + "\n" + LexiconFolder.python + "\n"
        let folder = try LexiconFolder(skills: ["languages": text], projects: "projects: []\n")
        let found = try #require(try problem(in: folder, containing: "duplicate skill id 'python'"))
        #expect(found.message.contains("languages.yaml:2"))
        #expect(found.location.line == 10)
    }

    @Test func reportsAnAliasClaimedByTwoSkills() throws {
        let other = LexiconFolder.pytorch.replacingOccurrences(
            of: "imports: [torch]", with: "aliases: [Python3]")
        let folder = try LexiconFolder(
            skills: [
                "a": "skills:\n" + LexiconFolder.python + "\n", "b": "skills:\n" + other + "\n",
            ],
            projects: "projects: []\n")
        let found = try #require(try problem(in: folder, containing: "alias 'python3'"))
        #expect(found.message.contains("already claimed by 'python'"))
        #expect(found.location.file.hasSuffix("skills/b.yaml"))
    }

    @Test func reportsAPrerequisiteCycleByName() throws {
        let python = LexiconFolder.python.replacingOccurrences(
            of: "aliases: [python3]", with: "aliases: [python3]\n    prerequisites: [pytorch]")
        let folder = try LexiconFolder(
            skills: ["languages": "skills:\n" + python + "\n" + LexiconFolder.pytorch + "\n"],
            projects: "projects: []\n")
        let found = try #require(try problem(in: folder, containing: "prerequisite cycle"))
        #expect(
            found.message.hasSuffix("python -> pytorch -> python")
                || found.message.hasSuffix("pytorch -> python -> pytorch"))
    }

    @Test func reportsAnImpliesCycleWithFileAndLine() throws {
        let python = LexiconFolder.python.replacingOccurrences(
            of: "aliases: [python3]", with: "aliases: [python3]\n    implies: [pytorch]")
        let folder = try LexiconFolder(
            skills: ["languages": "skills:\n" + python + "\n" + LexiconFolder.pytorch + "\n"],
            projects: "projects: []\n")
        let found = try #require(try problem(in: folder, containing: "implies cycle"))
        #expect(
            found.message.hasSuffix("python -> pytorch -> python")
                || found.message.hasSuffix("pytorch -> python -> pytorch"))
        #expect(found.location.file.hasSuffix("skills/languages.yaml"))
        #expect(found.location.line > 0)
        #expect(try problems(folder).filter { $0.message.contains("cycle") }.count == 1)
    }

    @Test func aLongChainOfPrerequisitesIsCheckedWithoutRecursion() throws {
        // Each skill requires the next: thousands of frames deep for a recursive search.
        let count = 20_000
        var text = "skills:\n"
        for index in 0..<count {
            let next = index + 1 < count ? "\n    prerequisites: [s\(index + 1)]" : ""
            text += """
                  - id: s\(index)
                    name: Skill \(index)
                    category: language
                    stage: foundation\(next)
                    learning:
                      - { title: a, hours: 1, result: b }
                      - { title: c, hours: 1, result: d }

                """
        }
        let folder = try LexiconFolder(skills: ["chain": text], projects: "projects: []\n")
        #expect(try problem(in: folder, containing: "cycle") == nil)
    }

    @Test func reportsARoleThatLeadsToItself() throws {
        let role = LexiconFolder.role + "\nnext_roles: [ml-engineer-junior]\n"
        let folder = try LexiconFolder(
            skills: [
                "languages": "skills:\n" + LexiconFolder.python + "\n" + LexiconFolder.pytorch
                    + "\n"
            ],
            roles: ["r": role], projects: LexiconFolder.projects)
        let found = try #require(try problem(in: folder, containing: "as its next role"))
        #expect(found.message.contains("'ml-engineer-junior'"))
        #expect(found.location.file.hasSuffix("roles/r.yaml"))
        #expect(found.location.line == 1)
    }

    @Test func reportsNestingTooDeepWithFileAndLine() throws {
        // 20,000 brackets overflowed the stack of the thread that parsed the file.
        let deep = "skills:\n  - id: x\n    name: " + String(repeating: "[", count: 20_000)
        let folder = try LexiconFolder(skills: ["deep": deep], projects: "projects: []\n")
        let found = try #require(try problem(in: folder, containing: "levels deep"))
        #expect(found.location.file.hasSuffix("skills/deep.yaml"))
        #expect(found.location.line == 3)
    }

    @Test func reportsWeightsAndProficienciesOutOfRange() throws {
        let role = LexiconFolder.role.replacingOccurrences(of: "weight: 5", with: "weight: 9")
            .replacingOccurrences(of: "proficiency: 1", with: "proficiency: 7")
        let folder = try LexiconFolder(
            skills: [
                "languages": "skills:\n" + LexiconFolder.python + "\n" + LexiconFolder.pytorch
                    + "\n"
            ],
            roles: ["r": role], projects: LexiconFolder.projects)
        let weight = try #require(try problem(in: folder, containing: "'weight' is 9"))
        #expect(weight.location.line == 7)
        let level = try #require(try problem(in: folder, containing: "'proficiency' is 7"))
        #expect(level.location.line == 13)
    }

    @Test func reportsEveryProblemAtOnce() throws {
        let role = LexiconFolder.role.replacingOccurrences(of: "weight: 5", with: "weight: 0")
            .replacingOccurrences(of: "[pytorch]", with: "[nothing]")
        let folder = try LexiconFolder(
            skills: ["languages": "skills:\n" + LexiconFolder.python + "\n"], roles: ["r": role],
            projects: LexiconFolder.projects)
        #expect(try problems(folder).count >= 3)
        #expect(throws: LexiconError.self) { try LexiconLoader().load(builtIn: folder.url) }
    }

    @Test func userFolderReplacesABuiltInRoleAndAddsSkills() throws {
        let builtIn = try LexiconFolder.valid()
        let custom = """
            id: ml-engineer-junior
            title: Applied ML Engineer
            level: junior
            requirements:
              - skill: sql
                importance: required
                weight: 4
                proficiency: 2
            """
        let sql = """
            skills:
              - id: sql
                name: SQL
                category: language
                stage: foundation
                learning:
                  - { title: Query a database, hours: 6, result: ten queries }
                  - { title: Model a schema, hours: 6, result: a schema }
            """
        let user = try LexiconFolder(skills: ["mine": sql], roles: ["mine": custom])
        let lexicon = try LexiconLoader().load(builtIn: builtIn.url, overrides: [user.url])
        #expect(lexicon.roles.count == 1)
        #expect(lexicon.role("ml-engineer-junior")?.title == "Applied ML Engineer")
        #expect(lexicon.skill("sql")?.name == "SQL")
        #expect(lexicon.skill("python") != nil)
    }

    @Test func anOverrideWithoutLexiconPartsIsNotALexiconFolder() throws {
        let empty = FileManager.default.temporaryDirectory
            .appendingPathComponent("skillgap-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: LexiconError.notALexiconFolder(path: empty.path)) {
            try LexiconLoader().load(builtIn: LexiconFolder.valid().url, overrides: [empty])
        }
    }

    @Test func anOverrideWhoseFilesAreBrokenReportsTheirProblems() throws {
        let user = try LexiconFolder(skills: ["mine": "skills:\n  - id: [oops\n"])
        let problems = try LexiconLoader().check(
            builtIn: LexiconFolder.valid().url, overrides: [user.url]
        ).1
        let syntax = try #require(problems.first { $0.message.contains("YAML syntax error") })
        #expect(syntax.location.file.hasSuffix("skills/mine.yaml"))
        #expect(syntax.location.line >= 2)
        // Loading fails with a message that names the first problem.
        do {
            _ = try LexiconLoader().load(builtIn: LexiconFolder.valid().url, overrides: [user.url])
            Issue.record("a broken override loaded")
        } catch {
            #expect(String(describing: error).contains("the first \(syntax)"))
        }
    }

    @Test func missingFolderSaysWhereItLooked() {
        let missing = URL(fileURLWithPath: "/nonexistent/Lexicons")
        #expect(throws: LexiconError.folderNotFound(searched: ["/nonexistent/Lexicons"])) {
            try LexiconLoader().load(builtIn: missing)
        }
    }

    @Test func searchFindsAliasesAndPutsExactMatchesFirst() throws {
        let lexicon = try LexiconLoader().load(builtIn: LexiconFolder.valid().url)
        #expect(lexicon.searchSkills("py").map(\.id) == ["python", "pytorch"])
        #expect(lexicon.searchSkills("python3").map(\.id) == ["python"])
    }
}
