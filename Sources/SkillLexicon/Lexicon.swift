/// Skills, role profiles, capstone projects and job titles, validated and ready for matching.
public struct Lexicon: Sendable {
    /// Skills in the order their files define them.
    public let skills: [Skill]
    public let roles: [RoleProfile]
    public let projects: [CapstoneProject]
    /// Job titles and the role families they stand for.
    public let titles: TitleVocabulary
    private let skillIndex: [String: Int]
    private let roleIndex: [String: Int]

    public init(
        skills: [Skill], roles: [RoleProfile], projects: [CapstoneProject],
        titles: TitleVocabulary = TitleVocabulary()
    ) {
        self.skills = skills
        self.roles = roles
        self.projects = projects
        self.titles = titles
        skillIndex = Dictionary(skills.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { $1 })
        roleIndex = Dictionary(roles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { $1 })
    }

    public func skill(_ id: String) -> Skill? {
        skillIndex[id].map { skills[$0] }
    }

    public func role(_ id: String) -> RoleProfile? {
        roleIndex[id].map { roles[$0] }
    }

    /// Skills whose id, name or an alias contains `term`, ignoring case; exact matches first.
    public func searchSkills(_ term: String) -> [Skill] {
        let needle = term.lowercased()
        func forms(_ skill: Skill) -> [String] {
            ([skill.id, skill.name] + skill.aliases + skill.ambiguous.map(\.form)).map {
                $0.lowercased()
            }
        }
        let hits = skills.filter { skill in forms(skill).contains { $0.contains(needle) } }
        return hits.sorted { lhs, rhs in
            let lhsExact = forms(lhs).contains(needle)
            let rhsExact = forms(rhs).contains(needle)
            if lhsExact != rhsExact { return lhsExact }
            return lhs.id < rhs.id
        }
    }
}
