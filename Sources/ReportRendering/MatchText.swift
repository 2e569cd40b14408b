import Foundation
import PortfolioScanning
import RoleMatching
import SkillExtraction
import SkillLexicon

/// The terminal report: fits 80 columns, colours only when asked to.
public struct MatchText {
    public var colour: Bool
    public var width = 80

    public init(colour: Bool) {
        self.colour = colour
    }

    /// The whole report: the profile, a ranking when several roles were matched, the best match
    /// in full, and the roles it leads to.
    public func render(
        profile: SkillProfile, matches: [RoleMatch], nextRoles: [RoleMatch], lexicon: Lexicon,
        portfolios: [Portfolio] = []
    ) -> String {
        var out = header(profile, lexicon: lexicon)
        if matches.count > 1 {
            out += "\n" + bold("Best fits") + "\n"
            for (rank, match) in matches.enumerated() {
                let name = TextLayout.clip(
                    "\(rank + 1). \(match.role.title) (\(match.role.level.rawValue))", 44)
                out +=
                    "  " + TextLayout.pad(name, 44) + scoreText(match.score) + "  "
                    + bar(match.score, 20)
                    + "\n"
            }
        }
        if let best = matches.first {
            out += "\n" + self.match(best, profile: profile, lexicon: lexicon)
        }
        if !nextRoles.isEmpty {
            out += "\n" + bold("Next roles along the career path") + "\n"
            for next in nextRoles {
                let needs = next.gaps.prefix(4).map(\.name).joined(separator: ", ")
                out +=
                    "  "
                    + TextLayout.pad(
                        TextLayout.clip("\(next.role.title) (\(next.role.level.rawValue))", 40), 40)
                out += scoreText(next.score) + "\n"
                if !needs.isEmpty { out += wrap("needs " + needs, indent: 4) }
            }
        }
        for portfolio in portfolios { out += "\n" + self.portfolio(portfolio) }
        return out
    }

    private func header(_ profile: SkillProfile, lexicon: Lexicon) -> String {
        let facts = ReportFacts(profile: profile, lexicon: lexicon)
        let document = profile.document
        let pages = document.pageCount == 1 ? "1 page" : "\(document.pageCount) pages"
        var out =
            bold("SkillGap report")
            + ": \(document.sourcePath) (\(document.format.rawValue), \(pages))\n"
        out +=
            "Experience: \(TextLayout.number(profile.experienceYears)) years of dated roles (level fit: \(facts.levelFit))\n"
        out += "Education: \(facts.education)\n"
        out +=
            "Skills: \(facts.skillCounts.direct) found, \(facts.skillCounts.implied) implied by them\n"
        return out
    }

    /// One match in full.
    public func match(_ match: RoleMatch, profile: SkillProfile, lexicon: Lexicon) -> String {
        var out = rule("\(match.role.title) (\(match.role.id))") + "\n"
        out += "Score " + scoreText(match.score) + "/100  " + bar(match.score, 40) + "\n"
        out += check("Education", match.education) + check("Experience", match.experience)

        let categories = Self.coverage(match, lexicon: lexicon)
        if !categories.isEmpty {
            out += "\n" + bold("Coverage by category") + "\n"
            for (name, points, maximum) in categories {
                let percent = maximum > 0 ? 100 * points / maximum : 0
                out +=
                    "  " + TextLayout.pad(TextLayout.clip(name, 24), 24) + bar(percent, 30) + " "
                    + TextLayout.pad(String(Int(percent.rounded())), 3, right: true) + "%\n"
            }
        }

        let strengths = ReportFacts.strengths(of: match)
        if !strengths.isEmpty {
            out += "\n" + bold("Strengths") + "\n"
            for credit in strengths {
                out += "  \(credit.name) (\(credit.proficiency.name))"
                if let evidence = credit.evidence {
                    out +=
                        "\n" + wrap("line \(evidence.line): \(evidence.text)", indent: 4, lines: 2)
                } else {
                    out += "\n"
                }
            }
        }

        out += "\n" + bold("Gaps, by what closing them adds") + "\n"
        if match.gaps.isEmpty {
            out += "  none: every requirement is met\n"
        }
        for gap in match.gaps {
            let label: String
            switch gap.kind {
            case .critical: label = paint("critical  ", code: "31")
            case .strengthen: label = paint("strengthen", code: "33")
            case .niceToHave: label = paint("nice      ", code: "36")
            }
            var name = gap.name
            if gap.kind == .strengthen { name += " (\(gap.current.name) to \(gap.required.name))" }
            out +=
                "  \(label) " + TextLayout.pad(TextLayout.clip(name, 46), 46) + " +"
                + TextLayout.pad(TextLayout.number(gap.gain), 4, right: true)
            out += "  w\(gap.weight)\n"
        }

        let plan = match.plan
        if !plan.steps.isEmpty {
            out +=
                "\n" + bold("Learning plan")
                + ": \(plan.steps.count) steps, \(TextLayout.number(plan.totalHours)) hours, "
            out +=
                "score \(TextLayout.number(match.score)) to \(TextLayout.number(plan.scoreAfter))\n"
            for step in plan.steps {
                let why = step.isPrerequisite ? ", prerequisite" : ""
                out +=
                    "  \(step.order). \(step.name) (\(step.stage.rawValue), \(TextLayout.number(step.hours)) h\(why))"
                out += " -> \(TextLayout.number(step.scoreAfter))\n"
                for action in step.actions {
                    out += wrap(
                        "- \(action.title) (\(TextLayout.number(action.hours)) h): \(action.result)",
                        indent: 6, hanging: 2)
                }
            }
            if let suggestion = plan.project {
                let covers = suggestion.covers.compactMap { lexicon.skill($0)?.name }.joined(
                    separator: ", ")
                out +=
                    "\n" + bold("Capstone project")
                    + ": \(suggestion.project.title) (\(TextLayout.number(suggestion.project.hours)) h)\n"
                out += wrap(suggestion.project.summary, indent: 2)
                out += wrap("Closes: \(covers)", indent: 2)
                out += wrap("Show: \(suggestion.project.result)", indent: 2)
            }
        }
        return out
    }

    /// A scanned portfolio: its projects, what each shows, and what each lacks.
    func portfolio(_ portfolio: Portfolio) -> String {
        var out =
            bold("Portfolio") + ": \(portfolio.root), \(portfolio.projects.count) project(s)\n"
        for project in portfolio.projects {
            let languages = project.languages.prefix(3).map { "\($0.name) \($0.lines)" }.joined(
                separator: ", ")
            out += "  \(project.name): \(project.skills.count) skills shown"
            out += languages.isEmpty ? "\n" : " (\(languages) lines)\n"
            for finding in project.review where !finding.present {
                out += wrap(
                    "- \(finding.aspect.rawValue): \(finding.message)", indent: 4, hanging: 2)
            }
        }
        for finding in portfolio.review {
            out += wrap(
                (finding.present ? "ok " : "to do ")
                    + "\(finding.aspect.rawValue): \(finding.message)", indent: 2, hanging: 2)
        }
        for warning in portfolio.warnings { out += wrap("note: \(warning)", indent: 2, hanging: 2) }
        return out
    }

    /// Points earned and possible per category of the requirements' skills.
    static func coverage(_ match: RoleMatch, lexicon: Lexicon) -> [(String, Double, Double)] {
        var order: [String] = []
        var totals: [String: (Double, Double)] = [:]
        for result in match.requirements {
            guard let first = result.requirement.target.skillIDs.first,
                let category = lexicon.skill(first)?.category.rawValue
            else { continue }
            if totals[category] == nil { order.append(category) }
            let current = totals[category] ?? (0, 0)
            totals[category] = (current.0 + result.points, current.1 + result.maximumPoints)
        }
        return order.map { ($0, totals[$0]?.0 ?? 0, totals[$0]?.1 ?? 0) }
    }

    // MARK: Pieces

    private func check(_ label: String, _ check: Check) -> String {
        let status: String
        switch check.status {
        case .met: status = paint("met", code: "32")
        case .partlyMet: status = paint("partly met", code: "33")
        case .notMet: status = paint("not met", code: "31")
        }
        return wrap("\(label): \(status), \(check.reason)", indent: 0, hanging: 2)
    }

    private func scoreText(_ score: Double) -> String {
        let text = TextLayout.pad(TextLayout.number(score), 5, right: true)
        return paint(text, code: score >= 75 ? "32" : (score >= 50 ? "33" : "31"))
    }

    func bar(_ percent: Double, _ width: Int) -> String {
        let filled = max(0, min(width, Int((percent / 100 * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    private func rule(_ title: String) -> String {
        let text = "== \(TextLayout.clip(title, width - 8)) "
        return bold(text + String(repeating: "=", count: max(3, width - text.count)))
    }

    private func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    private func paint(_ text: String, code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Wraps `text` to the report width; at most `lines` lines, the last one clipped.
    func wrap(_ text: String, indent: Int, hanging: Int = 0, lines: Int = 6) -> String {
        var result: [String] = []
        var current = ""
        let first = String(repeating: " ", count: indent)
        let rest = String(repeating: " ", count: indent + hanging)
        for word in text.split(separator: " ") {
            let prefix = result.isEmpty ? first : rest
            if !current.isEmpty, prefix.count + current.count + 1 + word.count > width {
                result.append(prefix + current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { result.append((result.isEmpty ? first : rest) + current) }
        if result.count > lines {
            result = Array(result.prefix(lines))
            result[lines - 1] =
                TextLayout.clip(result[lines - 1], width - 1)
                + (result[lines - 1].count < width - 1 ? "…" : "")
        }
        return result.map { TextLayout.clip($0, width) }.joined(separator: "\n")
            + (result.isEmpty ? "" : "\n")
    }
}
