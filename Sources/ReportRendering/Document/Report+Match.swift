import RoleMatching
import SkillExtraction
import SkillLexicon

extension Report {
    /// One match in full: score and checks, coverage, strengths, gaps, plan and capstone.
    static func match(_ match: RoleMatch, lexicon: Lexicon) -> Block {
        var blocks: [Block] = [
            .facts([
                Fact(
                    "Score", "",
                    badge: Badge(
                        text: "\(number(match.score))/100", tone: tone(score: match.score)),
                    meter: match.score / 100),
                check("Education", match.education),
                check("Experience", match.experience),
            ])
        ]
        let bars = coverage(match, lexicon: lexicon)
        if !bars.isEmpty {
            blocks.append(
                .section(
                    "Coverage by category",
                    [
                        .bars(
                            Bars(
                                labelHeader: "Category", valueHeader: "Points",
                                shareHeader: "Coverage", rows: bars))
                    ]))
        }
        let strengths = self.strengths(of: match)
        if !strengths.isEmpty { blocks.append(.section("Strengths", [.bullets(strengths)])) }
        blocks.append(gaps(match.gaps))
        if !match.plan.steps.isEmpty {
            blocks.append(plan(match.plan, from: match.score))
            if let suggestion = match.plan.project {
                blocks.append(capstone(suggestion, lexicon: lexicon))
            }
        }
        return .section(match.role.title, code: match.role.id, blocks)
    }

    static func check(_ key: String, _ check: Check) -> Fact {
        let badge: Badge
        switch check.status {
        case .met: badge = Badge(text: "met", tone: .good)
        case .partlyMet: badge = Badge(text: "partly met", tone: .fair)
        case .notMet: badge = Badge(text: "not met", tone: .poor)
        }
        return Fact(key, check.reason, badge: badge)
    }

    /// Points earned out of those possible per category of the requirements' skills, in the
    /// order the categories first appear.
    static func coverage(_ match: RoleMatch, lexicon: Lexicon) -> [Bar] {
        var order: [String] = []
        var totals: [String: (points: Double, maximum: Double)] = [:]
        for result in match.requirements {
            guard let first = result.requirement.target.skillIDs.first,
                let category = lexicon.skill(first)?.category.rawValue
            else { continue }
            if totals[category] == nil { order.append(category) }
            let current = totals[category] ?? (0, 0)
            totals[category] = (
                current.points + result.points, current.maximum + result.maximumPoints
            )
        }
        return order.map { category in
            let (points, maximum) = totals[category] ?? (0, 0)
            return shareBar(category, points, of: maximum)
        }
    }

    /// A bar of `value` out of `maximum`, with its percentage and both numbers.
    static func shareBar(_ label: String, _ value: Double, of maximum: Double) -> Bar {
        let percent = maximum > 0 ? 100 * value / maximum : 0
        return Bar(
            label: label, value: value, maximum: maximum, share: "\(Int(percent.rounded()))%",
            valueText:
                "\(number((value * 10).rounded() / 10)) of \(number((maximum * 10).rounded() / 10))",
            tone: tone(score: percent))
    }

    /// The met requirements' skills found directly, best first, at most six.
    static func strengths(of match: RoleMatch) -> [Item] {
        match.requirements.filter { $0.status == .met }.flatMap(\.found).filter { !$0.implied }
            .prefix(6).map { credit in
                Item(
                    lead: credit.name, "(\(credit.proficiency.name))",
                    quote: credit.evidence.map(quote))
            }
    }

    static func gaps(_ gaps: [Gap]) -> Block {
        let heading = "Gaps, by what closing them adds"
        guard !gaps.isEmpty else {
            return .section(heading, [.note("None: every requirement is met.")])
        }
        let rows = gaps.map { gap -> [Cell] in
            let priority: Cell
            switch gap.kind {
            case .critical: priority = Cell("critical", tone: .poor)
            case .strengthen: priority = Cell("strengthen", tone: .fair)
            case .niceToHave: priority = Cell("nice to have", tone: .info)
            }
            let name =
                gap.kind == .strengthen
                ? "\(gap.name) (\(gap.current.name) to \(gap.required.name))" : gap.name
            return [priority, Cell(name), Cell("+" + number(gap.gain)), Cell(String(gap.weight))]
        }
        let columns = [
            Column("Priority"), Column("Skill"), Column("Adds", .trailing),
            Column("Weight", .trailing),
        ]
        return .section(heading, [.table(columns, rows)])
    }

    static func plan(_ plan: LearningPlan, from score: Double) -> Block {
        let summary =
            "\(count(plan.steps.count, "step")), \(count(plan.totalHours, "hour")); "
            + "the score goes from \(number(score)) to \(number(plan.scoreAfter))."
        let steps = plan.steps.map { step in
            let why = step.isPrerequisite ? ", prerequisite" : ""
            return Item(
                lead: step.name,
                "(\(step.stage.rawValue), \(number(step.hours)) h\(why)), "
                    + "score after \(number(step.scoreAfter))",
                children: step.actions.map { action in
                    Item(
                        "\(action.title) (\(number(action.hours)) h): \(action.result)",
                        link: link(action.resourceName, action.resourceURL))
                })
        }
        return .section("Learning plan", [.note(summary), .numbered(steps)])
    }

    /// A link to a web page; anything but `http` and `https` is left out.
    static func link(_ title: String?, _ url: String?) -> Link? {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        return Link(title: title ?? "docs", url: url)
    }

    static func capstone(_ suggestion: ProjectSuggestion, lexicon: Lexicon) -> Block {
        let project = suggestion.project
        let covers = suggestion.covers.compactMap { lexicon.skill($0)?.name }
        return .section(
            "Capstone project: \(project.title) (\(number(project.hours)) h)",
            [
                .note(project.summary),
                .facts([
                    Fact("Closes", covers.joined(separator: ", ")), Fact("Show", project.result),
                ]),
            ])
    }
}
