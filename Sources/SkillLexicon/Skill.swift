/// A skill of the taxonomy: a tool, a concept, a practice or a soft skill.
public struct Skill: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var category: SkillCategory
    public var stage: LearningStage
    /// Other names, matched case-insensitively on token boundaries.
    public var aliases: [String]
    /// Short or everyday forms accepted only by their rule.
    public var ambiguous: [AmbiguousForm]
    /// Skills a mention of this one is evidence of.
    public var implies: [String]
    /// Skills to learn before this one.
    public var prerequisites: [String]
    /// Names in package manifests.
    public var packages: [String]
    /// Names in import statements.
    public var imports: [String]
    public var learning: [LearningStep]
    /// Where the skill is defined.
    public var source: SourceLocation

    public init(
        id: String, name: String, category: SkillCategory, stage: LearningStage,
        aliases: [String] = [], ambiguous: [AmbiguousForm] = [], implies: [String] = [],
        prerequisites: [String] = [], packages: [String] = [], imports: [String] = [],
        learning: [LearningStep] = [], source: SourceLocation = SourceLocation(file: "", line: 0)
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.stage = stage
        self.aliases = aliases
        self.ambiguous = ambiguous
        self.implies = implies
        self.prerequisites = prerequisites
        self.packages = packages
        self.imports = imports
        self.learning = learning
        self.source = source
    }

    /// Every form matched without a rule: the name (unless it is itself ambiguous) and the aliases.
    public var plainForms: [String] {
        let ambiguousForms = Set(ambiguous.map { $0.form.lowercased() })
        let forms = ambiguousForms.contains(name.lowercased()) ? aliases : [name] + aliases
        return forms
    }
}

/// The domains skills are filed under.
public enum SkillCategory: String, Sendable, CaseIterable, Codable {
    case language, mlFramework = "ml-framework", dataLibrary = "data-library"
    case dataEngineering = "data-engineering", database, cloud, mlops, devops
    case biVisualisation = "bi-visualisation", softwareEngineering = "software-engineering", web
    case tool, mathStatistics = "math-statistics", mlConcept = "ml-concept", specialisation
    case softSkill = "soft-skill", certification
}

/// When a skill is learnt: foundations first, niches last.
public enum LearningStage: String, Sendable, CaseIterable, Codable, Comparable {
    case foundation, core, advanced, specialist

    public static func < (lhs: LearningStage, rhs: LearningStage) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A form of a skill's name that is also an ordinary word or another thing ("R", "Go", "Excel"),
/// with the rule that accepts it.
public struct AmbiguousForm: Sendable, Equatable {
    public enum Condition: String, Sendable, CaseIterable {
        /// The line is in a skills section, or is a list in which other skills were found.
        case skillList = "skill-list"
        /// One of the context words is on the same line.
        case context
        case always
    }

    public var form: String
    /// The text must have the form's exact case.
    public var caseSensitive: Bool
    /// Accepted when any of these holds.
    public var when: [Condition]
    public var context: [String]
    public var rejectBefore: [String]
    public var rejectAfter: [String]

    public init(
        form: String, caseSensitive: Bool, when: [Condition], context: [String] = [],
        rejectBefore: [String] = [], rejectAfter: [String] = []
    ) {
        self.form = form
        self.caseSensitive = caseSensitive
        self.when = when
        self.context = context
        self.rejectBefore = rejectBefore
        self.rejectAfter = rejectAfter
    }
}

/// A concrete step towards a skill, with a visible result.
public struct LearningStep: Sendable, Equatable {
    public var title: String
    public var hours: Double
    public var result: String
    public var resourceName: String?
    public var resourceURL: String?

    public init(
        title: String, hours: Double, result: String, resourceName: String? = nil,
        resourceURL: String? = nil
    ) {
        self.title = title
        self.hours = hours
        self.result = result
        self.resourceName = resourceName
        self.resourceURL = resourceURL
    }
}

/// A place in a lexicon file.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
