import SkillExtraction

extension Report {
    /// The dated roles as a short timeline, with the line that explains the years.
    static func career(_ history: CareerHistory) -> Block? {
        guard !history.roles.isEmpty else { return nil }
        let rows = history.roles.map { role in
            [
                Cell(role.title.isEmpty ? "(no title)" : role.title),
                Cell(role.organisation),
                Cell(role.start.text + " – " + (role.isCurrent ? "present" : role.end.text)),
                Cell(
                    number((Double(role.months) / 12 * 10).rounded() / 10)
                        + (role.weight < 1 ? " (half)" : ""),
                    tone: role.warnings.isEmpty ? nil : .poor),
            ]
        }
        let columns = [
            Column("Title"), Column("Organisation"), Column("Dates"), Column("Years", .trailing),
        ]
        var blocks: [Block] = [.note(history.explanation + "."), .table(columns, rows)]
        for role in history.roles {
            for warning in role.warnings {
                blocks.append(.note("\(role.title.isEmpty ? "A role" : role.title): \(warning)."))
            }
        }
        return .section("Career", blocks)
    }
}
