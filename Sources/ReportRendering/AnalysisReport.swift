import Foundation
import PortfolioScanning
import ResumeReading
import RoleMatching
import SkillExtraction
import SkillLexicon

/// The JSON report of `skillgap analyse`, schema version 1 (docs/schema/analysis.schema.json).
///
/// These types are the contract other programs read; they are built from the domain types and
/// never encoded from them directly.
public struct AnalysisReport: Encodable, Sendable {
    public var schemaVersion = 2
    public var source: Source
    public var candidate: Candidate
    public var skills: [SkillEntry]
    /// Role matches, best first; absent when no role was asked for or ranked.
    public var matches: [MatchEntry]?
    /// The level that fits the candidate's years of experience.
    public var levelFit: String?

    public struct Source: Encodable, Sendable {
        public var path: String
        public var format: String
        public var pages: Int
        public var warnings: [String]
    }

    public struct Candidate: Encodable, Sendable {
        public var experienceYears: Double
        public var education: [Education]
        public var history: History
    }

    /// The dated roles behind ``Candidate/experienceYears``.
    public struct History: Encodable, Sendable {
        public var years: Double
        /// "7.6 years: 3 jobs, 1 internship at half".
        public var explanation: String
        public var roles: [Role]

        public init(_ history: CareerHistory) {
            years = history.years
            explanation = history.explanation
            roles = history.roles.map(Role.init)
        }
    }

    public struct Role: Encodable, Sendable {
        public var title: String
        public var organisation: String
        public var location: String?
        /// "2021-03".
        public var start: String
        /// "2023-01", or "present".
        public var end: String
        public var months: Int
        public var kind: String
        /// 1 for a job, 0.5 for internships, volunteer work and student posts.
        public var weight: Double
        public var family: String
        public var familyName: String
        public var seniority: String?
        /// 1-based lines of the resume the role covers.
        public var firstLine: Int
        public var lastLine: Int
        public var warnings: [String]

        init(_ role: CareerRole) {
            title = role.title
            organisation = role.organisation
            location = role.location
            start = role.start.text
            end = role.isCurrent ? "present" : role.end.text
            months = role.months
            kind = role.kind.rawValue
            weight = role.weight
            family = role.family
            familyName = role.familyName
            seniority = role.seniority
            firstLine = role.firstLine + 1
            lastLine = role.lastLine + 1
            warnings = role.warnings
        }
    }

    public struct Education: Encodable, Sendable {
        public var degree: String
        public var written: String
        public var field: String?
        public var status: String
        public var line: Int
    }

    public struct SkillEntry: Encodable, Sendable {
        public var id: String
        public var name: String
        public var category: String
        public var proficiency: Int
        public var proficiencyName: String
        public var implied: Bool
        public var impliedBy: String?
        public var statedYears: Double?
        public var yearsUsed: Double
        public var lastUsed: Int?
        /// Years of dated roles whose family uses the skill, when they count.
        public var careerYears: Double?
        /// "5.3 years as Data Scientist, a role that uses Python".
        public var careerBasis: String?
        /// For a skill the resume never names: the role that implies it.
        public var unstated: String?
        public var evidence: [EvidenceEntry]
    }

    public struct EvidenceEntry: Encodable, Sendable {
        public var kind: String
        public var section: String
        /// The resume line; absent for evidence from a project folder.
        public var line: Int?
        public var text: String
        /// The project file, for evidence from a project folder.
        public var file: String?
    }

    /// The project folders scanned with --portfolio, when any.
    public var portfolio: [PortfolioEntry]?

    public init(
        profile: SkillProfile, matches: [RoleMatch]? = nil, nextRoles: [RoleMatch] = [],
        portfolios: [Portfolio] = []
    ) {
        portfolio = portfolios.isEmpty ? nil : portfolios.map(PortfolioEntry.init)
        self.matches = matches.map { list in
            list.enumerated().map {
                MatchEntry($0.element, nextRoles: $0.offset == 0 ? nextRoles : [])
            }
        }
        levelFit =
            matches == nil ? nil : RoleMatcher.levelFit(profile).rawValue
        let document = profile.document
        source = Source(
            path: document.sourcePath, format: document.format.rawValue, pages: document.pageCount,
            warnings: document.warnings)
        candidate = Candidate(
            experienceYears: profile.experienceYears,
            education: profile.education.map {
                Education(
                    degree: $0.degree.rawValue, written: $0.written, field: $0.field,
                    status: $0.status.rawValue, line: $0.line + 1)
            }, history: History(profile.history))
        skills = profile.skills.map { found in
            SkillEntry(
                id: found.skill.id, name: found.skill.name, category: found.skill.category.rawValue,
                proficiency: found.proficiency.rawValue, proficiencyName: found.proficiency.name,
                implied: found.implied, impliedBy: found.impliedBy, statedYears: found.statedYears,
                yearsUsed: found.yearsUsed, lastUsed: found.lastUsed,
                careerYears: found.careerYears > 0 ? found.careerYears : nil,
                careerBasis: found.careerBasis.map {
                    "\($0), a role that uses \(found.skill.name)"
                },
                unstated: found.unstated,
                evidence: found.evidence.map {
                    EvidenceEntry(
                        kind: $0.kind.rawValue, section: $0.section.rawValue,
                        line: $0.line > 0 ? $0.line : nil,
                        text: $0.text, file: $0.file)
                })
        }
    }

    /// Pretty-printed JSON with sorted keys.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding these plain value types cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
