import SkillLexicon

/// What a person's dated roles say about their skills, as a recruiter reads it: years in a role
/// whose family uses a skill count for that skill when the resume names it anywhere, and the
/// core skills of a family held for a year or more are implied even when never named.
struct CareerCredit: Sendable {
    /// The skill ids that each role family's profiles require or prefer.
    let uses: [String: Set<String>]
    /// Each family's core skills: required at weight 4 or more, alone or in an `all_of`, by one
    /// of its profiles, and required (at any weight) by every one of them.
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

    /// The weighted years of the roles whose family uses `skillID`, and what to call them.
    func years(of skillID: String, in history: CareerHistory) -> (years: Double, role: String)? {
        let roles = history.roles.filter {
            $0.months > 0 && uses[$0.family]?.contains(skillID) == true
        }
        guard !roles.isEmpty else { return nil }
        let months = CareerHistory.weightedMonths(of: roles.map { ($0.range, $0.weight) })
        return (CareerHistory.years(months: months), Self.name(of: roles))
    }

    /// ``years(of:in:)`` for every skill of one resume: the answer depends only on which of
    /// the resume's role families use the skill, so it is worked out once per such set.
    struct Reader {
        let credit: CareerCredit
        let history: CareerHistory
        /// The skills each family of the resume's dated roles uses.
        private let families: [Set<String>]
        private var known: [UInt64: (years: Double, basis: String)?] = [:]

        init(_ credit: CareerCredit, history: CareerHistory) {
            self.credit = credit
            self.history = history
            var names: [String] = []
            for role in history.roles where role.months > 0 && !names.contains(role.family) {
                names.append(role.family)
            }
            families = names.map { credit.uses[$0] ?? [] }.filter { !$0.isEmpty }
        }

        /// The years and their reason ("6.9 years as Data Scientist").
        mutating func years(of skillID: String) -> (years: Double, basis: String)? {
            guard !families.isEmpty else { return nil }
            guard families.count <= 64 else {
                return credit.years(of: skillID, in: history).map {
                    ($0.years, CareerCredit.asRole($0.years, $0.role))
                }
            }
            var mask: UInt64 = 0
            for (index, uses) in families.enumerated() where uses.contains(skillID) {
                mask |= 1 << UInt64(index)
            }
            guard mask != 0 else { return nil }
            if let answer = known[mask] { return answer }
            let answer = credit.years(of: skillID, in: history).map {
                ($0.years, CareerCredit.asRole($0.years, $0.role))
            }
            known[mask] = answer
            return answer
        }
    }

    /// A family held for a year or more: its weighted years, what to call it, its core skills.
    struct HeldFamily {
        var years: Double
        var role: String
        var core: [String]
    }

    /// Each family held for a year or more, in the order the resume first names it.
    func heldFamilies(in history: CareerHistory) -> [HeldFamily] {
        var result: [HeldFamily] = []
        var seen: Set<String> = []
        for role in history.roles where !seen.contains(role.family) {
            seen.insert(role.family)
            guard let skills = core[role.family], !skills.isEmpty else { continue }
            let held = history.roles.filter { $0.family == role.family && $0.months > 0 }
            let months = CareerHistory.weightedMonths(of: held.map { ($0.range, $0.weight) })
            guard months >= Self.minimumMonthsForUnstated, !held.isEmpty else { continue }
            result.append(
                HeldFamily(
                    years: CareerHistory.years(months: months), role: Self.name(of: held),
                    core: skills))
        }
        return result
    }

    /// The title of a single role ("Senior Data Scientist"), else the names of the roles'
    /// families ("Data Scientist", "Data Scientist and Data Analyst").
    private static func name(of roles: [CareerRole]) -> String {
        if roles.count == 1, let role = roles.first {
            return role.title.isEmpty ? role.familyName : role.title
        }
        var names: [String] = []
        for role in roles where !names.contains(role.familyName) { names.append(role.familyName) }
        return names.joined(separator: " and ")
    }

    /// "5.3 years as Senior Data Scientist".
    static func asRole(_ years: Double, _ role: String) -> String {
        "\(CareerHistory.text(years)) \(years == 1 ? "year" : "years") as \(role)"
    }
}
