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
    public var schemaVersion = 1
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
            matches == nil ? nil : RoleMatcher.levelFit(years: profile.experienceYears).rawValue
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
            })
        skills = profile.skills.map { found in
            SkillEntry(
                id: found.skill.id, name: found.skill.name, category: found.skill.category.rawValue,
                proficiency: found.proficiency.rawValue, proficiencyName: found.proficiency.name,
                implied: found.implied, impliedBy: found.impliedBy, statedYears: found.statedYears,
                yearsUsed: found.yearsUsed, lastUsed: found.lastUsed,
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
