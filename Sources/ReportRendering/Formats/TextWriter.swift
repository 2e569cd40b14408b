/// Writes a report for a terminal: 80 columns, colour only when asked for.
public struct TextWriter {
    public var colour: Bool
    public var width = 80

    public init(colour: Bool) {
        self.colour = colour
    }

    public func write(_ report: Report) -> String {
        let report = report.mapped { text, _ in ControlCharacters.replaced(in: text) }
        var out = ""
        if let title = report.title {
            let subject = title.subject.map { ": \($0)" } ?? ""
            let detail = title.detail.map { " (\($0))" } ?? ""
            out += bold(title.text) + subject + detail + "\n"
        }
        out += blocks(report.blocks, depth: 0)
        return report.title == nil && out.hasPrefix("\n") ? String(out.dropFirst()) : out
    }

    /// Blocks inside a section `depth` deep (0: the report itself); a blank line around each
    /// subsection.
    private func blocks(_ blocks: [Report.Block], depth: Int) -> String {
        var out = ""
        var afterSection = false
        for block in blocks {
            let isSection: Bool
            if case .section = block { isSection = true } else { isSection = false }
            if isSection || afterSection { out += "\n" }
            afterSection = isSection
            out += self.block(block, depth: depth)
        }
        return out
    }

    /// Facts and notes of the report and of its top sections start at the margin; the rest, and
    /// everything in a subsection, is indented two spaces.
    private func indent(of block: Report.Block, depth: Int) -> Int {
        switch (block, depth) {
        case (_, 0): return 0
        case (.facts, 1), (.note, 1): return 0
        default: return 2
        }
    }

    private func section(_ section: Report.Section, depth: Int) -> String {
        let heading = section.heading + (section.code.map { " (\($0))" } ?? "")
        let line: String
        if depth == 1 {
            let text = "== \(clip(heading, width - 8)) "
            line = bold(text + String(repeating: "=", count: max(3, width - text.count)))
        } else {
            line = bold(clip(heading, width))
        }
        return line + "\n" + blocks(section.blocks, depth: depth)
    }

    private func block(_ block: Report.Block, depth: Int) -> String {
        let indent = indent(of: block, depth: depth)
        switch block {
        case .facts(let facts): return facts.map { fact($0, indent: indent) }.joined()
        case .table(let table): return self.table(table, indent: indent)
        case .bars(let bars): return self.bars(bars, indent: indent)
        case .list(let list): return items(list.items, ordered: list.ordered, indent: indent)
        case .note(let text): return wrap(text, indent: indent)
        case .section(let section): return self.section(section, depth: depth + 1)
        }
    }

    // MARK: Blocks

    private func fact(_ fact: Report.Fact, indent: Int) -> String {
        var text = fact.key + ": "
        let badgeStart = indent + text.count
        if let badge = fact.badge {
            text += badge.text + (fact.text.isEmpty ? "" : ", ")
        }
        text += fact.text
        var lines = wrapLines(text, indent: indent, hanging: 2)
        if let badge = fact.badge, !lines.isEmpty {
            lines[0] = paint(lines[0], at: badgeStart, count: badge.text.count, badge.tone)
        }
        if let meter = fact.meter, !lines.isEmpty {
            lines[lines.count - 1] += "  " + bar(meter, 40)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Columns as wide as their widest cell, two spaces apart, headers in capitals; a table
    /// wider than the page wraps its last column or cuts its widest ones.
    private func table(_ table: Report.Table, indent: Int) -> String {
        let columns = table.columns
        guard !columns.isEmpty else { return "" }
        let last = columns.count - 1
        let headers = columns.map { $0.header.uppercased() }
        let hasMeter = columns.indices.map { column in
            table.rows.contains { $0[column].meter != nil }
        }
        // Every column but the last is cut at 48 characters, so one long name cannot push
        // the rest off the page.
        var widths = columns.indices.map { column in
            let widest = (table.rows.map { $0[column].text.count } + [headers[column].count]).max()
            return column == last ? widest ?? 0 : min(48, widest ?? 0)
        }
        let meterWidth = 22
        func total() -> Int {
            indent + widths.reduce(0, +) + 2 * last
                + hasMeter.filter { $0 }.count * meterWidth
        }
        // A last column of words wraps when that leaves it room enough; a table that would
        // leave it too little (a batch ranking) keeps its natural width rather than a column of
        // single words. Otherwise the widest columns are cut to fit.
        var wrapsLast = false
        if total() > width, columns[last].alignment == .leading, !hasMeter[last] {
            let room = widths[last] - (total() - width)
            if room >= 24 {
                widths[last] = room
                wrapsLast = true
            }
        } else {
            while total() > width,
                let widest = widths.indices.dropLast().max(by: { widths[$0] < widths[$1] }),
                widths[widest] > 8
            {
                widths[widest] -= 1
            }
        }
        let start =
            indent + widths.dropLast().reduce(0, +) + 2 * last
            + hasMeter.dropLast().filter { $0 }.count * meterWidth
        func line(_ cells: [Report.Cell]) -> String {
            var out = String(repeating: " ", count: indent)
            var rest: [String] = []
            for (column, cell) in cells.enumerated() {
                var text: String
                if column == last, wrapsLast {
                    let lines = wrapLines(cell.text, indent: 0, width: widths[column])
                    text = lines.first ?? ""
                    rest = Array(lines.dropFirst())
                } else if column == last, columns[column].alignment == .leading {
                    text = cell.text
                } else {
                    text = pad(
                        clip(cell.text, widths[column]), widths[column],
                        right: columns[column].alignment == .trailing)
                }
                if let tone = cell.tone { text = paint(text, tone) }
                out += text
                if let meter = cell.meter {
                    out += "  " + bar(meter, meterWidth - 2)
                } else if hasMeter[column] {
                    out += String(repeating: " ", count: meterWidth)
                }
                if column < last { out += "  " }
            }
            let continued = rest.map { String(repeating: " ", count: start) + $0 + "\n" }
            return trimmed(out) + "\n" + continued.joined()
        }
        let header = headers.map { Report.Cell($0) }
        return line(header) + table.rows.map(line).joined()
    }

    /// Each bar as label, bar, share and value, sized to fit the page.
    private func bars(_ bars: Report.Bars, indent: Int) -> String {
        let labelWidth = min(30, bars.rows.map(\.label.count).max() ?? 0)
        let shareWidth = bars.rows.map(\.share.count).max() ?? 0
        let valueWidth = bars.rows.map(\.valueText.count).max() ?? 0
        let barWidth = max(10, min(30, width - indent - labelWidth - shareWidth - valueWidth - 5))
        return bars.rows.map { row in
            let line =
                String(repeating: " ", count: indent) + pad(clip(row.label, labelWidth), labelWidth)
                + "  " + paint(bar(row.fraction, barWidth), row.tone) + " "
                + pad(row.share, shareWidth, right: true) + "  " + row.valueText
            return trimmed(line) + "\n"
        }.joined()
    }

    /// Ordered items numbered, sub-items bulleted, a quote beneath its item.
    private func items(_ items: [Report.Item], ordered: Bool, indent: Int, nested: Bool = false)
        -> String
    {
        var out = ""
        for (index, item) in items.enumerated() {
            let marker = ordered ? "\(index + 1). " : (nested ? "- " : "")
            var text = marker
            var painted: [(start: Int, count: Int, tone: Report.Tone?)] = []
            if let badge = item.badge {
                painted.append((indent + text.count, badge.text.count, badge.tone))
                text += badge.text + " "
            }
            if let lead = item.lead {
                painted.append((indent + text.count, lead.count, nil))
                text += lead + (item.text.isEmpty ? "" : " ")
            }
            text += item.text
            if let link = item.link { text += " (\(link.title): \(link.url))" }
            var lines = wrapLines(text, indent: indent, hanging: marker.count)
            if !lines.isEmpty {
                for piece in painted.reversed() {
                    lines[0] = paint(lines[0], at: piece.start, count: piece.count, piece.tone)
                }
            }
            out += lines.map { $0 + "\n" }.joined()
            if let quote = item.quote {
                out += wrap("\(quote.source): \(quote.text)", indent: indent + marker.count + 2)
            }
            out += self.items(
                item.children, ordered: false, indent: indent + (marker.isEmpty ? 2 : 4),
                nested: true)
        }
        return out
    }

    // MARK: Pieces

    /// A bar of `fraction` (0 to 1) filled, `width` characters wide.
    private func bar(_ fraction: Double, _ width: Int) -> String {
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    private func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// `text` in its tone's colour; bold when it has no tone.
    private func paint(_ text: String, _ tone: Report.Tone?) -> String {
        guard colour else { return text }
        let code: String
        switch tone {
        case .good: code = "32"
        case .fair: code = "33"
        case .poor: code = "31"
        case .info: code = "36"
        case nil: code = "1"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// `line` with the `count` characters from `start` painted, when they are all on it.
    private func paint(_ line: String, at start: Int, count: Int, _ tone: Report.Tone?) -> String {
        guard colour, count > 0, start + count <= line.count else { return line }
        let from = line.index(line.startIndex, offsetBy: start)
        let to = line.index(from, offsetBy: count)
        return String(line[..<from]) + paint(String(line[from..<to]), tone) + line[to...]
    }

    private func wrap(_ text: String, indent: Int, hanging: Int = 0) -> String {
        wrapLines(text, indent: indent, hanging: hanging).map { $0 + "\n" }.joined()
    }

    /// `text` in lines of at most `width` characters; at most six, the last one cut short.
    private func wrapLines(_ text: String, indent: Int, hanging: Int = 0, width: Int? = nil)
        -> [String]
    {
        let width = width ?? self.width
        let maximum = 6
        var result: [String] = []
        var current = ""
        let first = String(repeating: " ", count: indent)
        let rest = String(repeating: " ", count: indent + hanging)
        for word in text.split(separator: " ") {
            let prefix = result.isEmpty ? first : rest
            if !current.isEmpty, prefix.count + current.count + 1 + word.count > width {
                result.append(prefix + current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { result.append((result.isEmpty ? first : rest) + current) }
        if result.count > maximum {
            result = Array(result.prefix(maximum))
            let cut = result[maximum - 1]
            result[maximum - 1] = clip(cut, width - 1) + (cut.count < width - 1 ? "…" : "")
        }
        return result.map { clip($0, width) }
    }

    /// `text` padded with spaces to `count` characters, on the right or (for numbers) the left.
    private func pad(_ text: String, _ count: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, count - text.count))
        return right ? gap + text : text + gap
    }

    /// `text` cut to `count` characters, ending in an ellipsis when cut.
    private func clip(_ text: String, _ count: Int) -> String {
        text.count <= count ? text : String(text.prefix(max(0, count - 1))) + "…"
    }

    private func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
