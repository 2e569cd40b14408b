/// What a role asks for: skills with weights and levels, education, experience and where it leads.
public struct RoleProfile: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var family: String
    public var level: RoleLevel
    public var aliases: [String]
    public var summary: String
    public var onetCodes: [String]
    public var experience: YearsRange
    public var education: EducationRequirement
    public var requirements: [Requirement]
    public var nextRoles: [String]
    public var source: SourceLocation

    public init(
        id: String, title: String, family: String, level: RoleLevel, aliases: [String] = [],
        summary: String = "", onetCodes: [String] = [], experience: YearsRange = YearsRange(),
        education: EducationRequirement = EducationRequirement(), requirements: [Requirement],
        nextRoles: [String] = [], source: SourceLocation = SourceLocation(file: "", line: 0)
    ) {
        self.id = id
        self.title = title
        self.family = family
        self.level = level
        self.aliases = aliases
        self.summary = summary
        self.onetCodes = onetCodes
        self.experience = experience
        self.education = education
        self.requirements = requirements
        self.nextRoles = nextRoles
        self.source = source
    }
}

/// Seniority, as the seed articles band it by years.
public enum RoleLevel: String, Sendable, CaseIterable, Codable {
    case junior, mid, senior
}

/// A span of years of professional experience; `maximum` nil means open-ended.
public struct YearsRange: Sendable, Equatable {
    public var minimum: Double
    public var maximum: Double?

    public init(minimum: Double = 0, maximum: Double? = nil) {
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// Degrees in order.
public enum Degree: String, Sendable, CaseIterable, Codable, Comparable {
    case none, associate, bachelor, master, doctorate

    public static func < (lhs: Degree, rhs: Degree) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// The education a role asks for.
public struct EducationRequirement: Sendable, Equatable {
    public var minimum: Degree
    public var preferred: Degree?
    public var fields: [String]

    public init(minimum: Degree = .none, preferred: Degree? = nil, fields: [String] = []) {
        self.minimum = minimum
        self.preferred = preferred
        self.fields = fields
    }
}

/// How well a skill is held, on the UK digital and data capability framework's scale.
public enum Proficiency: Int, Sendable, CaseIterable, Codable, Comparable {
    case none = 0, awareness, working, practitioner, expert

    public var name: String { String(describing: self) }

    public static func < (lhs: Proficiency, rhs: Proficiency) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// One line of a role's requirement table.
public struct Requirement: Sendable, Equatable {
    public enum Importance: String, Sendable, CaseIterable, Codable {
        case required, preferred
    }

    /// What satisfies the requirement.
    public enum Target: Sendable, Equatable {
        case skill(String)
        /// At least `minimum` of the skills.
        case anyOf([String], minimum: Int)
        /// Every one of the skills.
        case allOf([String])

        public var skillIDs: [String] {
            switch self {
            case .skill(let id): return [id]
            case .anyOf(let ids, _), .allOf(let ids): return ids
            }
        }
    }

    public var target: Target
    public var importance: Importance
    /// 1 to 5.
    public var weight: Int
    public var proficiency: Proficiency
    public var source: SourceLocation

    public init(
        target: Target, importance: Importance, weight: Int, proficiency: Proficiency,
        source: SourceLocation = SourceLocation(file: "", line: 0)
    ) {
        self.target = target
        self.importance = importance
        self.weight = weight
        self.proficiency = proficiency
        self.source = source
    }
}

/// A capstone project that exercises several skills at once.
public struct CapstoneProject: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    public var skills: [String]
    public var hours: Double
    public var result: String
    public var source: SourceLocation

    public init(
        id: String, title: String, summary: String, skills: [String], hours: Double,
        result: String, source: SourceLocation = SourceLocation(file: "", line: 0)
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.skills = skills
        self.hours = hours
        self.result = result
        self.source = source
    }
}
