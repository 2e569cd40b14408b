import SkillExtraction
import SkillLexicon

/// Compares a skill profile with role profiles: an explainable score, checks, gaps and a plan.
///
/// Scoring: each requirement earns a credit from 0 to 1 and the score is the weighted mean of
/// the credits, times 100. A skill found at or above the minimum proficiency earns 1; below it,
/// its proficiency over the minimum; an implied skill earns half of that. `any_of` takes the
/// mean of its best `min` skills, `all_of` the mean of all of them.
public struct RoleMatcher: Sendable {
    public let lexicon: Lexicon
    /// The share of credit an implied skill earns.
    public static let impliedCredit = 0.5

    /// What ranking best fits needs to know of the role families, worked out once.
    let families: Families

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        families = Families(lexicon: lexicon)
    }

    /// The match of `profile` against `role`.
    public func match(_ profile: SkillProfile, against role: RoleProfile) -> RoleMatch {
        let found = Dictionary(
            profile.skills.map { ($0.skill.id, $0) }, uniquingKeysWith: { first, _ in first })
        let totalWeight = Double(role.requirements.reduce(0) { $0 + $1.weight })
        var results: [RequirementResult] = []
        var gaps: [Gap] = []
        for requirement in role.requirements {
            let maximum = totalWeight > 0 ? 100 * Double(requirement.weight) / totalWeight : 0
            let (result, requirementGaps) = evaluate(
                requirement, found: found, maximumPoints: maximum)
            results.append(result)
            gaps += requirementGaps
        }
        gaps = Self.merged(gaps).sorted { lhs, rhs in
            if abs(lhs.gain - rhs.gain) > 1e-9 { return lhs.gain > rhs.gain }
            if lhs.kind != rhs.kind { return Self.rank(lhs.kind) < Self.rank(rhs.kind) }
            return lhs.name < rhs.name
        }
        let score = results.reduce(0) { $0 + $1.points }
        let planner = LearningPlanner(lexicon: lexicon)
        let plan = planner.plan(for: gaps, role: role, profile: profile, found: found, score: score)
        return RoleMatch(
            role: role, score: Self.rounded(score), requirements: results,
            education: ProfileChecks.education(profile, role: role),
            experience: ProfileChecks.experience(profile, role: role), gaps: gaps, plan: plan)
    }

    /// Every role, best match first.
    public func rank(_ profile: SkillProfile, roles: [RoleProfile]) -> [RoleMatch] {
        rank(profile, roles: roles, top: roles.count)
    }

    /// The `top` best roles, best first: every role is scored, and only those shown get their
    /// gaps and plan worked out.
    public func rank(_ profile: SkillProfile, roles: [RoleProfile], top: Int) -> [RoleMatch] {
        let found = Dictionary(
            profile.skills.map { ($0.skill.id, $0) }, uniquingKeysWith: { first, _ in first })
        let scored = roles.map { role in (role, score(of: found, against: role)) }.sorted {
            lhs, rhs in
            if lhs.1 != rhs.1 { return lhs.1 > rhs.1 }
            return lhs.0.id < rhs.0.id
        }
        return scored.prefix(top).map { match(profile, against: $0.0) }
    }

    /// The score alone, for ranking; with `rarity`, each requirement's weight is multiplied by
    /// the mean rarity of its skills (the distinctive score).
    func score(
        of found: [String: FoundSkill], against role: RoleProfile, rarity: [String: Double]? = nil
    ) -> Double {
        func weight(_ requirement: Requirement) -> Double {
            guard let rarity else { return Double(requirement.weight) }
            let ids = requirement.target.skillIDs
            let mean = ids.reduce(0.0) { $0 + (rarity[$1] ?? 0) } / Double(max(ids.count, 1))
            return Double(requirement.weight) * mean
        }
        let totalWeight = role.requirements.reduce(0.0) { $0 + weight($1) }
        guard totalWeight > 0 else { return 0 }
        var points = 0.0
        for requirement in role.requirements {
            let credits = requirement.target.skillIDs.map {
                Self.credit(of: found[$0], minimum: requirement.proficiency)
            }
            let credit: Double
            switch requirement.target {
            case .skill: credit = credits[0]
            case .anyOf(_, let minimum):
                credit = credits.sorted(by: >).prefix(minimum).reduce(0, +) / Double(minimum)
            case .allOf: credit = credits.reduce(0, +) / Double(max(credits.count, 1))
            }
            points += 100 * weight(requirement) / totalWeight * credit
        }
        return Self.rounded(points)
    }

    /// The credit one skill earns towards a minimum proficiency.
    static func credit(of skill: FoundSkill?, minimum: Proficiency) -> Double {
        guard let skill else { return 0 }
        let ratio = min(1, Double(skill.proficiency.rawValue) / Double(max(minimum.rawValue, 1)))
        return skill.implied ? ratio * impliedCredit : ratio
    }

    private func evaluate(
        _ requirement: Requirement, found: [String: FoundSkill], maximumPoints: Double
    ) -> (RequirementResult, [Gap]) {
        let ids = requirement.target.skillIDs
        let credits = ids.map { id -> Credit in
            let skill = found[id]
            return Credit(
                skillID: id, name: lexicon.skill(id)?.name ?? id,
                proficiency: skill?.proficiency ?? .none,
                implied: skill?.implied ?? false, evidence: skill?.strongestEvidence,
                credit: Self.credit(of: skill, minimum: requirement.proficiency))
        }
        let credit: Double
        var counted: [Credit]
        var gapCandidates: [(Credit, Double)] = []
        switch requirement.target {
        case .skill:
            credit = credits[0].credit
            counted = credits[0].credit > 0 ? credits : []
            if credit < 1 { gapCandidates = [(credits[0], 1 - credit)] }
        case .anyOf(_, let minimum):
            let best = credits.enumerated().sorted { lhs, rhs in
                lhs.element.credit != rhs.element.credit
                    ? lhs.element.credit > rhs.element.credit : lhs.offset < rhs.offset
            }.map(\.element)
            let top = Array(best.prefix(minimum))
            credit = top.reduce(0) { $0 + $1.credit } / Double(minimum)
            counted = top.filter { $0.credit > 0 }
            // Each of the best slots that falls short is a gap. Equal credits keep the role's
            // order, so an empty slot names the role's first choice not yet counted.
            for slot in top where slot.credit < 1 {
                gapCandidates.append((slot, (1 - slot.credit) / Double(minimum)))
            }
        case .allOf:
            credit = credits.reduce(0) { $0 + $1.credit } / Double(max(credits.count, 1))
            counted = credits.filter { $0.credit > 0 }
            gapCandidates = credits.filter { $0.credit < 1 }.map {
                ($0, (1 - $0.credit) / Double(credits.count))
            }
        }
        counted.sort { $0.credit > $1.credit }
        let status: RequirementResult.Status =
            credit >= 0.999 ? .met : (credit > 0 ? .partial : .missing)
        let gaps = gapCandidates.map { candidate, share -> Gap in
            // A skill the resume implies (by another skill, or by a role held) is there to
            // strengthen and show, never a critical gap.
            let present = candidate.credit > 0
            let kind: Gap.Kind =
                present
                ? .strengthen : (requirement.importance == .required ? .critical : .niceToHave)
            return Gap(
                skillID: candidate.skillID, name: candidate.name, kind: kind,
                importance: requirement.importance, weight: requirement.weight,
                current: present ? candidate.proficiency : .none,
                required: max(requirement.proficiency, .awareness),
                gain: Self.rounded(share * maximumPoints))
        }
        let result = RequirementResult(
            requirement: requirement, found: counted, credit: credit,
            points: credit * maximumPoints,
            maximumPoints: maximumPoints, status: status)
        return (result, gaps)
    }

    /// One gap per skill: a skill named by two requirements adds both gains.
    private static func merged(_ gaps: [Gap]) -> [Gap] {
        var order: [String] = []
        var byID: [String: Gap] = [:]
        for gap in gaps {
            if var existing = byID[gap.skillID] {
                existing.gain = rounded(existing.gain + gap.gain)
                if rank(gap.kind) < rank(existing.kind) { existing.kind = gap.kind }
                existing.weight = max(existing.weight, gap.weight)
                existing.required = max(existing.required, gap.required)
                if gap.importance == .required { existing.importance = .required }
                byID[gap.skillID] = existing
            } else {
                order.append(gap.skillID)
                byID[gap.skillID] = gap
            }
        }
        return order.compactMap { byID[$0] }
    }

    static func rank(_ kind: Gap.Kind) -> Int {
        switch kind {
        case .critical: return 0
        case .strengthen: return 1
        case .niceToHave: return 2
        }
    }

    static func rounded(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }
}
