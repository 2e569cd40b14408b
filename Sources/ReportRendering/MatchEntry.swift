import RoleMatching
import SkillExtraction
import SkillLexicon

/// One role match in the JSON report.
public struct MatchEntry: Encodable, Sendable {
    public var role: RoleEntry
    public var score: Double
    /// Why the role ranks where it does among the best fits; absent outside a ranking.
    public var fitReason: String?
    public var education: CheckEntry
    public var experience: CheckEntry
    public var requirements: [RequirementEntry]
    public var gaps: [GapEntry]
    public var learningPlan: PlanEntry
    /// The roles this one leads to, with what each would still need (best match only).
    public var nextRoles: [NextRoleEntry]?

    public struct RoleEntry: Encodable, Sendable {
        public var id: String
        public var title: String
        public var level: String
        public var family: String
    }

    public struct CheckEntry: Encodable, Sendable {
        public var status: String
        public var reason: String
    }

    public struct RequirementEntry: Encodable, Sendable {
        /// "skill", "any_of" or "all_of".
        public var kind: String
        public var skills: [String]
        public var minimum: Int?
        public var importance: String
        public var weight: Int
        public var proficiency: Int
        public var status: String
        /// 0 to 1.
        public var credit: Double
        public var points: Double
        public var maximumPoints: Double
        public var found: [FoundEntry]
    }

    public struct FoundEntry: Encodable, Sendable {
        public var skill: String
        public var name: String
        public var proficiency: Int
        public var implied: Bool
        public var credit: Double
        public var line: Int?
        public var text: String?
    }

    public struct GapEntry: Encodable, Sendable {
        public var skill: String
        public var name: String
        public var importance: String
        public var kind: String
        public var weight: Int
        public var current: Int
        public var required: Int
        public var gain: Double
    }

    public struct PlanEntry: Encodable, Sendable {
        public var totalHours: Double
        public var scoreAfter: Double
        public var steps: [StepEntry]
        public var project: ProjectEntry?
    }

    public struct StepEntry: Encodable, Sendable {
        public var order: Int
        public var skill: String
        public var title: String
        public var stage: String
        public var hours: Double
        public var closes: [String]
        public var prerequisiteOnly: Bool
        public var scoreAfter: Double
        public var actions: [ActionEntry]
    }

    public struct ActionEntry: Encodable, Sendable {
        public var title: String
        public var hours: Double
        public var result: String
        public var resource: String?
        public var url: String?
    }

    public struct ProjectEntry: Encodable, Sendable {
        public var id: String
        public var title: String
        public var summary: String
        public var hours: Double
        public var result: String
        public var skills: [String]
        public var covers: [String]
    }

    public struct NextRoleEntry: Encodable, Sendable {
        public var role: RoleEntry
        public var score: Double
        public var gaps: [GapEntry]
    }

    public init(_ match: RoleMatch, nextRoles: [RoleMatch] = []) {
        role = RoleEntry(match.role)
        score = match.score
        fitReason = match.fitReason
        education = CheckEntry(
            status: match.education.status.rawValue, reason: match.education.reason)
        experience = CheckEntry(
            status: match.experience.status.rawValue, reason: match.experience.reason)
        requirements = match.requirements.map(RequirementEntry.init)
        gaps = match.gaps.map(GapEntry.init)
        learningPlan = PlanEntry(match.plan)
        self.nextRoles =
            nextRoles.isEmpty
            ? nil
            : nextRoles.map {
                NextRoleEntry(
                    role: RoleEntry($0.role), score: $0.score,
                    gaps: $0.gaps.prefix(5).map(GapEntry.init))
            }
    }
}

extension MatchEntry.RoleEntry {
    init(_ role: RoleProfile) {
        self.init(id: role.id, title: role.title, level: role.level.rawValue, family: role.family)
    }
}

extension MatchEntry.RequirementEntry {
    init(_ result: RequirementResult) {
        let requirement = result.requirement
        var kind = "skill"
        var minimum: Int?
        switch requirement.target {
        case .skill: kind = "skill"
        case .anyOf(_, let count):
            kind = "any_of"
            minimum = count
        case .allOf: kind = "all_of"
        }
        self.init(
            kind: kind, skills: requirement.target.skillIDs, minimum: minimum,
            importance: requirement.importance.rawValue, weight: requirement.weight,
            proficiency: requirement.proficiency.rawValue, status: result.status.rawValue,
            credit: (result.credit * 100).rounded() / 100,
            points: (result.points * 10).rounded() / 10,
            maximumPoints: (result.maximumPoints * 10).rounded() / 10,
            found: result.found.map {
                MatchEntry.FoundEntry(
                    skill: $0.skillID, name: $0.name, proficiency: $0.proficiency.rawValue,
                    implied: $0.implied,
                    credit: ($0.credit * 100).rounded() / 100, line: $0.evidence?.line,
                    text: $0.evidence?.text)
            })
    }
}

extension MatchEntry.GapEntry {
    init(_ gap: Gap) {
        self.init(
            skill: gap.skillID, name: gap.name, importance: gap.importance.rawValue,
            kind: gap.kind.rawValue,
            weight: gap.weight, current: gap.current.rawValue, required: gap.required.rawValue,
            gain: gap.gain)
    }
}

extension MatchEntry.PlanEntry {
    init(_ plan: LearningPlan) {
        self.init(
            totalHours: plan.totalHours, scoreAfter: plan.scoreAfter,
            steps: plan.steps.map { step in
                MatchEntry.StepEntry(
                    order: step.order, skill: step.skillID, title: step.name,
                    stage: step.stage.rawValue,
                    hours: step.hours, closes: step.closes, prerequisiteOnly: step.isPrerequisite,
                    scoreAfter: step.scoreAfter,
                    actions: step.actions.map {
                        MatchEntry.ActionEntry(
                            title: $0.title, hours: $0.hours, result: $0.result,
                            resource: $0.resourceName,
                            url: $0.resourceURL)
                    })
            },
            project: plan.project.map {
                MatchEntry.ProjectEntry(
                    id: $0.project.id, title: $0.project.title, summary: $0.project.summary,
                    hours: $0.project.hours, result: $0.project.result, skills: $0.project.skills,
                    covers: $0.covers)
            })
    }
}
