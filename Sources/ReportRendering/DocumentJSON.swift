import Foundation
import ResumeReading
import SkillExtraction

/// The JSON form of `skillgap read`, a deliberate contract separate from the domain types.
public enum DocumentJSON {
    struct Report: Encodable {
        var schemaVersion = 1
        var source: Source
        var lines: [String]
        var sections: [Section]
        var entries: [DatedEntry]
        /// The dated roles read from the experience sections; absent when not asked for.
        var history: AnalysisReport.History?
    }

    struct Source: Encodable {
        var path: String
        var format: String
        var pages: Int
        var warnings: [String]
    }

    struct Section: Encodable {
        var kind: String
        var heading: String?
        /// 1-based, inclusive.
        var firstLine: Int
        var lastLine: Int
    }

    public static func render(_ document: ResumeDocument, history: CareerHistory? = nil) throws
        -> String
    {
        let report = Report(
            source: Source(
                path: document.sourcePath, format: document.format.rawValue,
                pages: document.pageCount, warnings: document.warnings),
            lines: document.lines,
            sections: document.sections.map {
                Section(
                    kind: $0.kind.rawValue, heading: $0.heading, firstLine: $0.lines.lowerBound + 1,
                    lastLine: $0.lines.upperBound + 1)
            },
            entries: document.entries, history: history.map(AnalysisReport.History.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
