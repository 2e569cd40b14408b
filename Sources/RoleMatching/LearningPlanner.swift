import SkillExtraction
import SkillLexicon

/// Orders what to learn: the gaps plus their unmet prerequisites, prerequisites first, ties
/// broken by stage (foundation first), then the role's weight, then hours.
struct LearningPlanner {
    let lexicon: Lexicon

    func plan(
        for gaps: [Gap], role: RoleProfile, profile: SkillProfile, found: [String: FoundSkill],
        score: Double
    ) -> LearningPlan {
        let gapIDs = Set(gaps.map(\.skillID))
        // The plan: every gap, and every prerequisite (transitively) the resume does not show.
        var members = Set<String>()
        var queue = gaps.map(\.skillID)
        while let id = queue.popLast() {
            guard members.insert(id).inserted else { continue }
            for prerequisite in lexicon.skill(id)?.prerequisites ?? []
            where found[prerequisite] == nil && !members.contains(prerequisite) {
                queue.append(prerequisite)
            }
        }
        let weights = Dictionary(gaps.map { ($0.skillID, $0.weight) }, uniquingKeysWith: max)
        let gains = Dictionary(gaps.map { ($0.skillID, $0.gain) }, uniquingKeysWith: +)
        let ordered = topologicalOrder(members, weights: weights)

        var steps: [PlanStep] = []
        var running = score
        for id in ordered {
            guard let skill = lexicon.skill(id) else { continue }
            let isGap = gapIDs.contains(id)
            running += gains[id] ?? 0
            steps.append(
                PlanStep(
                    order: steps.count + 1, skillID: id, name: skill.name, stage: skill.stage,
                    actions: skill.learning, hours: skill.learning.reduce(0) { $0 + $1.hours },
                    closes: isGap ? [id] : [], isPrerequisite: !isGap,
                    scoreAfter: min(100, RoleMatcher.rounded(running))))
        }
        let hours = steps.reduce(0) { $0 + $1.hours }
        return LearningPlan(
            steps: steps, totalHours: hours,
            scoreAfter: min(100, RoleMatcher.rounded(score + gaps.reduce(0) { $0 + $1.gain })),
            project: project(for: gapIDs))
    }

    /// Kahn's algorithm over the prerequisites inside the plan; among the skills ready at each
    /// point, foundation stage first, then the heavier role weight, then the fewer hours.
    private func topologicalOrder(_ members: Set<String>, weights: [String: Int]) -> [String] {
        var remaining: [String: Int] = [:]
        var dependants: [String: [String]] = [:]
        for id in members {
            let inside = (lexicon.skill(id)?.prerequisites ?? []).filter(members.contains)
            remaining[id] = inside.count
            for prerequisite in inside { dependants[prerequisite, default: []].append(id) }
        }
        // The sort keys, looked up once: stage, the role's weight (heavier first), hours.
        var keys: [String: (LearningStage, Int, Double)] = [:]
        for id in members {
            let skill = lexicon.skill(id)
            keys[id] = (
                skill?.stage ?? .specialist, -(weights[id] ?? 0),
                skill?.learning.reduce(0) { $0 + $1.hours } ?? 0
            )
        }
        func precedes(_ lhs: String, _ rhs: String) -> Bool {
            let left = keys[lhs] ?? (.specialist, 0, 0)
            let right = keys[rhs] ?? (.specialist, 0, 0)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            if left.2 != right.2 { return left.2 < right.2 }
            return lhs < rhs
        }
        var ready = members.filter { remaining[$0] == 0 }
        var order: [String] = []
        while let next = ready.min(by: precedes) {
            ready.remove(next)
            order.append(next)
            for dependant in dependants[next] ?? [] {
                remaining[dependant, default: 0] -= 1
                if remaining[dependant] == 0 { ready.insert(dependant) }
            }
        }
        return order
    }

    /// The project that exercises the most gaps, then the fewest hours.
    private func project(for gapIDs: Set<String>) -> ProjectSuggestion? {
        let scored = lexicon.projects.map { project in
            (project, project.skills.filter(gapIDs.contains))
        }.filter { !$0.1.isEmpty }
        guard
            let best = scored.min(by: { lhs, rhs in
                if lhs.1.count != rhs.1.count { return lhs.1.count > rhs.1.count }
                if lhs.0.hours != rhs.0.hours { return lhs.0.hours < rhs.0.hours }
                return lhs.0.id < rhs.0.id
            })
        else { return nil }
        return ProjectSuggestion(project: best.0, covers: best.1)
    }
}
