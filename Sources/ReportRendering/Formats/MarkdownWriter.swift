/// Writes a report as Markdown, for sharing: headings, tables and lists.
public enum MarkdownWriter {
    public static func write(_ report: Report) -> String {
        let report = report.mapped { text, kind in
            switch kind {
            case .prose: return escape(text)
            case .code:
                return ControlCharacters.replaced(in: text).replacingOccurrences(of: "`", with: "'")
            case .url: return url(text)
            }
        }
        var out = ""
        if let title = report.title {
            out += "# " + title.text + (title.subject.map { ": \($0)" } ?? "") + "\n"
            if let detail = title.detail { out += "\n" + detail + "\n" }
        }
        out += blocks(report.blocks, depth: 0)
        return report.title == nil && out.hasPrefix("\n") ? String(out.dropFirst()) : out
    }

    /// Each block after a blank line; sections one heading level below their parent.
    private static func blocks(_ blocks: [Report.Block], depth: Int) -> String {
        blocks.map { "\n" + block($0, depth: depth) }.joined()
    }

    private static func block(_ block: Report.Block, depth: Int) -> String {
        switch block {
        case .facts(let facts):
            return facts.map { fact in
                let badge = fact.badge.map { $0.text + (fact.text.isEmpty ? "" : ", ") } ?? ""
                return "- **\(fact.key)**: \(badge)\(fact.text)\n"
            }.joined()
        case .table(let table):
            return rows(
                header: table.columns.map(\.header),
                trailing: table.columns.map { $0.alignment == .trailing },
                rows: table.rows.map { $0.map(\.text) })
        case .bars(let bars):
            return rows(
                header: [bars.labelHeader, bars.valueHeader, bars.shareHeader],
                trailing: [false, true, true],
                rows: bars.rows.map { [$0.label, $0.valueText, $0.share] })
        case .list(let list):
            return items(list.items, ordered: list.ordered, indent: "")
        case .note(let text):
            return text + "\n"
        case .section(let section):
            let code = section.code.map { " (`\($0)`)" } ?? ""
            return String(repeating: "#", count: depth + 2) + " \(section.heading)\(code)\n"
                + blocks(section.blocks, depth: depth + 1)
        }
    }

    private static func rows(header: [String], trailing: [Bool], rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        return line(header) + "|" + trailing.map { $0 ? "---:|" : "---|" }.joined() + "\n"
            + rows.map(line).joined()
    }

    private static func items(_ items: [Report.Item], ordered: Bool, indent: String) -> String {
        items.enumerated().map { index, item in
            var parts: [String] = []
            if let badge = item.badge { parts.append(badge.text) }
            if let lead = item.lead { parts.append("**\(lead)**") }
            if !item.text.isEmpty { parts.append(item.text) }
            var line = indent + (ordered ? "\(index + 1). " : "- ") + parts.joined(separator: " ")
            if let quote = item.quote { line += ": \(quote.source), \"\(quote.text)\"" }
            if let link = item.link { line += " [\(link.title)](\(link.url))" }
            return line + "\n" + self.items(item.children, ordered: false, indent: indent + "    ")
        }.joined()
    }

    /// Text with its controls made visible, `&`, `<` and `>` as entities (so no HTML passes
    /// through), and the characters Markdown reads as markup or table cells escaped; `#` only
    /// where it would start a heading.
    static func escape(_ text: String) -> String {
        var out = ""
        for char in ControlCharacters.replaced(in: text) {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if "|*_`[]\\".contains(char) || (char == "#" && out.isEmpty) {
                    out.append("\\")
                }
                out.append(char)
            }
        }
        return out
    }

    /// A link target with the characters that would end it percent-encoded.
    static func url(_ text: String) -> String {
        var out = ""
        for scalar in ControlCharacters.replaced(in: text).unicodeScalars {
            switch scalar {
            case " ", "(", ")", "<", ">", "\"", "\\":
                out += "%" + String(scalar.value, radix: 16, uppercase: true)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
