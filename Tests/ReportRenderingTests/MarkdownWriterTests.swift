import Testing

@testable import ReportRendering

@Suite struct MarkdownWriterTests {
    @Test func htmlInTextIsShownAsText() {
        let report = Report(
            title: Report.Title(text: "SkillGap report", subject: "<img src=x>.txt", detail: nil),
            blocks: [])
        #expect(MarkdownWriter.write(report) == "# SkillGap report: &lt;img src=x&gt;.txt\n")
    }

    @Test func controlCharactersAndPipesCannotBreakATableRow() {
        let report = Report(blocks: [
            .table(
                Report.Table(
                    columns: [Report.Column("File")],
                    rows: [[Report.Cell("a\nb|c\u{1B}[31m.txt")]]))
        ])
        #expect(MarkdownWriter.write(report) == "| File |\n|---|\n| a␊b\\|c␛\\[31m.txt |\n")
    }

    @Test func everyStringIsEscaped() {
        let text = MarkdownWriter.write(Reports.everyBlock(Reports.hostile))
        #expect(!text.contains("\u{1B}") && !text.contains("\r") && !text.contains("\u{07}"))
        // HTML appears only inside the role id's code span, where Markdown shows it as it is.
        #expect(text.components(separatedBy: "<img").count == 2)
        #expect(text.contains("(`a␊b␍c d ␛[2J␛[31mred␛]0;title␇ <img src=x>`)"))
        // Each line is one line of the report: the newline in the text did not start a new one.
        #expect(!text.contains("\nb"))
    }

    @Test func aLinkTargetCannotEndEarly() {
        let item = Report.Item(
            "Read", link: Report.Link(title: "docs", url: "https://x.org/a) [b](c"))
        let report = Report(blocks: [.list(Report.List(ordered: false, items: [item]))])
        #expect(MarkdownWriter.write(report) == "- Read [docs](https://x.org/a%29%20[b]%28c)\n")
    }
}
