import Foundation

/// The file formats SkillGap reads.
public enum ResumeFormat: String, Sendable, Codable, CaseIterable {
    case pdf
    case docx
    case text
    case markdown
    case html
    case jsonResume = "json-resume"

    /// The list shown to a user whose file is of another type.
    public static let supportedList = "PDF, DOCX, plain text, Markdown, HTML, JSON Resume"
}

/// A date range of an entry whose dates the source gave as data (JSON Resume's work and education).
public struct DatedEntry: Sendable, Equatable, Codable {
    public var title: String
    public var organisation: String
    public var start: String?
    public var end: String?
    /// The 0-based index of the entry's first line in ``ResumeDocument/lines``.
    public var firstLine: Int
    /// The 0-based index of the entry's last line in ``ResumeDocument/lines``.
    public var lastLine: Int

    public init(
        title: String, organisation: String, start: String?, end: String?, firstLine: Int,
        lastLine: Int
    ) {
        self.title = title
        self.organisation = organisation
        self.start = start
        self.end = end
        self.firstLine = firstLine
        self.lastLine = lastLine
    }
}

/// A resume as clean text, divided into sections.
public struct ResumeDocument: Sendable, Equatable, Codable {
    public var sourcePath: String
    public var format: ResumeFormat
    public var pageCount: Int
    /// The cleaned lines, blank lines kept where the layout had a break.
    public var lines: [String]
    public var sections: [ResumeSection]
    /// Entries with structured dates, for formats that carry them.
    public var entries: [DatedEntry]
    /// Recoverable problems met while reading, one sentence each.
    public var warnings: [String]

    public init(
        sourcePath: String, format: ResumeFormat, pageCount: Int, lines: [String],
        sections: [ResumeSection], entries: [DatedEntry] = [], warnings: [String] = []
    ) {
        self.sourcePath = sourcePath
        self.format = format
        self.pageCount = pageCount
        self.lines = lines
        self.sections = sections
        self.entries = entries
        self.warnings = warnings
    }

    /// The section that holds the 0-based line `index`.
    ///
    /// The reader makes sections in line order without overlaps, so a binary search finds the
    /// one: asked for every line, a scan of every section made a file of a thousand headings
    /// quadratic. Sections built in another order are still found, by a scan.
    public func section(containing index: Int) -> ResumeSection? {
        var low = 0
        var high = sections.count
        while low < high {
            let middle = (low + high) / 2
            if sections[middle].lines.lowerBound <= index {
                low = middle + 1
            } else {
                high = middle
            }
        }
        if low > 0, sections[low - 1].lines.contains(index) { return sections[low - 1] }
        return sections.first { $0.lines.contains(index) }
    }
}
