import PortfolioScanning
import RoleMatching
import SkillExtraction
import SkillLexicon

/// The report as Markdown, for sharing: the same content as the terminal report.
public enum MatchMarkdown {
    public static func render(
        profile: SkillProfile, matches: [RoleMatch], nextRoles: [RoleMatch], lexicon: Lexicon,
        portfolios: [Portfolio] = []
    ) -> String {
        let facts = ReportFacts(profile: profile, lexicon: lexicon)
        let document = profile.document
        var out = "# SkillGap report: \(escape(document.sourcePath))\n\n"
        out += "- Format: \(document.format.rawValue), \(document.pageCount) page(s)\n"
        out +=
            "- Experience: \(TextLayout.number(profile.experienceYears)) years of dated roles (level fit: \(facts.levelFit))\n"
        out += "- Education: \(escape(facts.education))\n"
        out +=
            "- Skills: \(facts.skillCounts.direct) found, \(facts.skillCounts.implied) implied by them\n"
        if matches.count > 1 {
            out += "\n## Best fits\n\n| # | Role | Level | Score |\n|---|---|---|---:|\n"
            for (rank, match) in matches.enumerated() {
                out +=
                    "| \(rank + 1) | \(escape(match.role.title)) | \(match.role.level.rawValue) | \(TextLayout.number(match.score)) |\n"
            }
        }
        if let best = matches.first { out += "\n" + self.match(best, lexicon: lexicon) }
        if !nextRoles.isEmpty {
            out +=
                "\n## Next roles along the career path\n\n| Role | Score | Still needs |\n|---|---:|---|\n"
            for next in nextRoles {
                let needs = next.gaps.prefix(4).map(\.name).joined(separator: ", ")
                out +=
                    "| \(escape(next.role.title)) (\(next.role.level.rawValue)) | \(TextLayout.number(next.score)) | \(escape(needs)) |\n"
            }
        }
        for portfolio in portfolios { out += "\n" + self.portfolio(portfolio) }
        return out
    }

    static func match(_ match: RoleMatch, lexicon: Lexicon) -> String {
        var out =
            "## \(escape(match.role.title)) (`\(match.role.id)`): \(TextLayout.number(match.score))/100\n\n"
        out +=
            "- **Education**: \(match.education.status.rawValue), \(escape(match.education.reason))\n"
        out +=
            "- **Experience**: \(match.experience.status.rawValue), \(escape(match.experience.reason))\n"
        let coverage = MatchText.coverage(match, lexicon: lexicon)
        if !coverage.isEmpty {
            out +=
                "\n### Coverage by category\n\n| Category | Points | Coverage |\n|---|---:|---:|\n"
            for (name, points, maximum) in coverage {
                let percent = maximum > 0 ? Int((100 * points / maximum).rounded()) : 0
                out +=
                    "| \(name) | \(TextLayout.number((points * 10).rounded() / 10)) of \(TextLayout.number((maximum * 10).rounded() / 10)) | \(percent)% |\n"
            }
        }
        let strengths = ReportFacts.strengths(of: match)
        if !strengths.isEmpty {
            out += "\n### Strengths\n\n"
            for credit in strengths {
                out += "- **\(escape(credit.name))** (\(credit.proficiency.name))"
                if let evidence = credit.evidence {
                    out += ": line \(evidence.line), \"\(escape(evidence.text))\""
                }
                out += "\n"
            }
        }
        out += "\n### Gaps, by what closing them adds\n\n"
        if match.gaps.isEmpty {
            out += "None: every requirement is met.\n"
        } else {
            out += "| Priority | Skill | Adds | Weight |\n|---|---|---:|---:|\n"
            for gap in match.gaps {
                out +=
                    "| \(ReportFacts.label(gap.kind)) | \(escape(ReportFacts.gapName(gap))) | +\(TextLayout.number(gap.gain)) | \(gap.weight) |\n"
            }
        }
        let plan = match.plan
        if !plan.steps.isEmpty {
            out +=
                "\n### Learning plan\n\n\(plan.steps.count) steps, \(TextLayout.number(plan.totalHours)) hours; "
            out +=
                "the score goes from \(TextLayout.number(match.score)) to \(TextLayout.number(plan.scoreAfter)).\n\n"
            for step in plan.steps {
                let why = step.isPrerequisite ? ", prerequisite" : ""
                out +=
                    "\(step.order). **\(escape(step.name))** (\(step.stage.rawValue), \(TextLayout.number(step.hours)) h\(why)), score after: \(TextLayout.number(step.scoreAfter))\n"
                for action in step.actions {
                    out +=
                        "    - \(escape(action.title)) (\(TextLayout.number(action.hours)) h): \(escape(action.result))"
                    if let url = action.resourceURL {
                        out += " [\(escape(action.resourceName ?? "docs"))](\(url))"
                    }
                    out += "\n"
                }
            }
            if let suggestion = plan.project {
                let covers = suggestion.covers.compactMap { lexicon.skill($0)?.name }.joined(
                    separator: ", ")
                out +=
                    "\n**Capstone project: \(escape(suggestion.project.title))** (\(TextLayout.number(suggestion.project.hours)) h). "
                out +=
                    "\(escape(suggestion.project.summary)) Closes: \(escape(covers)). Show: \(escape(suggestion.project.result))\n"
            }
        }
        return out
    }

    static func portfolio(_ portfolio: Portfolio) -> String {
        var out =
            "## Portfolio: \(escape(portfolio.root))\n\n| Project | Files | Languages (lines) | Skills shown | To do |\n|---|---:|---|---:|---|\n"
        for project in portfolio.projects {
            let languages = project.languages.prefix(3).map { "\($0.name) \($0.lines)" }.joined(
                separator: ", ")
            let todo = project.review.filter { !$0.present }.map {
                "\($0.aspect.rawValue): \($0.message)"
            }.joined(separator: "; ")
            out +=
                "| \(escape(project.name)) | \(project.fileCount) | \(escape(languages)) | \(project.skills.count) | \(escape(todo)) |\n"
        }
        out += "\n"
        for finding in portfolio.review {
            out +=
                "- \(finding.present ? "ok" : "to do") \(finding.aspect.rawValue): \(escape(finding.message))\n"
        }
        for warning in portfolio.warnings { out += "- note: \(escape(warning))\n" }
        return out
    }

    /// Escapes the characters Markdown would read as markup or table cells.
    static func escape(_ text: String) -> String {
        var out = ""
        for char in text {
            if "|*_`[]<>#\\".contains(char) { out.append("\\") }
            out.append(char)
        }
        return out
    }
}
