import SkillLexicon

/// What a person's dated roles say about their skills, as a recruiter reads it: years in a role
/// whose family uses a skill count for that skill when the resume names it anywhere, and the
/// core skills of a family held for a year or more are implied even when never named.
struct CareerCredit: Sendable {
    /// The skill ids that each role family's profiles require or prefer.
    private let uses: [String: Set<String>]
    /// Each family's core skills: required, weight 4 or more, named alone or in an `all_of`.
    private let core: [String: [String]]

    /// The least a family must have been held for its core skills to be implied.
    static let minimumMonthsForUnstated = 12.0

    init(lexicon: Lexicon) {
        var uses: [String: Set<String>] = [:]
        var core: [String: [String]] = [:]
        for role in lexicon.roles {
            for requirement in role.requirements {
                uses[role.family, default: []].formUnion(requirement.target.skillIDs)
                guard requirement.importance == .required, requirement.weight >= 4 else { continue }
                switch requirement.target {
                case .skill, .allOf:
                    for id in requirement.target.skillIDs
                    where !(core[role.family]?.contains(id) ?? false) {
                        core[role.family, default: []].append(id)
                    }
                case .anyOf:
                    // One of several: which one the person used cannot be told.
                    break
                }
            }
        }
        // A skill only some levels of a family need is core only when every level needs it.
        for family in core.keys {
            let levels = lexicon.roles.filter { $0.family == family }
            core[family] = core[family]?.filter { id in
                levels.allSatisfy { role in
                    role.requirements.contains {
                        $0.importance == .required && $0.target.skillIDs.contains(id)
                    }
                }
            }
        }
        self.uses = uses
        self.core = core
    }

    /// The weighted years of the roles whose family uses `skillID`, and the longest of them.
    func years(of skillID: String, in history: CareerHistory) -> (years: Double, role: CareerRole)?
    {
        let roles = history.roles.filter {
            $0.months > 0 && uses[$0.family]?.contains(skillID) == true
        }
        guard let longest = roles.max(by: { $0.months < $1.months }) else { return nil }
        let months = CareerHistory.weightedMonths(of: roles.map { ($0.range, $0.weight) })
        return ((months / 12 * 10).rounded() / 10, longest)
    }

    /// Each family held for a year or more, with its weighted years, its longest role and its
    /// core skills.
    func heldFamilies(in history: CareerHistory) -> [(
        years: Double, role: CareerRole, core: [String]
    )] {
        var result: [(years: Double, role: CareerRole, core: [String])] = []
        var seen: Set<String> = []
        for role in history.roles where !seen.contains(role.family) {
            seen.insert(role.family)
            guard let skills = core[role.family], !skills.isEmpty else { continue }
            let held = history.roles.filter { $0.family == role.family && $0.months > 0 }
            let months = CareerHistory.weightedMonths(of: held.map { ($0.range, $0.weight) })
            guard months >= Self.minimumMonthsForUnstated,
                let longest = held.max(by: { $0.months < $1.months })
            else { continue }
            result.append(((months / 12 * 10).rounded() / 10, longest, skills))
        }
        return result
    }

    /// "5.3 years as Senior Data Scientist".
    static func asRole(_ years: Double, _ role: CareerRole) -> String {
        let number = years == years.rounded() ? String(Int(years)) : "\(years)"
        let title = role.title.isEmpty ? role.familyName : role.title
        return "\(number) \(years == 1 ? "year" : "years") as \(title)"
    }
}
