import SkillExtraction
import SkillLexicon

/// How a resume measures up to one role: the score, each requirement, the checks beside the
/// score, the gaps and the plan to close them.
public struct RoleMatch: Sendable {
    public var role: RoleProfile
    /// 0 to 100: the weighted coverage of the requirements.
    public var score: Double
    public var requirements: [RequirementResult]
    public var education: Check
    public var experience: Check
    /// Ordered by what closing each would add to the score.
    public var gaps: [Gap]
    public var plan: LearningPlan
    /// Why this role ranks where it does among the best fits ("5.3 years as Data Scientist and
    /// a score of 71"); nil outside a ranking.
    public var fitReason: String?
}

/// What was found for one requirement and the credit it earned.
public struct RequirementResult: Sendable {
    public enum Status: String, Sendable {
        case met, partial, missing
    }

    public var requirement: Requirement
    /// The skills that counted, strongest first.
    public var found: [Credit]
    /// 0 to 1.
    public var credit: Double
    /// The points this requirement adds to the score (credit x weight, scaled to 100).
    public var points: Double
    /// The most this requirement can add to the score.
    public var maximumPoints: Double
    public var status: Status
}

/// One skill's contribution to a requirement.
public struct Credit: Sendable {
    public var skillID: String
    public var name: String
    public var proficiency: Proficiency
    public var implied: Bool
    /// The strongest evidence: its line and text, if the skill was found directly.
    public var evidence: Evidence?
    /// 0 to 1.
    public var credit: Double
}

/// A check shown beside the score, not folded into it.
public struct Check: Sendable, Equatable {
    public enum Status: String, Sendable {
        case met
        case partlyMet = "partly-met"
        case notMet = "not-met"
    }

    public var status: Status
    public var reason: String
}

/// A skill between the resume and the role.
public struct Gap: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A required skill that is missing.
        case critical
        /// A skill present below the required proficiency.
        case strengthen
        /// A preferred skill that is missing.
        case niceToHave = "nice-to-have"
    }

    public var skillID: String
    public var name: String
    public var kind: Kind
    public var importance: Requirement.Importance
    public var weight: Int
    public var current: Proficiency
    public var required: Proficiency
    /// What closing the gap adds to the score.
    public var gain: Double
}

/// The skills to learn, in an order that respects prerequisites, with hours and a project.
public struct LearningPlan: Sendable {
    public var steps: [PlanStep]
    public var totalHours: Double
    /// The score once every step is done.
    public var scoreAfter: Double
    /// One capstone project chosen to cover the most remaining gaps.
    public var project: ProjectSuggestion?
}

/// One skill of the plan.
public struct PlanStep: Sendable {
    public var order: Int
    public var skillID: String
    public var name: String
    public var stage: LearningStage
    /// The lexicon's concrete actions for the skill.
    public var actions: [LearningStep]
    public var hours: Double
    /// The gaps this step closes (its own skill when it is a gap).
    public var closes: [String]
    /// True when the step is there only as a prerequisite of a gap.
    public var isPrerequisite: Bool
    /// The score once this and every earlier step is done.
    public var scoreAfter: Double
}

/// A capstone project and the gaps it exercises.
public struct ProjectSuggestion: Sendable {
    public var project: CapstoneProject
    public var covers: [String]
}
