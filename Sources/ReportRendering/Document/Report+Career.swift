import SkillExtraction

extension Report {
    /// The dated roles as a short timeline, with the line that explains the years.
    static func career(_ history: CareerHistory) -> Block? {
        guard !history.roles.isEmpty else { return nil }
        // A short timeline: the first roles the resume gives (latest first, as resumes list
        // them), then how many more.
        let shown = history.roles.prefix(Self.careerRows)
        let rows = shown.map { role in
            [
                Cell(role.title.isEmpty ? "(no title)" : role.title),
                Cell(role.organisation),
                Cell(role.start.text + " – " + (role.isCurrent ? "present" : role.end.text)),
                Cell(
                    number(CareerHistory.years(months: Double(role.months)))
                        + (role.weight < 1 ? " (half)" : ""),
                    tone: role.warnings.isEmpty ? nil : .poor),
            ]
        }
        let columns = [
            Column("Title"), Column("Organisation"), Column("Dates"), Column("Years", .trailing),
        ]
        var blocks: [Block] = [.note(history.explanation + "."), .table(columns, rows)]
        if history.roles.count > shown.count {
            blocks.append(.note("And \(history.roles.count - shown.count) earlier roles."))
        }
        for role in shown {
            for warning in role.warnings {
                blocks.append(.note("\(role.title.isEmpty ? "A role" : role.title): \(warning)."))
            }
        }
        return .section("Career", blocks)
    }

    /// The most roles the career timeline lists.
    static let careerRows = 12
}
