import Testing

@testable import ReportRendering

@Suite struct TextWriterTests {
    @Test(arguments: [false, true])
    func controlCharactersInTheReportAreShownNotObeyed(colour: Bool) {
        let text = TextWriter(colour: colour).write(Reports.everyBlock(Reports.hostile))
        // The only escape sequences are the writer's own colours: ESC [ digits m.
        let sequences = text.split(separator: "\u{1B}", omittingEmptySubsequences: false)
            .dropFirst()
        #expect(sequences.allSatisfy { $0.prefixMatch(of: /\[[0-9;]*m/) != nil })
        #expect(!text.contains("\r") && !text.contains("\u{07}") && !text.contains("\t"))
        #expect(text.contains("a␊b␍c d ␛[2J␛[31mred␛]0;title␇ <img src=x>"))
        if !colour { #expect(!text.contains("\u{1B}")) }
    }

    @Test func aNewlineInACellKeepsTheRowOnOneLine() {
        let report = Report(blocks: [
            .table(
                Report.Table(
                    columns: [Report.Column("File"), Report.Column("Score", .trailing)],
                    rows: [[Report.Cell("a\nb.txt"), Report.Cell("7")]]))
        ])
        #expect(TextWriter(colour: false).write(report) == "FILE     SCORE\na␊b.txt      7\n")
    }

    @Test func everyLineFitsEightyColumns() {
        let long = Array(repeating: "word", count: 60).joined(separator: " ")
        let report = Report(blocks: [
            .section(
                Report.Section(
                    "Needs",
                    blocks: [
                        .table(
                            Report.Table(
                                columns: [
                                    Report.Column("Role"), Report.Column("Score", .trailing),
                                    Report.Column("Still needs"),
                                ],
                                rows: [
                                    [
                                        Report.Cell("Data Analyst"), Report.Cell("60"),
                                        Report.Cell(long),
                                    ]
                                ])),
                        .list(Report.List(ordered: true, items: [Report.Item(long)])),
                        .facts([Report.Fact("Show", long)]),
                    ]))
        ])
        let lines = TextWriter(colour: false).write(report).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        // The wrapped column keeps every word, continued under its own column.
        #expect(lines[2].hasPrefix("  Data Analyst     60  word word"))
        #expect(lines[3].hasPrefix(String(repeating: " ", count: 23) + "word"))
    }

    @Test func topSectionsAreRuledAndSubsectionsIndented() {
        let report = Report(blocks: [
            .section(
                Report.Section(
                    "Match", code: "data-analyst",
                    blocks: [
                        .facts([Report.Fact("Score", "60")]),
                        .section(Report.Section("Strengths", blocks: [.note("SQL")])),
                    ]))
        ])
        let expected =
            "== Match (data-analyst) " + String(repeating: "=", count: 56) + "\n"
            + "Score: 60\n\nStrengths\n  SQL\n"
        #expect(TextWriter(colour: false).write(report) == expected)
    }
}
