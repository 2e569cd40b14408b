import Foundation
import ResumeReading
import SkillExtraction
import SkillLexicon
import Testing

@testable import RoleMatching

/// Best fits weigh the career with the skills; the level follows the years and the titles.
@Suite struct RoleFitTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let lexicon: Lexicon = {
        do {
            return try LexiconLoader().load(builtIn: repository.appendingPathComponent("Lexicons"))
        } catch {
            fatalError("the shipped lexicon does not load: \(error)")
        }
    }()
    static let matcher = RoleMatcher(lexicon: lexicon)

    static func profile(_ text: String) throws -> SkillProfile {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("skillgap-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let document = try ResumeReader().document(at: url)
        return SkillExtractor(lexicon: lexicon, today: MonthStamp(year: 2026, month: 11))
            .profile(of: document)
    }

    /// Skills any data role lists; on their own they say little about the family.
    static let skills = "SKILLS\nPython, SQL, pandas, Excel, Tableau, statistics\n"

    @Test func yearsInAFamilyPutItFirstWithTheReason() throws {
        let profile = try Self.profile(
            "Jane Doe\n\n" + Self.skills
                + "\nEXPERIENCE\nData Scientist | Acme | Jan 2019 - Present\n• Models.\n")
        let fits = Self.matcher.rankFits(profile, top: 3)
        #expect(fits.first?.role.family == "data-scientist")
        #expect(
            fits.first?.fitReason?.hasPrefix("7.9 years as Data Scientist and a score of") == true)
        // One profile per family.
        #expect(Set(fits.map(\.role.family)).count == fits.count)
    }

    @Test func noSkillAHeldTitleImpliesIsACriticalGap() throws {
        let profile = try Self.profile(
            "Jane Doe\n\n" + Self.skills
                + "\nEXPERIENCE\nData Scientist | Acme | Jan 2019 - Present\n• Models.\n")
        let unstated = Set(profile.skills.filter { $0.unstated != nil }.map(\.skill.id))
        #expect(!unstated.isEmpty)
        let match = try #require(Self.matcher.rankFits(profile, top: 1).first)
        #expect(!match.gaps.contains { $0.kind == .critical && unstated.contains($0.skillID) })
    }

    @Test func aGraduateIsFiledByTheFieldOfTheirDegree() throws {
        func fits(_ education: String) throws -> [RoleMatch] {
            Self.matcher.rankFits(
                try Self.profile("Jane Doe\n\nSKILLS\nPython, SQL\n\nEDUCATION\n\(education)\n"),
                top: 20)
        }
        let studied = try fits("B.Sc. in Data Science, 2025")
        let other = try fits("B.A. in History, 2025")
        let rank = { (list: [RoleMatch]) in list.firstIndex { $0.role.family == "data-scientist" } }
        #expect(try #require(rank(studied)) < (try #require(rank(other))))
        let scientist = try #require(studied.first { $0.role.family == "data-scientist" })
        #expect(scientist.fitReason?.hasSuffix("you studied Data Science") == true)
    }

    @Test func researchPostsOfNoProfiledFamilyCountTowardsResearch() throws {
        func rank(_ title: String) throws -> Int? {
            let profile = try Self.profile(
                "Jane Doe\n\nSKILLS\nPython, PyTorch\n\nEXPERIENCE\n\(title) | Acme | Jan 2021 - Dec 2023\n• Papers.\n"
            )
            return Self.matcher.rankFits(profile, top: 20).firstIndex {
                $0.role.family == "ml-researcher"
            }
        }
        #expect(
            try #require(try rank("Quant Researcher")) < (try #require(try rank("Store Clerk"))))
    }

    @Test func withoutAHistoryTheSkillsDecide() throws {
        let profile = try Self.profile(
            "Jane Doe\n\nSKILLS\nPython, PyTorch, Kubernetes, Docker, MLflow, Kubeflow, Terraform\n"
        )
        let fits = Self.matcher.rankFits(profile, top: 3)
        #expect(fits.first?.fitReason?.contains("requirements that set this role apart") == true)
        #expect(fits.first?.role.family != "data-analyst")
    }

    @Test(arguments: [
        ("Senior Data Analyst", "Jan 2020 - Present", RoleLevel.senior),
        ("Data Analyst", "Jan 2020 - Present", RoleLevel.mid),
        ("Junior Data Analyst", "Jan 2020 - Present", RoleLevel.junior),
        ("Data Analyst", "Jan 2024 - Present", RoleLevel.junior),
    ])
    func theLevelFollowsTheYearsAndTheLatestTitle(title: String, dates: String, level: RoleLevel)
        throws
    {
        let profile = try Self.profile(
            "Jane Doe\n\nEXPERIENCE\n\(title) | Acme | \(dates)\n• Reports.\n")
        #expect(RoleMatcher.levelFit(profile) == level)
    }

    @Test func aCareerChangersSeniorTitleInOtherWorkMovesNothing() throws {
        let profile = try Self.profile(
            """
            Jane Doe

            EXPERIENCE
            Senior Sales Associate | Fresh Foods Ltd | Jan 2015 - Present
            • Sales.
            Data Analyst | Beta Inc | Jan 2013 - Jun 2014
            • Reports.
            """)
        #expect(RoleMatcher.levelFit(profile) == .junior)
    }

    @Test func aCareerChangersOtherWorkDoesNotMakeThemSenior() throws {
        let profile = try Self.profile(
            "Jane Doe\n\n" + Self.skills
                + "\nEXPERIENCE\nDelivery Driver | Acme Logistics | Jan 2012 - Present\n• Routes.\n"
        )
        #expect(profile.experienceYears > 14)
        #expect(RoleMatcher.levelFit(profile) == .junior)
    }
}
