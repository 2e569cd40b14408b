import Testing

@testable import ReportRendering

@Suite struct HTMLWriterTests {
    @Test func everyStringIsEscaped() {
        let html = HTMLWriter.write(Reports.everyBlock(Reports.hostile))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x&gt;"))
        #expect(!html.contains("\u{1B}") && !html.contains("\u{07}") && !html.contains("\r"))
    }

    @Test func thePageTitleIsEscaped() {
        let page = HTMLWriter.page([], title: "SkillGap report: </title><script>x</script>")
        #expect(!page.contains("<script>"))
        #expect(page.contains("<title>SkillGap report: &lt;/title&gt;&lt;script&gt;"))
    }

    @Test func barsAreAnInlineChartNamedAfterTheirSection() {
        let bar = Report.Bar(
            label: "sql", value: 3, maximum: 4, share: "75%", valueText: "3 of 4", tone: .good)
        let report = Report(blocks: [
            .section(
                Report.Section(
                    "Coverage",
                    blocks: [
                        .bars(
                            Report.Bars(
                                labelHeader: "Category", valueHeader: "Points",
                                shareHeader: "Coverage", rows: [bar]))
                    ]))
        ])
        let html = HTMLWriter.write(report)
        #expect(html.contains("<svg class=\"chart\" role=\"img\" aria-label=\"Coverage\""))
        #expect(html.contains("width=\"285\" height=\"14\" fill=\"#2e7d32\""))
        #expect(html.contains(">75%</text>") && html.contains(">3 of 4</text>"))
    }
}
