import PortfolioScanning

extension Report {
    /// A scanned portfolio: its projects, what each shows, what each lacks, and the review of
    /// the whole.
    static func portfolio(_ portfolio: Portfolio) -> Block {
        let rows = portfolio.projects.map { project in
            [
                Cell(project.name), Cell(String(project.fileCount)),
                Cell(
                    project.languages.prefix(3).map { "\($0.name) \($0.lines)" }.joined(
                        separator: ", ")),
                Cell(String(project.skills.count)),
            ]
        }
        let columns = [
            Column("Project"), Column("Files", .trailing), Column("Languages (lines)"),
            Column("Skills shown", .trailing),
        ]
        var blocks: [Block] = [.table(columns, rows)]
        let todo = portfolio.projects.compactMap { project -> Item? in
            let missing = project.review.filter { !$0.present }
            guard !missing.isEmpty else { return nil }
            return Item(
                lead: project.name, "",
                children: missing.map { Item("\($0.aspect.rawValue): \($0.message)") })
        }
        if !todo.isEmpty {
            blocks.append(.section("To do, by project", [.bullets(todo)]))
        }
        let review =
            portfolio.review.map { finding in
                Item(
                    badge: finding.present
                        ? Badge(text: "ok", tone: .good) : Badge(text: "to do", tone: .poor),
                    "\(finding.aspect.rawValue): \(finding.message)")
            } + portfolio.warnings.map { Item(badge: Badge(text: "note", tone: .info), $0) }
        if !review.isEmpty {
            blocks.append(.section("Review", [.bullets(review)]))
        }
        return .section("Portfolio: \(portfolio.root)", blocks)
    }
}
