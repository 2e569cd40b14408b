import Foundation

/// What a report says, before any format: a title, facts, and titled sections of blocks.
///
/// The builders (`Report+Analysis.swift` and the others) decide every word, number and order;
/// the writers (`TextWriter`, `MarkdownWriter`, `HTMLWriter`) only lay the model out. A new
/// section is one builder function returning `.section(heading, blocks)`, appended where the
/// report should show it (README, "Writing reports"); a new format is one writer.
public struct Report: Sendable, Equatable {
    public var title: Title?
    /// The blocks under the title; sections are blocks too.
    public var blocks: [Block]

    public init(title: Title? = nil, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }

    /// The report's name, what it is about, and a short detail ("pdf, 1 page").
    public struct Title: Sendable, Equatable {
        public var text: String
        public var subject: String?
        public var detail: String?
    }

    /// A titled part of the report; a section inside a section is a subsection.
    public struct Section: Sendable, Equatable {
        public var heading: String
        /// An identifier shown beside the heading, such as a role id.
        public var code: String?
        public var blocks: [Block]

        public init(_ heading: String, code: String? = nil, blocks: [Block]) {
            self.heading = heading
            self.code = code
            self.blocks = blocks
        }
    }

    public indirect enum Block: Sendable, Equatable {
        /// Key-value lines ("Experience: 7.5 years ...").
        case facts([Fact])
        case table(Table)
        /// Labelled bars of a value out of a maximum.
        case bars(Bars)
        case list(List)
        /// A paragraph.
        case note(String)
        case section(Section)
    }

    /// How good a value is, shown as colour where the format has it.
    public enum Tone: String, Sendable, Equatable {
        case good, fair, poor, info
    }

    /// A short status word or value shown with its tone ("met", "53.3/100").
    public struct Badge: Sendable, Equatable {
        public var text: String
        public var tone: Tone
    }

    /// One key-value line: `key: badge, text`, with an optional meter of `fraction` (0 to 1).
    public struct Fact: Sendable, Equatable {
        public var key: String
        public var badge: Badge?
        public var text: String
        public var meter: Double?

        public init(_ key: String, _ text: String, badge: Badge? = nil, meter: Double? = nil) {
            self.key = key
            self.text = text
            self.badge = badge
            self.meter = meter
        }
    }

    public struct Table: Sendable, Equatable {
        public var columns: [Column]
        public var rows: [[Cell]]
    }

    public struct Column: Sendable, Equatable {
        public enum Alignment: Sendable, Equatable { case leading, trailing }
        public var header: String
        /// Numbers align trailing.
        public var alignment: Alignment

        public init(_ header: String, _ alignment: Alignment = .leading) {
            self.header = header
            self.alignment = alignment
        }
    }

    /// A table cell: its text, a tone, and an optional meter of `meter` (0 to 1) after it.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var tone: Tone?
        public var meter: Double?

        public init(_ text: String, tone: Tone? = nil, meter: Double? = nil) {
            self.text = text
            self.tone = tone
            self.meter = meter
        }
    }

    /// Bars with the headers a tabular format needs for their three parts.
    public struct Bars: Sendable, Equatable {
        public var labelHeader: String
        public var valueHeader: String
        public var shareHeader: String
        public var rows: [Bar]
    }

    /// `label`, a bar of `value` out of `maximum`, the share ("64%") and the value ("18.5 of 28.8").
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var maximum: Double
        public var share: String
        public var valueText: String
        public var tone: Tone

        /// The filled part of the bar, 0 to 1.
        public var fraction: Double { maximum > 0 ? min(1, max(0, value / maximum)) : 0 }
    }

    public struct List: Sendable, Equatable {
        /// Numbered in order (a plan's steps), or bulleted.
        public var ordered: Bool
        public var items: [Item]
    }

    /// A list item: `lead` in bold, a badge, the text, a quoted line, a link, and sub-items.
    public struct Item: Sendable, Equatable {
        public var lead: String?
        public var badge: Badge?
        public var text: String
        public var quote: Quote?
        public var link: Link?
        public var children: [Item]

        public init(
            lead: String? = nil, badge: Badge? = nil, _ text: String, quote: Quote? = nil,
            link: Link? = nil, children: [Item] = []
        ) {
            self.lead = lead
            self.badge = badge
            self.text = text
            self.quote = quote
            self.link = link
            self.children = children
        }
    }

    /// Text quoted from a source: `source` says where ("line 61, experience"), `text` what.
    public struct Quote: Sendable, Equatable {
        public var source: String
        public var text: String
    }

    /// A web link; builders make only `http` and `https` ones.
    public struct Link: Sendable, Equatable {
        public var title: String
        public var url: String
    }
}

/// Shorthands that keep a builder function about its content.
extension Report.Block {
    /// A section of `blocks` under `heading`.
    static func section(_ heading: String, code: String? = nil, _ blocks: [Report.Block]) -> Self {
        .section(Report.Section(heading, code: code, blocks: blocks))
    }

    /// A table of `rows` under `columns`.
    static func table(_ columns: [Report.Column], _ rows: [[Report.Cell]]) -> Self {
        .table(Report.Table(columns: columns, rows: rows))
    }

    /// A bulleted list.
    static func bullets(_ items: [Report.Item]) -> Self {
        .list(Report.List(ordered: false, items: items))
    }

    /// A numbered list, such as a plan's steps.
    static func numbered(_ items: [Report.Item]) -> Self {
        .list(Report.List(ordered: true, items: items))
    }
}
