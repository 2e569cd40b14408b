extension Report {
    /// A batch: the ranking, the files that failed or were skipped, and the cohort summary.
    public static func batch(_ batch: BatchReport) -> Report {
        let ranked = batch.ranked
        let scored = ranked.filter { $0.status == .ok }
        let columns = [
            Column("Rank", .trailing), Column("Score", .trailing), Column("File"), Column("Role"),
            Column("Fit"), Column("Top gaps"),
        ]
        let rows = scored.enumerated().map { rank, row in
            [
                Cell(String(rank + 1)), Cell(number(row.score ?? 0)), Cell(row.file),
                Cell(row.roleTitle ?? row.role ?? ""), Cell(row.levelFit ?? ""),
                Cell(row.topGaps.joined(separator: ", ")),
            ]
        }
        var blocks: [Block] = [.table(columns, rows)]
        let failed = ranked.filter { $0.status == .error }
        if !failed.isEmpty {
            blocks.append(
                .section(
                    "Errors (\(failed.count))", [.bullets(failed.map { Item($0.error ?? $0.file) })]
                ))
        }
        let skipped = ranked.filter { $0.status == .skipped && $0.error == nil }
        if !skipped.isEmpty {
            blocks.append(
                .section(
                    "Skipped, not a supported type (\(skipped.count))",
                    [.bullets(skipped.map { Item($0.file) })]))
        }
        // Files skipped for another reason (a link out of the folder) carry it as their error.
        let otherwise = ranked.filter { $0.status == .skipped && $0.error != nil }
        if !otherwise.isEmpty {
            blocks.append(
                .section(
                    "Skipped (\(otherwise.count))",
                    [.bullets(otherwise.map { Item($0.error ?? $0.file) })]))
        }
        return Report(blocks: blocks + cohort(batch))
    }

    /// The counts, the score statistics, their distribution and the most common gaps.
    static func cohort(_ batch: BatchReport) -> [Block] {
        let scores = batch.rows.compactMap { $0.status == .ok ? $0.score : nil }.sorted()
        let failed = batch.rows.filter { $0.status == .error }.count
        let skipped = batch.rows.filter { $0.status == .skipped }.count
        var facts = [Fact("Cohort", "\(scores.count) scored, \(failed) failed, \(skipped) skipped")]
        guard !scores.isEmpty else { return [.facts(facts)] }
        let mean = scores.reduce(0, +) / Double(scores.count)
        facts.append(
            Fact(
                "Scores",
                "min \(number(scores[0])), median \(number(scores[scores.count / 2])), "
                    + "mean \(number(mean)), max \(number(scores[scores.count - 1]))"))
        let total = Double(scores.count)
        func bars(_ heading: String, _ label: String, _ rows: [Bar]) -> Block {
            .section(
                heading,
                [
                    .bars(
                        Bars(
                            labelHeader: label, valueHeader: "Resumes", shareHeader: "Share",
                            rows: rows))
                ])
        }
        var blocks: [Block] = [
            .facts(facts),
            bars(
                "Score distribution", "Score",
                batch.distribution.map { resumeBar($0.band, $0.count, of: total) }),
        ]
        let gaps = batch.commonGaps.prefix(10)
        if !gaps.isEmpty {
            blocks.append(
                bars(
                    "Most common gaps", "Gap", gaps.map { resumeBar($0.name, $0.count, of: total) })
            )
        }
        return blocks
    }

    /// A bar of how many of the scored resumes have something, in neutral colour.
    static func resumeBar(_ label: String, _ count: Int, of total: Double) -> Bar {
        var bar = shareBar(label, Double(count), of: total)
        bar.tone = .info
        return bar
    }
}
