@testable import ReportRendering

/// Small reports made by the tests, holding what a writer must escape.
enum Reports {
    /// Text with a newline, a carriage return, a tab, an ESC sequence that clears the screen
    /// and colours red, an OSC title sequence ended by BEL, and HTML.
    static let hostile = "a\nb\rc\td \u{1B}[2J\u{1B}[31mred\u{1B}]0;title\u{07} <img src=x>"

    /// A report with `text` in every kind of block.
    static func everyBlock(_ text: String) -> Report {
        Report(
            title: Report.Title(text: "Report", subject: text, detail: text),
            blocks: [
                .facts([Report.Fact("Key", text, badge: Report.Badge(text: text, tone: .good))]),
                .section(
                    Report.Section(
                        text, code: text,
                        blocks: [
                            .table(
                                Report.Table(
                                    columns: [Report.Column(text), Report.Column("N", .trailing)],
                                    rows: [[Report.Cell(text, tone: .poor), Report.Cell("1")]])),
                            .bars(
                                Report.Bars(
                                    labelHeader: text, valueHeader: "V", shareHeader: "S",
                                    rows: [
                                        Report.Bar(
                                            label: text, value: 1, maximum: 2, share: "50%",
                                            valueText: text, tone: .fair)
                                    ])),
                            .list(
                                Report.List(
                                    ordered: true,
                                    items: [
                                        Report.Item(
                                            lead: text,
                                            badge: Report.Badge(text: text, tone: .info),
                                            text, quote: Report.Quote(source: text, text: text),
                                            link: Report.Link(
                                                title: text, url: "https://x.org/" + text),
                                            children: [Report.Item(text)])
                                    ])),
                            .note(text),
                        ])),
            ])
    }
}
