import SkillExtraction
import SkillLexicon

extension RoleMatcher {
    /// The level that fits a number of years, as the seed articles band them: junior 0-3,
    /// mid 4-7, senior 8 and more.
    public static func levelFit(years: Double) -> RoleLevel {
        years >= 8 ? .senior : (years >= 4 ? .mid : .junior)
    }

    /// The role of `family` at `level`, or the family's role closest to it.
    public func role(family: String, level: RoleLevel) -> RoleProfile? {
        let members = lexicon.roles.filter { $0.family == family }
        let order = RoleLevel.allCases
        return members.min { lhs, rhs in
            let left = abs(
                (order.firstIndex(of: lhs.level) ?? 0) - (order.firstIndex(of: level) ?? 0))
            let right = abs(
                (order.firstIndex(of: rhs.level) ?? 0) - (order.firstIndex(of: level) ?? 0))
            return left != right ? left < right : lhs.id < rhs.id
        }
    }

    /// The roles a match leads to along the career paths, each matched against the profile.
    public func nextRoles(after match: RoleMatch, profile: SkillProfile) -> [RoleMatch] {
        match.role.nextRoles.compactMap { lexicon.role($0) }.map {
            self.match(profile, against: $0)
        }
    }
}
