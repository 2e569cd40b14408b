/// Writes a report as HTML: one `article` per report, put in a self-contained page by
/// `page(_:title:)` with inline CSS, bars as inline SVG charts and a plan as a timeline. No
/// scripts and nothing fetched from elsewhere; it prints on A4 or Letter.
public enum HTMLWriter {
    /// A whole page holding one article per report.
    public static func page(_ articles: [String], title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        \(articles.joined(separator: "\n"))
        <footer>Made by SkillGap, offline. Scores are the weighted coverage of the role's requirements; education and experience are checked beside the score.</footer>
        </body>
        </html>

        """
    }

    /// One report as an `article`.
    public static func write(_ report: Report) -> String {
        let report = report.mapped { text, _ in escape(text) }
        var out = "<article>\n"
        if let title = report.title {
            out += "<header><h1>\(title.text)</h1>"
            let source = [title.subject, title.detail].compactMap { $0 }
            if !source.isEmpty {
                out += "<p class=\"source\">\(source.joined(separator: " · "))</p>"
            }
            out += "</header>\n"
        }
        return out + report.blocks.map { block($0, depth: 0, in: title(report)) }.joined()
            + "</article>\n"
    }

    private static func title(_ report: Report) -> String {
        report.title.map { [$0.text] + [$0.subject].compactMap { $0 } }?.joined(separator: ": ")
            ?? ""
    }

    /// A block inside a section `depth` deep, whose heading names the charts in it.
    private static func block(_ block: Report.Block, depth: Int, in heading: String) -> String {
        switch block {
        case .facts(let facts):
            let lines = facts.map { fact in
                let badge = fact.badge.map { tag($0) + (fact.text.isEmpty ? "" : ", ") } ?? ""
                let meter = fact.meter.map { " " + self.meter($0) } ?? ""
                return "<dt>\(fact.key)</dt><dd>\(badge)\(fact.text)\(meter)</dd>"
            }
            return "<dl class=\"facts\">\(lines.joined())</dl>\n"
        case .table(let table): return self.table(table)
        case .bars(let bars): return chart(bars.rows, label: heading)
        case .list(let list): return items(list.items, ordered: list.ordered)
        case .note(let text): return "<p>\(text)</p>\n"
        case .section(let section):
            let level = min(depth + 2, 6)
            let code = section.code.map { " <code>\($0)</code>" } ?? ""
            return "<section><h\(level)>\(section.heading)\(code)</h\(level)>\n"
                + section.blocks.map { self.block($0, depth: depth + 1, in: section.heading) }
                .joined()
                + "</section>\n"
        }
    }

    /// A table; a column with meters gets a second, unlabelled column for them.
    private static func table(_ table: Report.Table) -> String {
        let hasMeter = table.columns.indices.map { column in
            table.rows.contains { $0[column].meter != nil }
        }
        func numeric(_ column: Int) -> String {
            table.columns[column].alignment == .trailing ? " class=\"num\"" : ""
        }
        var out = "<table><thead><tr>"
        for (column, heading) in table.columns.enumerated() {
            out +=
                "<th\(numeric(column))>\(heading.header)</th>"
                + (hasMeter[column] ? "<th></th>" : "")
        }
        out += "</tr></thead><tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (column, cell) in row.enumerated() {
                let text =
                    cell.tone.map { tag(Report.Badge(text: cell.text, tone: $0)) } ?? cell.text
                out += "<td\(numeric(column))>\(text)</td>"
                if hasMeter[column] { out += "<td>\(cell.meter.map(meter) ?? "")</td>" }
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// Horizontal bars as inline SVG: label, bar, share and value.
    private static func chart(_ bars: [Report.Bar], label: String) -> String {
        let rowHeight = 24
        let height = bars.count * rowHeight + 8
        var out =
            "<svg class=\"chart\" role=\"img\" aria-label=\"\(label)\" viewBox=\"0 0 720 \(height)\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 4
            let width = Int((bar.fraction * 380).rounded())
            out += "<text x=\"0\" y=\"\(y + 16)\" font-size=\"13\">\(bar.label)</text>"
            out += "<rect x=\"190\" y=\"\(y + 4)\" width=\"380\" height=\"14\" fill=\"#eceff1\"/>"
            out +=
                "<rect x=\"190\" y=\"\(y + 4)\" width=\"\(width)\" height=\"14\" fill=\"\(colour(bar.tone))\"/>"
            out += "<text x=\"580\" y=\"\(y + 16)\" font-size=\"13\">\(bar.share)</text>"
            out +=
                "<text x=\"630\" y=\"\(y + 16)\" font-size=\"12\" fill=\"#5f6b7a\">\(bar.valueText)</text>\n"
        }
        return out + "</svg>\n"
    }

    private static func items(_ items: [Report.Item], ordered: Bool) -> String {
        var out = ordered ? "<ol class=\"timeline\">\n" : "<ul>\n"
        for item in items {
            var parts: [String] = []
            if let badge = item.badge { parts.append(tag(badge)) }
            if let lead = item.lead { parts.append("<b>\(lead)</b>") }
            if !item.text.isEmpty { parts.append(item.text) }
            if let link = item.link { parts.append("<a href=\"\(link.url)\">\(link.title)</a>") }
            out += "<li>" + parts.joined(separator: " ")
            if let quote = item.quote {
                out += "<blockquote>\(quote.source): \(quote.text)</blockquote>"
            }
            if !item.children.isEmpty { out += self.items(item.children, ordered: false) }
            out += "</li>\n"
        }
        return out + (ordered ? "</ol>\n" : "</ul>\n")
    }

    private static func tag(_ badge: Report.Badge) -> String {
        "<span class=\"tag \(badge.tone.rawValue)\">\(badge.text)</span>"
    }

    private static func meter(_ fraction: Double) -> String {
        "<span class=\"meter\"><span style=\"width:\(Int((fraction * 100).rounded()))%\"></span></span>"
    }

    private static func colour(_ tone: Report.Tone) -> String {
        switch tone {
        case .good: return "#2e7d32"
        case .fair: return "#f9a825"
        case .poor: return "#c62828"
        case .info: return "#1565c0"
        }
    }

    /// Text for HTML content and attributes: markup characters as entities, controls visible.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for char in ControlCharacters.replaced(in: text) {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(char)
            }
        }
        return out
    }

    private static let style = """
        :root{--ink:#1c2430;--muted:#5f6b7a;--line:#dde3ea;--accent:#1565c0}
        *{box-sizing:border-box}
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);max-width:880px;margin:2rem auto;padding:0 1rem}
        h1{font-size:1.6rem;margin:0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid var(--line)}h3{font-size:1.05rem;margin-top:1.5rem}
        code{font-size:.85em;color:var(--muted)}.source{color:var(--muted)}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line)}.num{text-align:right}
        .meter{display:inline-block;width:140px;height:10px;background:#eceff1;vertical-align:middle}.meter span{display:block;height:100%;background:var(--accent)}
        blockquote{margin:.2rem 0 .4rem 1rem;color:var(--muted);font-size:.9em}
        .tag{font-size:.8em;padding:.1rem .4rem;border-radius:.3rem;background:#eceff1}.tag.good{background:#e8f5e9;color:#1b5e20}.tag.fair{background:#fff8e1;color:#8d6e00}.tag.poor{background:#ffebee;color:#b71c1c}.tag.info{background:#e3f2fd;color:#0d47a1}
        ol.timeline{list-style:none;counter-reset:step;padding-left:0;border-left:3px solid var(--line);margin-left:.8rem}
        ol.timeline>li{counter-increment:step;position:relative;padding:0 0 1rem 1.6rem}
        ol.timeline>li::before{content:counter(step);position:absolute;left:-.95rem;top:0;width:1.6rem;height:1.6rem;border-radius:50%;background:var(--accent);color:#fff;text-align:center;font-size:.8rem;line-height:1.6rem}
        ol.timeline ul{margin:.2rem 0;padding-left:1.1rem}
        footer{margin-top:3rem;color:var(--muted);font-size:.85em}
        @media print{body{margin:0;max-width:none;font-size:11pt}article{break-after:page}h2,h3{break-after:avoid}ol.timeline>li,tr{break-inside:avoid}a{color:inherit}.meter span,.tag,ol.timeline>li::before{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """
}
