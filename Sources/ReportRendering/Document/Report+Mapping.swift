extension Report {
    /// What a string of the report is, so a writer can escape each kind its own way.
    enum TextKind {
        case prose, code, url
    }

    /// The report with every string passed through `transform`: how a writer escapes all of it
    /// at once, so no field can reach the output raw.
    func mapped(_ transform: (String, TextKind) -> String) -> Report {
        func prose(_ text: String) -> String { transform(text, .prose) }
        func badge(_ badge: Badge?) -> Badge? {
            badge.map { Badge(text: prose($0.text), tone: $0.tone) }
        }
        func item(_ old: Item) -> Item {
            Item(
                lead: old.lead.map(prose), badge: badge(old.badge), prose(old.text),
                quote: old.quote.map { Quote(source: prose($0.source), text: prose($0.text)) },
                link: old.link.map { Link(title: prose($0.title), url: transform($0.url, .url)) },
                children: old.children.map(item))
        }
        func block(_ old: Block) -> Block {
            switch old {
            case .facts(let facts):
                return .facts(
                    facts.map {
                        Fact(prose($0.key), prose($0.text), badge: badge($0.badge), meter: $0.meter)
                    })
            case .table(let table):
                return .table(
                    Table(
                        columns: table.columns.map { Column(prose($0.header), $0.alignment) },
                        rows: table.rows.map { row in
                            row.map { Cell(prose($0.text), tone: $0.tone, meter: $0.meter) }
                        }))
            case .bars(let bars):
                return .bars(
                    Bars(
                        labelHeader: prose(bars.labelHeader), valueHeader: prose(bars.valueHeader),
                        shareHeader: prose(bars.shareHeader),
                        rows: bars.rows.map { bar in
                            var copy = bar
                            copy.label = prose(bar.label)
                            copy.share = prose(bar.share)
                            copy.valueText = prose(bar.valueText)
                            return copy
                        }))
            case .list(let list):
                return .list(List(ordered: list.ordered, items: list.items.map(item)))
            case .note(let text):
                return .note(prose(text))
            case .section(let section):
                return .section(
                    Section(
                        prose(section.heading), code: section.code.map { transform($0, .code) },
                        blocks: section.blocks.map(block)))
            }
        }
        return Report(
            title: title.map {
                Title(
                    text: prose($0.text), subject: $0.subject.map(prose),
                    detail: $0.detail.map(prose))
            },
            blocks: blocks.map(block))
    }
}
