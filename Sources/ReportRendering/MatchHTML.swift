import PortfolioScanning
import RoleMatching
import SkillExtraction
import SkillLexicon

/// The report as one self-contained HTML page: inline CSS, an inline SVG chart of coverage per
/// category and the learning plan as a timeline. No scripts and nothing fetched from elsewhere;
/// it prints on A4 or Letter.
public enum MatchHTML {
    /// A whole page holding one report per resume.
    public static func page(_ reports: [String], title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        \(reports.joined(separator: "\n"))
        <footer>Made by SkillGap, offline. Scores are the weighted coverage of the role's requirements; education and experience are checked beside the score.</footer>
        </body>
        </html>

        """
    }

    /// One resume's report, as an `article`.
    public static func render(
        profile: SkillProfile, matches: [RoleMatch], nextRoles: [RoleMatch], lexicon: Lexicon,
        portfolios: [Portfolio] = []
    ) -> String {
        let facts = ReportFacts(profile: profile, lexicon: lexicon)
        let document = profile.document
        var out = "<article>\n<header><h1>SkillGap report</h1>\n"
        out +=
            "<p class=\"source\">\(escape(document.sourcePath)) · \(document.format.rawValue) · \(document.pageCount) page(s)</p>\n"
        out +=
            "<dl class=\"facts\"><dt>Experience</dt><dd>\(TextLayout.number(profile.experienceYears)) years of dated roles (level fit: \(facts.levelFit))</dd>"
        out += "<dt>Education</dt><dd>\(escape(facts.education))</dd>"
        out +=
            "<dt>Skills</dt><dd>\(facts.skillCounts.direct) found, \(facts.skillCounts.implied) implied by them</dd></dl></header>\n"
        if matches.count > 1 {
            out +=
                "<section><h2>Best fits</h2><table><thead><tr><th>#</th><th>Role</th><th>Level</th><th class=\"num\">Score</th><th></th></tr></thead><tbody>\n"
            for (rank, match) in matches.enumerated() {
                out +=
                    "<tr><td>\(rank + 1)</td><td>\(escape(match.role.title))</td><td>\(match.role.level.rawValue)</td>"
                out +=
                    "<td class=\"num\">\(TextLayout.number(match.score))</td><td>\(meter(match.score))</td></tr>\n"
            }
            out += "</tbody></table></section>\n"
        }
        if let best = matches.first { out += self.match(best, lexicon: lexicon) }
        if !nextRoles.isEmpty {
            out +=
                "<section><h2>Next roles along the career path</h2><table><thead><tr><th>Role</th><th class=\"num\">Score</th><th>Still needs</th></tr></thead><tbody>\n"
            for next in nextRoles {
                let needs = next.gaps.prefix(4).map(\.name).joined(separator: ", ")
                out +=
                    "<tr><td>\(escape(next.role.title)) (\(next.role.level.rawValue))</td><td class=\"num\">\(TextLayout.number(next.score))</td><td>\(escape(needs))</td></tr>\n"
            }
            out += "</tbody></table></section>\n"
        }
        for portfolio in portfolios { out += self.portfolio(portfolio) }
        return out + "</article>\n"
    }

    static func portfolio(_ portfolio: Portfolio) -> String {
        var out = "<section class=\"portfolio\"><h2>Portfolio: \(escape(portfolio.root))</h2>\n"
        out +=
            "<table><thead><tr><th>Project</th><th class=\"num\">Files</th><th>Languages (lines)</th><th class=\"num\">Skills shown</th></tr></thead><tbody>\n"
        for project in portfolio.projects {
            let languages = project.languages.prefix(3).map { "\($0.name) \($0.lines)" }.joined(
                separator: ", ")
            out +=
                "<tr><td>\(escape(project.name))</td><td class=\"num\">\(project.fileCount)</td><td>\(escape(languages))</td><td class=\"num\">\(project.skills.count)</td></tr>\n"
            let todo = project.review.filter { !$0.present }
            if !todo.isEmpty {
                out += "<tr><td></td><td colspan=\"3\"><ul class=\"todo\">"
                for finding in todo {
                    out += "<li><b>\(finding.aspect.rawValue)</b>: \(escape(finding.message))</li>"
                }
                out += "</ul></td></tr>\n"
            }
        }
        out += "</tbody></table><ul class=\"checks\">"
        for finding in portfolio.review {
            out +=
                "<li class=\"\(finding.present ? "met" : "not-met")\"><b>\(finding.aspect.rawValue)</b>: \(escape(finding.message))</li>"
        }
        for warning in portfolio.warnings { out += "<li>note: \(escape(warning))</li>" }
        return out + "</ul></section>\n"
    }

    static func match(_ match: RoleMatch, lexicon: Lexicon) -> String {
        var out =
            "<section class=\"match\"><h2>\(escape(match.role.title)) <code>\(escape(match.role.id))</code></h2>\n"
        out +=
            "<p class=\"score\"><strong>\(TextLayout.number(match.score))</strong>/100 \(meter(match.score))</p>\n"
        out += "<ul class=\"checks\">"
        for (label, check) in [("Education", match.education), ("Experience", match.experience)] {
            out +=
                "<li class=\"\(check.status.rawValue)\"><b>\(label)</b>: \(check.status.rawValue.replacingOccurrences(of: "-", with: " ")), \(escape(check.reason))</li>"
        }
        out += "</ul>\n"
        let coverage = MatchText.coverage(match, lexicon: lexicon)
        if !coverage.isEmpty { out += "<h3>Coverage by category</h3>\n" + chart(coverage) }

        let strengths = ReportFacts.strengths(of: match)
        if !strengths.isEmpty {
            out += "<h3>Strengths</h3><ul class=\"strengths\">\n"
            for credit in strengths {
                out += "<li><b>\(escape(credit.name))</b> (\(credit.proficiency.name))"
                if let evidence = credit.evidence {
                    out +=
                        "<blockquote>line \(evidence.line): \(escape(evidence.text))</blockquote>"
                }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<h3>Gaps, by what closing them adds</h3>\n"
        if match.gaps.isEmpty {
            out += "<p>None: every requirement is met.</p>\n"
        } else {
            out +=
                "<table class=\"gaps\"><thead><tr><th>Priority</th><th>Skill</th><th class=\"num\">Adds</th><th class=\"num\">Weight</th></tr></thead><tbody>\n"
            for gap in match.gaps {
                let kind = gap.kind.rawValue
                out +=
                    "<tr class=\"\(kind)\"><td><span class=\"tag \(kind)\">\(ReportFacts.label(gap.kind))</span></td>"
                out +=
                    "<td>\(escape(ReportFacts.gapName(gap)))</td><td class=\"num\">+\(TextLayout.number(gap.gain))</td><td class=\"num\">\(gap.weight)</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        let plan = match.plan
        if !plan.steps.isEmpty {
            out +=
                "<h3>Learning plan</h3><p>\(plan.steps.count) steps, \(TextLayout.number(plan.totalHours)) hours; "
            out +=
                "the score goes from \(TextLayout.number(match.score)) to \(TextLayout.number(plan.scoreAfter)).</p>\n<ol class=\"timeline\">\n"
            for step in plan.steps {
                let why = step.isPrerequisite ? " · prerequisite" : ""
                out +=
                    "<li><div class=\"step\"><b>\(escape(step.name))</b> <span class=\"meta\">\(step.stage.rawValue) · \(TextLayout.number(step.hours)) h\(why) · score after \(TextLayout.number(step.scoreAfter))</span><ul>"
                for action in step.actions {
                    out +=
                        "<li>\(escape(action.title)) (\(TextLayout.number(action.hours)) h): \(escape(action.result))"
                    if let url = action.resourceURL,
                        url.hasPrefix("https://") || url.hasPrefix("http://")
                    {
                        out +=
                            " <a href=\"\(escape(url))\">\(escape(action.resourceName ?? "docs"))</a>"
                    }
                    out += "</li>"
                }
                out += "</ul></div></li>\n"
            }
            out += "</ol>\n"
            if let suggestion = plan.project {
                let covers = suggestion.covers.compactMap { lexicon.skill($0)?.name }.joined(
                    separator: ", ")
                out +=
                    "<div class=\"project\"><h3>Capstone project: \(escape(suggestion.project.title)) (\(TextLayout.number(suggestion.project.hours)) h)</h3>"
                out +=
                    "<p>\(escape(suggestion.project.summary))</p><p><b>Closes</b>: \(escape(covers))</p><p><b>Show</b>: \(escape(suggestion.project.result))</p></div>\n"
            }
        }
        return out + "</section>\n"
    }

    /// A horizontal bar chart of coverage per category, as inline SVG.
    static func chart(_ coverage: [(String, Double, Double)]) -> String {
        let rowHeight = 24
        let height = coverage.count * rowHeight + 8
        var out =
            "<svg class=\"chart\" role=\"img\" aria-label=\"Coverage by category\" viewBox=\"0 0 640 \(height)\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for (index, (name, points, maximum)) in coverage.enumerated() {
            let percent = maximum > 0 ? 100 * points / maximum : 0
            let y = index * rowHeight + 4
            let width = Int((percent / 100 * 380).rounded())
            let colour = percent >= 75 ? "#2e7d32" : (percent >= 50 ? "#f9a825" : "#c62828")
            out += "<text x=\"0\" y=\"\(y + 16)\" font-size=\"13\">\(escape(name))</text>"
            out += "<rect x=\"190\" y=\"\(y + 4)\" width=\"380\" height=\"14\" fill=\"#eceff1\"/>"
            out +=
                "<rect x=\"190\" y=\"\(y + 4)\" width=\"\(width)\" height=\"14\" fill=\"\(colour)\"/>"
            out +=
                "<text x=\"580\" y=\"\(y + 16)\" font-size=\"13\">\(Int(percent.rounded()))%</text>\n"
        }
        return out + "</svg>\n"
    }

    private static func meter(_ score: Double) -> String {
        "<span class=\"meter\"><span style=\"width:\(Int(score.rounded()))%\"></span></span>"
    }

    /// Escapes text for HTML content and attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for char in text {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(char)
            }
        }
        return out
    }

    private static let style = """
        :root{--ink:#1c2430;--muted:#5f6b7a;--line:#dde3ea;--accent:#1565c0}
        *{box-sizing:border-box}
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);max-width:880px;margin:2rem auto;padding:0 1rem}
        h1{font-size:1.6rem;margin:0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid var(--line)}h3{font-size:1.05rem;margin-top:1.5rem}
        code{font-size:.85em;color:var(--muted)}.source,.meta{color:var(--muted)}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line)}.num{text-align:right}
        .meter{display:inline-block;width:140px;height:10px;background:#eceff1;vertical-align:middle}.meter span{display:block;height:100%;background:var(--accent)}
        .score strong{font-size:2rem}
        ul.checks{list-style:none;padding:0}ul.checks li{padding:.2rem 0}ul.checks li.met b{color:#2e7d32}ul.checks li.partly-met b{color:#b26a00}ul.checks li.not-met b{color:#c62828}
        blockquote{margin:.2rem 0 .4rem 1rem;color:var(--muted);font-size:.9em}
        .tag{font-size:.8em;padding:.1rem .4rem;border-radius:.3rem;background:#eceff1}.tag.critical{background:#ffebee;color:#b71c1c}.tag.strengthen{background:#fff8e1;color:#8d6e00}.tag.nice-to-have{background:#e3f2fd;color:#0d47a1}
        ol.timeline{list-style:none;counter-reset:step;padding-left:0;border-left:3px solid var(--line);margin-left:.8rem}
        ol.timeline>li{counter-increment:step;position:relative;padding:0 0 1rem 1.6rem}
        ol.timeline>li::before{content:counter(step);position:absolute;left:-.95rem;top:0;width:1.6rem;height:1.6rem;border-radius:50%;background:var(--accent);color:#fff;text-align:center;font-size:.8rem;line-height:1.6rem}
        ol.timeline ul{margin:.2rem 0;padding-left:1.1rem}
        .project{border:1px solid var(--line);border-radius:.4rem;padding:.2rem 1rem;margin-top:1rem;background:#fafbfc}
        footer{margin-top:3rem;color:var(--muted);font-size:.85em}
        @media print{body{margin:0;max-width:none;font-size:11pt}article{break-after:page}h2,h3{break-after:avoid}ol.timeline>li,tr,.project{break-inside:avoid}a{color:inherit}.meter span,.tag,ol.timeline>li::before{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """
}
