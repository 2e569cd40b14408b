import Foundation
import Testing

@testable import SkillLexicon

/// Loading `titles.yaml`: what a person can get wrong in it, and a user's file over the built-in.
@Suite struct TitlesFileTests {
    private func problems(titles: String?) throws -> [LexiconProblem] {
        let folder = try LexiconFolder(
            skills: ["languages": "skills:\n" + LexiconFolder.python + "\n"],
            roles: [
                "ml-engineer-junior": LexiconFolder.role.replacingOccurrences(
                    of: "[pytorch]", with: "[python]")
            ],
            projects: "projects: []\n", titles: titles)
        return try LexiconLoader().check(builtIn: folder.url).1
    }

    @Test func aValidFileHasNoProblems() throws {
        let text = """
            families:
              - family: ml-engineer-junior
                name: Machine Learning Engineer
                titles: [machine learning engineer]
                fields: [machine learning]
              - family: other
                name: Software Engineer
                titles: [software engineer]
            seniority:
              senior: [senior]
            kinds:
              internship: [intern]
            heads: [intern]
            abbreviations:
              ml: machine learning
            """
        #expect(try problems(titles: text).isEmpty)
    }

    @Test func reportsEachMistakeWithItsLine() throws {
        let text = """
            families:
              - family: data-wizard
                name: Data Wizard
                titles: [data wizard]
              - family: other
                name: Software Engineer
                titles: [software engineer, "—", swe]
                colour: blue
              - family: other
                name: Developer
                titles: [Software-Engineer]
                research: ml-wizard
              - family: other
                name: Nothing
            seniority:
              senior: [senior]
              ancient: [old]
              lead: [Senior]
            abbreviations:
              swe: software engineer
              ml eng: machine learning engineer
            colours: [red]
            """
        let found = try problems(titles: text).filter { $0.location.file.hasSuffix("titles.yaml") }
        func line(of text: String) -> Int? {
            found.first { $0.message.contains(text) }?.location.line
        }
        #expect(line(of: "title family 'data-wizard' (Data Wizard) has no role profile") == 2)
        #expect(line(of: "title form '—' has no letters or digits") == 7)
        #expect(
            line(
                of: "title form 'swe' (read as 'software engineer') of Software Engineer is "
                    + "already claimed by Software Engineer at line 7") == 7)
        #expect(line(of: "unknown key 'colour' in a title family") == 8)
        #expect(line(of: "title form 'Software-Engineer' (read as 'software engineer')") == 11)
        #expect(line(of: "'research: ml-wizard' of Developer names no role family") == 9)
        #expect(line(of: "title family Nothing lists no titles") == 13)
        #expect(line(of: "'ancient' under 'seniority' is not one of intern, trainee") == 17)
        #expect(line(of: "'Senior' is listed under both senior and lead in 'seniority'") == 18)
        #expect(line(of: "abbreviation 'ml eng' must be one word") == 21)
        #expect(line(of: "unknown key 'colours' in the titles file") == 22)
        #expect(found.count == 11, "\(found.map(\.description).joined(separator: "\n"))")
    }

    @Test func theBuiltInFolderNeedsATitlesFile() throws {
        let found = try problems(titles: nil)
        #expect(found.map(\.message) == ["missing titles.yaml"])
    }

    @Test func aUserTitlesFileAddsFormsAndTakesThemOver() throws {
        let builtIn = try LexiconFolder.valid()
        let user = try LexiconFolder(
            skills: [:],
            titles: """
                families:
                  - family: other
                    name: Software Engineer
                    titles: [code monkey]
                  - family: other
                    name: Platform Engineer
                    titles: [swe]
                seniority:
                  staff: [fellow]
                """)
        let (lexicon, problems) = try LexiconLoader().check(
            builtIn: builtIn.url, overrides: [user.url])
        #expect(problems.isEmpty, "\(problems)")
        #expect(lexicon.titles.classify("Senior Code Monkey").familyName == "Software Engineer")
        #expect(lexicon.titles.classify("Senior Code Monkey").seniority == .senior)
        #expect(lexicon.titles.classify("SWE").familyName == "Platform Engineer")
        #expect(lexicon.titles.classify("Fellow Software Engineer").seniority == .staff)
    }

    @Test func aFolderWithOnlyATitlesFileIsALexiconFolder() throws {
        let user = FileManager.default.temporaryDirectory
            .appendingPathComponent("skillgap-titles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        try Data(LexiconFolder.titles.utf8).write(to: user.appendingPathComponent("titles.yaml"))
        let lexicon = try LexiconLoader().load(
            builtIn: LexiconFolder.valid().url, overrides: [user])
        #expect(lexicon.titles.classify("Software Engineer").family == "other")
    }
}
