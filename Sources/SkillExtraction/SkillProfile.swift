import ResumeReading
import SkillLexicon

/// Where and how a resume shows a skill.
public struct Evidence: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// In a skills section.
        case listed
        /// In experience or projects.
        case used
        /// In education or coursework.
        case studied
        /// In certifications, or a certification skill.
        case certified
        /// Elsewhere (summary, other sections).
        case mentioned
        /// From a project folder (the portfolio scan).
        case demonstrated
    }

    public var kind: Kind
    public var section: SectionKind
    /// 1-based line number in the document; 0 for evidence from a project folder.
    public var line: Int
    public var text: String
    /// The project file, for evidence from a project folder.
    public var file: String?

    public init(kind: Kind, section: SectionKind, line: Int, text: String, file: String? = nil) {
        self.kind = kind
        self.section = section
        self.line = line
        self.text = text
        self.file = file
    }
}

/// A skill a project folder demonstrates, handed to extraction by the portfolio scan.
public struct DemonstratedEvidence: Sendable, Equatable {
    public var skillID: String
    public var file: String
    /// "imports torch in train.py".
    public var reason: String

    public init(skillID: String, file: String, reason: String) {
        self.skillID = skillID
        self.file = file
        self.reason = reason
    }
}

/// A skill the resume shows, with its evidence and the proficiency it supports.
public struct FoundSkill: Sendable, Equatable {
    public var skill: Skill
    public var proficiency: Proficiency
    /// Added because another found skill implies it.
    public var implied: Bool
    /// The skill that implies it, for implied skills.
    public var impliedBy: String?
    public var evidence: [Evidence]
    /// Years stated next to the skill ("5+ years of Python").
    public var statedYears: Double?
    /// Years of dated roles in which the skill was used, overlaps merged.
    public var yearsUsed: Double
    /// The last year of a dated role that used the skill.
    public var lastUsed: Int?
    /// Years of dated roles whose family uses the skill, when they say more than the roles
    /// that name it (and no years are stated).
    public var careerYears: Double = 0
    /// Why those years count: "5.3 years as Data Scientist".
    public var careerBasis: String?
    /// For a skill the resume never names: the role that implies it ("5.3 years as Senior
    /// Data Scientist").
    public var unstated: String?

    /// The evidence that says most: use in a role or project, then a certificate, a skills
    /// list, study, and last a mention; the earliest line among equals.
    public var strongestEvidence: Evidence? {
        evidence.enumerated().min { lhs, rhs in
            let left = Self.strength(lhs.element.kind)
            let right = Self.strength(rhs.element.kind)
            return left != right ? left < right : lhs.offset < rhs.offset
        }?.element
    }

    private static func strength(_ kind: Evidence.Kind) -> Int {
        switch kind {
        case .demonstrated: return 0
        case .used: return 1
        case .certified: return 2
        case .listed: return 3
        case .studied: return 4
        case .mentioned: return 5
        }
    }
}

/// Everything extraction found in one resume.
public struct SkillProfile: Sendable {
    public var document: ResumeDocument
    public var skills: [FoundSkill]
    /// Total professional years from dated experience entries (internships at half).
    public var experienceYears: Double
    public var education: [EducationRecord]
    /// The dated roles the years come from.
    public var history = CareerHistory()
    /// The role the person names as theirs at the top of the resume (a headline under the
    /// name, or the summary's first sentence), when it is a profiled family.
    public var headline: Headline?

    /// The found skill with this id.
    public func skill(_ id: String) -> FoundSkill? {
        skills.first { $0.skill.id == id }
    }

    /// The highest degree, completed or not.
    public var highestDegree: EducationRecord? {
        education.filter { $0.status != .incomplete }.max { $0.degree < $1.degree }
    }
}

/// A role the resume names as the person's own at its top: "Data Scientist | Machine Learning".
public struct Headline: Sendable, Equatable {
    /// The role family id the text names.
    public var family: String
    public var familyName: String
    /// The 0-based line it was read from.
    public var line: Int
    public var text: String

    public init(family: String, familyName: String, line: Int, text: String) {
        self.family = family
        self.familyName = familyName
        self.line = line
        self.text = text
    }
}
