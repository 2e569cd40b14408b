import Foundation
import SkillExtraction
import SkillLexicon

/// Which role a person fits, as a recruiter would say it: the families they have held, for how
/// long and how recently, with the skill score; one profile per family, at the level that fits.
///
/// Each family's key is the mean of its role's score and its *distinctive* score (the same
/// weighted mean over requirements, each weighted again by how few families ask for its skills,
/// so Python and SQL, which every data role asks for, separate families least), plus up to
/// ``careerBonus`` points for the years held in the family (full at ``yearsForFullCredit``,
/// roles that ended more than ``recentMonths`` ago at half; a research post whose title names no
/// profiled family counts half towards the research family), ``currentBonus`` when the latest
/// job is in the family and ``headlineBonus`` when the resume's headline names it. The score of
/// each role stays the explainable weighted mean; only the order uses the key.
extension RoleMatcher {
    /// The most the years held in a family add to its key.
    public static let careerBonus = 30.0
    /// What the family of the latest job (not an internship or a student post) adds.
    public static let currentBonus = 15.0
    /// What the family the resume's headline names adds.
    public static let headlineBonus = 15.0
    /// What the family the field of the highest degree names adds ("B.Sc. in Data Science"),
    /// for a person who has held no job in a profiled family: a graduate is filed by their
    /// degree.
    public static let degreeBonus = 10.0
    /// Years in a family that earn the whole bonus.
    public static let yearsForFullCredit = 3.0
    /// Roles that ended within this many months of today count in full; older ones at half.
    public static let recentMonths = 36

    /// The level that fits: the years (junior under 4, mid 4 to 7, senior 8 and more), moved by
    /// the seniority of the latest title. A senior, staff, principal, lead, head, manager or
    /// director title with 5 or more years is senior, with 2 or more at least mid; an intern,
    /// trainee or junior title is one level lower than the years alone. When most of a career
    /// was spent in work outside the profiled families (retail, sales: a career changer), only
    /// the years of the other roles count, and a seniority word in a title of that other work
    /// ("Senior Sales Associate") moves nothing.
    public static func levelFit(_ profile: SkillProfile) -> RoleLevel {
        let total = profile.experienceYears
        let history = profile.history
        let relevant = CareerHistory(
            roles: history.roles.filter { $0.family != TitleClass.otherFamily }, asOf: history.asOf
        ).years
        let changer = relevant < total / 2
        let years = changer ? relevant : total
        let byYears = levelFit(years: years)
        guard let latest = latestRole(in: history, jobsOnly: false),
            !(changer && latest.family == TitleClass.otherFamily),
            let seniority = latest.seniority.flatMap(Seniority.init(rawValue:))
        else { return byYears }
        switch seniority {
        case .intern, .trainee, .junior:
            return byYears == .senior ? .mid : .junior
        case .senior, .staff, .principal, .lead, .head, .manager, .director:
            // The title speaks for the whole career in its field.
            if total >= 5 { return .senior }
            return total >= 2 && byYears == .junior ? .mid : byYears
        case .associate, .mid:
            return byYears
        }
    }

    /// The latest role (of the jobs only, without internships and student posts, when asked):
    /// the one that ends last, an end after today counting as today; of those, the one that
    /// started last.
    static func latestRole(in history: CareerHistory, jobsOnly: Bool) -> CareerRole? {
        history.roles.filter { $0.months > 0 && (!jobsOnly || $0.weight >= 1) }.max { lhs, rhs in
            let (left, right) = (min(lhs.end, history.asOf), min(rhs.end, history.asOf))
            return left != right ? left < right : lhs.start < rhs.start
        }
    }

    /// One match per role family, at the level that fits, best fit first, each with the line
    /// that says why; the `top` first are matched in full.
    public func rankFits(_ profile: SkillProfile, top: Int) -> [RoleMatch] {
        let found = Dictionary(
            profile.skills.map { ($0.skill.id, $0) }, uniquingKeysWith: { first, _ in first })
        let level = Self.levelFit(profile)
        let rarity = families.rarity
        let profiledFamilies = families.profiled
        let researchFamily = families.research
        let asOf = profile.history.asOf
        let heldJob = profile.history.roles.contains {
            $0.months > 0 && $0.weight >= 1 && profiledFamilies.contains($0.family)
        }
        let studiedFamily = heldJob ? nil : degreeFamily(profile, profiled: profiledFamilies)
        let latestJob = Self.latestRole(in: profile.history, jobsOnly: true)
        struct Candidate {
            var role: RoleProfile
            var score: Double
            var distinctive: Double
            var years: Double
            var held: CareerRole?
            var key: Double
        }
        var candidates: [Candidate] = []
        for family in families.ordered {
            guard let role = role(family: family, level: level) else { continue }
            let score = self.score(of: found, against: role, rarity: nil)
            let distinctive = self.score(of: found, against: role, rarity: rarity)
            let held = profile.history.roles.filter { $0.family == family && $0.months > 0 }
            // Months held, overlaps once; a role that ended long ago at half.
            let spans: [(DateRange, Double)] = held.map { role in
                let recent = asOf.index - role.end.index <= Self.recentMonths
                return (role.range, role.weight * (recent ? 1 : 0.5))
            }
            var years = CareerHistory.weightedMonths(of: spans) / 12
            // A research post whose title names no profiled family ("Quant Researcher",
            // "Research Assistant") is half a year of research for each year held.
            if family == researchFamily {
                let posts = profile.history.roles.filter {
                    $0.kind == .research && $0.months > 0 && !profiledFamilies.contains($0.family)
                }
                years += CareerHistory(roles: posts, asOf: asOf).years / 2
            }
            var bonus = Self.careerBonus * min(1, years / Self.yearsForFullCredit)
            if latestJob?.family == family { bonus += Self.currentBonus }
            if profile.headline?.family == family { bonus += Self.headlineBonus }
            if studiedFamily == family { bonus += Self.degreeBonus }
            candidates.append(
                Candidate(
                    role: role, score: score, distinctive: distinctive, years: years,
                    held: held.max { $0.months < $1.months }, key: (score + distinctive) / 2 + bonus
                ))
        }
        candidates.sort { lhs, rhs in
            if abs(lhs.key - rhs.key) > 1e-9 { return lhs.key > rhs.key }
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return lhs.role.id < rhs.role.id
        }
        return candidates.prefix(top).map { candidate in
            var result = match(profile, against: candidate.role)
            let score = CareerHistory.text(result.score)
            if let held = candidate.held, candidate.years > 0 {
                let years = CareerHistory(
                    roles: profile.history.roles.filter { $0.family == held.family },
                    asOf: profile.history.asOf
                ).years
                result.fitReason =
                    "\(CareerHistory.text(years)) years as "
                    + "\(held.familyName.isEmpty ? held.title : held.familyName) and a score of \(score)"
            } else if candidate.years > 0 {
                // Research posts of no profiled family: their years, not halved.
                let research = CareerHistory(
                    roles: profile.history.roles.filter {
                        $0.kind == .research && !profiledFamilies.contains($0.family)
                    }, asOf: profile.history.asOf
                ).years
                result.fitReason =
                    "\(CareerHistory.text(research)) years of research posts and a score of \(score)"
            } else {
                result.fitReason =
                    "a score of \(score), \(CareerHistory.text(Self.rounded(candidate.distinctive))) on "
                    + "the requirements that set this role apart"
            }
            if studiedFamily == candidate.role.family,
                let field = profile.highestDegree?.field
            {
                result.fitReason = (result.fitReason ?? "") + "; you studied \(field)"
            }
            if let headline = profile.headline, headline.family == candidate.role.family {
                result.fitReason =
                    (result.fitReason ?? "") + "; your headline says "
                    + headline.familyName
            }
            return result
        }
    }

    /// The profiled family whose field (in the title vocabulary) the highest degree's field
    /// names: "Data Science" is a data scientist's, "Machine Learning" an ML engineer's.
    func degreeFamily(_ profile: SkillProfile, profiled: Set<String>) -> String? {
        guard let field = profile.highestDegree?.field else { return nil }
        let words = TitleVocabulary.words(of: field)
        for family in lexicon.titles.families where profiled.contains(family.family) {
            for phrase in family.fields {
                let needle = TitleVocabulary.words(of: phrase)
                guard !needle.isEmpty, needle.count <= words.count else { continue }
                for start in 0...(words.count - needle.count)
                where Array(words[start..<(start + needle.count)]) == needle {
                    return family.family
                }
            }
        }
        return nil
    }

    /// The role families, in the order the lexicon first names them, and what ranking them
    /// needs: how much each skill sets a family apart (the log of the number of families over
    /// the number whose profiles name it; 0 for a skill every family asks for), and the family
    /// research posts in a profiled field belong to (the title vocabulary's `research`), when
    /// there is exactly one.
    struct Families: Sendable {
        var ordered: [String] = []
        var profiled: Set<String> = []
        var rarity: [String: Double] = [:]
        var research: String?

        init(lexicon: Lexicon) {
            var familiesOf: [String: Set<String>] = [:]
            for role in lexicon.roles {
                if profiled.insert(role.family).inserted { ordered.append(role.family) }
                for requirement in role.requirements {
                    for id in requirement.target.skillIDs {
                        familiesOf[id, default: []].insert(role.family)
                    }
                }
            }
            let total = Double(max(profiled.count, 1))
            rarity = familiesOf.mapValues { log(total / Double(max($0.count, 1))) }
            let research = Set(lexicon.titles.families.compactMap(\.research))
            self.research = research.count == 1 ? research.first : nil
        }
    }
}
