import Foundation
import ZIPFoundation

/// Reads a DOCX: headers first, then the body's paragraphs, and tables row by row with cells
/// joined by " | ". Text boxes are read once (Word stores a fallback copy of each).
enum DOCXText {
    /// The most XML that is unpacked, over all the parts read, so a zip bomb (or thousands of
    /// headers) cannot fill memory: the XML of a long resume is well under a megabyte, and
    /// images live in parts that are never unpacked.
    static let partLimit = 16_000_000

    static func lines(ofFileAt url: URL, path: String) throws(ResumeReadingError) -> [SourceLine] {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .corruptDOCX(path: path, reason: "the zip archive cannot be opened")
        }
        guard let body = archive["word/document.xml"] else { throw .notDOCX(path: path) }
        let headers = archive.filter {
            $0.path.hasPrefix("word/header") && $0.path.hasSuffix(".xml")
        }.sorted { $0.path < $1.path }

        var lines: [SourceLine] = []
        var seenHeaderLines = Set<String>()
        var budget = partLimit
        for header in headers {
            for line in try parse(header, from: archive, path: path, budget: &budget)
            where seenHeaderLines.insert(line.text).inserted {
                lines.append(line)
            }
        }
        lines += try parse(body, from: archive, path: path, budget: &budget)
        return lines
    }

    /// The bytes of `entry`, at most `budget` of them, which it takes from the budget.
    private static func extract(
        _ entry: Entry, from archive: Archive, path: String, budget: inout Int
    ) throws(ResumeReadingError) -> Data {
        let tooLarge = ResumeReadingError.docxPartTooLarge(
            path: path, part: entry.path, limit: partLimit)
        // The size in the zip's directory may lie; the count while unpacking does not.
        guard entry.uncompressedSize <= UInt64(budget) else { throw tooLarge }
        var data = Data()
        var overLimit = false
        let limit = budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > limit {
                    overLimit = true
                    throw CocoaError(.fileReadTooLarge)
                }
            }
        } catch {
            if overLimit { throw tooLarge }
            throw .corruptDOCX(path: path, reason: "\(entry.path) cannot be unpacked")
        }
        budget -= data.count
        return data
    }

    private static func parse(
        _ entry: Entry, from archive: Archive, path: String, budget: inout Int
    ) throws(ResumeReadingError) -> [SourceLine] {
        let xml = try extract(entry, from: archive, path: path, budget: &budget)
        let collector = WordMLCollector()
        let events = XMLEvents(
            start: collector.start, end: collector.end, text: collector.characters)
        do {
            try events.parse(xml)
        } catch {
            let reason: String
            switch error {
            case .malformed(let line, _):
                reason = "\(entry.path) is not well-formed XML at line \(line)"
            case .declaresDocumentType:
                reason = "\(entry.path) declares a document type, which Word never writes"
            case .tooManyAttributes(let limit):
                reason = "an element of \(entry.path) has more than \(limit) attributes"
            }
            throw .corruptDOCX(path: path, reason: reason)
        }
        return collector.lines
    }
}

/// Walks WordprocessingML and collects lines.
private final class WordMLCollector {
    private(set) var lines: [SourceLine] = []

    private struct Paragraph {
        var text = ""
        var isHeading = false
        var isListItem = false
    }

    private var paragraphs: [Paragraph] = []
    /// Cells of the rows being read, innermost table last.
    private var rows: [[String]] = []
    private var cellText: [String] = []
    private var inText = false
    private var fallbackDepth = 0
    private var deletedDepth = 0

    func start(_ name: String, attributes: [String: String]) {
        if name == "mc:Fallback" { fallbackDepth += 1 }
        if name == "w:del" { deletedDepth += 1 }
        guard fallbackDepth == 0, deletedDepth == 0 else { return }
        switch name {
        case "w:p":
            paragraphs.append(Paragraph())
        case "w:pStyle":
            let style = (attributes["w:val"] ?? "").lowercased()
            if style.hasPrefix("heading") || style == "title" || style.hasPrefix("berschrift") {
                paragraphs.indices.last.map { paragraphs[$0].isHeading = true }
            }
            if style.contains("list") {
                paragraphs.indices.last.map { paragraphs[$0].isListItem = true }
            }
        case "w:numPr":
            paragraphs.indices.last.map { paragraphs[$0].isListItem = true }
        case "w:t":
            inText = true
        case "w:tab":
            append(" ")
        case "w:br", "w:cr":
            if let last = paragraphs.indices.last {
                finishText(of: paragraphs[last])
                paragraphs[last].text = ""
            }
        case "w:tr":
            rows.append([])
        case "w:tc":
            cellText.append("")
        default:
            break
        }
    }

    func end(_ name: String) {
        if name == "mc:Fallback" {
            fallbackDepth -= 1
            return
        }
        if name == "w:del" {
            deletedDepth -= 1
            return
        }
        guard fallbackDepth == 0, deletedDepth == 0 else { return }
        switch name {
        case "w:t":
            inText = false
        case "w:p":
            if let paragraph = paragraphs.popLast() { finishText(of: paragraph) }
        case "w:tc":
            if let text = cellText.popLast(), !rows.isEmpty {
                rows[rows.count - 1].append(text)
            }
        case "w:tr":
            if let cells = rows.popLast() {
                let row = cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
                if !row.isEmpty { emit(SourceLine(text: row.joined(separator: " | "))) }
            }
        default:
            break
        }
    }

    func characters(_ string: String) {
        if inText, fallbackDepth == 0, deletedDepth == 0 { append(string) }
    }

    private func append(_ string: String) {
        guard let last = paragraphs.indices.last else { return }
        paragraphs[last].text += string
    }

    private func finishText(of paragraph: Paragraph) {
        let text = paragraph.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        emit(
            SourceLine(
                text: paragraph.isListItem ? "• " + text : text, isHeading: paragraph.isHeading))
    }

    /// Inside a table cell a paragraph joins the cell's text; elsewhere it is a line.
    private func emit(_ line: SourceLine) {
        if let last = cellText.indices.last {
            cellText[last] += cellText[last].isEmpty ? line.text : " " + line.text
        } else {
            lines.append(line)
        }
    }
}
