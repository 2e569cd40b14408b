import PortfolioScanning

/// A scanned portfolio in the JSON report.
public struct PortfolioEntry: Encodable, Sendable {
    public var root: String
    public var projects: [ProjectEntry]
    public var languages: [LanguageEntry]
    public var skills: [SkillEntry]
    public var review: [FindingEntry]
    public var warnings: [String]

    public struct ProjectEntry: Encodable, Sendable {
        public var name: String
        public var path: String
        public var files: Int
        public var languages: [LanguageEntry]
        public var skills: [String]
        public var review: [FindingEntry]
    }

    public struct LanguageEntry: Encodable, Sendable {
        public var name: String
        public var lines: Int
    }

    public struct SkillEntry: Encodable, Sendable {
        public var id: String
        public var evidence: [EvidenceEntry]
    }

    public struct EvidenceEntry: Encodable, Sendable {
        public var file: String
        public var reason: String
    }

    public struct FindingEntry: Encodable, Sendable {
        public var aspect: String
        public var present: Bool
        public var message: String
    }

    public init(_ portfolio: Portfolio) {
        root = portfolio.root
        projects = portfolio.projects.map { project in
            ProjectEntry(
                name: project.name, path: project.path, files: project.fileCount,
                languages: project.languages.map { LanguageEntry(name: $0.name, lines: $0.lines) },
                skills: project.skills.map(\.skillID), review: project.review.map(FindingEntry.init)
            )
        }
        languages = portfolio.languages.map { LanguageEntry(name: $0.name, lines: $0.lines) }
        skills = portfolio.skills.map { skill in
            SkillEntry(
                id: skill.skillID,
                evidence: skill.evidence.map { EvidenceEntry(file: $0.file, reason: $0.reason) })
        }
        review = portfolio.review.map(FindingEntry.init)
        warnings = portfolio.warnings
    }
}

extension PortfolioEntry.FindingEntry {
    init(_ finding: ReviewFinding) {
        self.init(
            aspect: finding.aspect.rawValue, present: finding.present, message: finding.message)
    }
}
