import ResumeReading
import SkillLexicon
import Testing

@testable import ReportRendering
@testable import RoleMatching
@testable import SkillExtraction

/// The builders: what a report says, the same in every format.
@Suite struct ReportTests {
    static let lexicon = Lexicon(
        skills: ["python", "docker"].map { id in
            Skill(
                id: id, name: id.capitalized, category: .language, stage: .core,
                learning: [LearningStep(title: "Learn \(id)", hours: 1, result: "a notebook")])
        },
        roles: [], projects: [])

    static let role = RoleProfile(
        id: "data-analyst", title: "Data Analyst", family: "data-analyst", level: .junior,
        experience: YearsRange(minimum: 0, maximum: 3),
        education: EducationRequirement(minimum: .bachelor, preferred: nil, fields: []),
        requirements: [
            Requirement(
                target: .skill("python"), importance: .required, weight: 5,
                proficiency: .working),
            Requirement(
                target: .skill("docker"), importance: .preferred, weight: 2,
                proficiency: .working),
        ])

    static func analysis() throws -> Report {
        let python = FoundSkill(
            skill: try #require(lexicon.skill("python")), proficiency: .working, implied: false,
            impliedBy: nil,
            evidence: [Evidence(kind: .used, section: .experience, line: 4, text: "Python daily")],
            statedYears: nil, yearsUsed: 0, lastUsed: nil)
        let document = ResumeDocument(
            sourcePath: "jane.txt", format: .text, pageCount: 1, lines: ["Jane"], sections: [])
        let profile = SkillProfile(
            document: document, skills: [python], experienceYears: 1, education: [])
        let match = RoleMatcher(lexicon: lexicon).match(profile, against: role)
        return Report.analysis(profile: profile, matches: [match], nextRoles: [], lexicon: lexicon)
    }

    static func writers(_ report: Report) -> [String] {
        [
            TextWriter(colour: false).write(report), MarkdownWriter.write(report),
            HTMLWriter.write(report),
        ]
    }

    @Test func theAnalysisHasItsSectionsInOrder() throws {
        let report = try Self.analysis()
        #expect(report.title?.detail == "text, 1 page")
        guard case .section(let match) = try #require(report.blocks.last) else {
            Issue.record("the match is not a section")
            return
        }
        #expect(match.heading == "Data Analyst" && match.code == "data-analyst")
        let headings = match.blocks.compactMap { block -> String? in
            if case .section(let section) = block { return section.heading }
            return nil
        }
        #expect(
            headings == [
                "Coverage by category", "Strengths", "Gaps, by what closing them adds",
                "Learning plan",
            ])
    }

    @Test func everyFormatSaysTheSameWords() throws {
        for output in Self.writers(try Self.analysis()) {
            #expect(output.contains("1 page"))
            #expect(!output.contains("page(s)"))
            #expect(output.contains("nice to have"))
            #expect(output.contains("line 4 (experience)"))
            #expect(output.contains("1 step, 1 hour; the score goes from"))
        }
    }

    @Test(arguments: [
        (Check.Status.met, "met"), (.partlyMet, "partly met"), (.notMet, "not met"),
    ])
    func checksReadAsWordsInEveryFormat(status: Check.Status, word: String) {
        let report = Report(blocks: [
            .facts([Report.check("Experience", Check(status: status, reason: "1 year"))])
        ])
        for output in Self.writers(report) {
            #expect(output.contains("\(word)</span>, 1 year") || output.contains("\(word), 1 year"))
            #expect(!output.contains("-met"))
        }
    }

    @Test func numbersAndPlurals() {
        #expect(Report.number(7) == "7")
        #expect(Report.number(7.5) == "7.5")
        #expect(Report.count(1, "page") == "1 page")
        #expect(Report.count(2, "page") == "2 pages")
        #expect(Report.count(1.5, "hour") == "1.5 hours")
    }

    @Test func onlyWebLinksAreKept() {
        #expect(Report.link("docs", "javascript:alert(1)") == nil)
        #expect(Report.link(nil, "https://x.org")?.title == "docs")
    }
}
