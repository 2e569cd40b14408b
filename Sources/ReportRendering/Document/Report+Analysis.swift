import PortfolioScanning
import RoleMatching
import SkillExtraction
import SkillLexicon

extension Report {
    /// One resume's report: the candidate, a ranking when several roles were matched, the best
    /// match in full, the roles it leads to, and the portfolios scanned.
    public static func analysis(
        profile: SkillProfile, matches: [RoleMatch], nextRoles: [RoleMatch], lexicon: Lexicon,
        portfolios: [Portfolio] = []
    ) -> Report {
        var blocks: [Block] = [.facts(candidate(profile))]
        if let career = career(profile.history) { blocks.append(career) }
        if let unstated = unstated(profile) { blocks.append(unstated) }
        if matches.count > 1 { blocks.append(bestFits(matches)) }
        if let best = matches.first { blocks.append(match(best, lexicon: lexicon)) }
        if !nextRoles.isEmpty { blocks.append(self.nextRoles(nextRoles)) }
        blocks += portfolios.map(portfolio)
        return Report(title: title("SkillGap report", of: profile.document), blocks: blocks)
    }

    static func candidate(_ profile: SkillProfile) -> [Fact] {
        let level = RoleMatcher.levelFit(profile).rawValue
        let direct = profile.skills.filter { !$0.implied }.count
        return [
            Fact(
                "Experience", experience(profile.experienceYears) + " (level fit: \(level))"),
            Fact("Education", profile.highestDegree.map(education) ?? "no degree found"),
            Fact("Skills", "\(direct) found, \(profile.skills.count - direct) implied by them"),
        ]
    }

    static func bestFits(_ matches: [RoleMatch]) -> Block {
        let rows = matches.enumerated().map { rank, match in
            [
                Cell(String(rank + 1)), Cell(match.role.title), Cell(match.role.level.rawValue),
                scoreCell(match.score, meter: true),
            ]
        }
        let columns = [
            Column("Rank", .trailing), Column("Role"), Column("Level"), Column("Score", .trailing),
        ]
        let reasons = matches.enumerated().compactMap { rank, match in
            match.fitReason.map { Item(lead: "\(rank + 1).", "\(match.role.title): \($0)") }
        }
        return .section(
            "Best fits", [.table(columns, rows)] + (reasons.isEmpty ? [] : [.bullets(reasons)]))
    }

    static func scoreCell(_ score: Double, meter: Bool) -> Cell {
        Cell(number(score), tone: tone(score: score), meter: meter ? score / 100 : nil)
    }

    static func nextRoles(_ roles: [RoleMatch]) -> Block {
        let rows = roles.map { next in
            [
                Cell("\(next.role.title) (\(next.role.level.rawValue))"),
                scoreCell(next.score, meter: false),
                Cell(next.gaps.prefix(4).map(\.name).joined(separator: ", ")),
            ]
        }
        let columns = [Column("Role"), Column("Score", .trailing), Column("Still needs")]
        return .section("Next roles along the career path", [.table(columns, rows)])
    }
}
