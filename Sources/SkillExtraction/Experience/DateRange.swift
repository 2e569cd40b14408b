/// A month, counted from year zero, so ranges are simple integer spans.
public struct MonthStamp: Sendable, Equatable, Comparable, Hashable {
    public var index: Int

    public init(year: Int, month: Int) {
        index = year * 12 + (month - 1)
    }

    public var year: Int { index / 12 }

    public static func < (lhs: MonthStamp, rhs: MonthStamp) -> Bool { lhs.index < rhs.index }
}

/// A span of months, both ends included.
public struct DateRange: Sendable, Equatable {
    public var start: MonthStamp
    public var end: MonthStamp

    public var months: Int { max(0, end.index - start.index + 1) }
}

/// Finds date ranges in a line in the forms resumes use: "Jan 2019 - Present",
/// "January 2019 to Mar 2021", "01/2019 - 06/2021", "2019-2021", "2017 – 2020", "2016/09 - now",
/// "2020-06-01 - 2023-01", "Summer 2021", "Fall 2020 - Spring 2022". Present, Current, Now and
/// Today stand for `today`.
public struct DateRangeParser: Sendable {
    public var today: MonthStamp

    public init(today: MonthStamp) {
        self.today = today
    }

    private enum Piece: Equatable {
        case point(MonthStamp, endMonth: Int?)
        case present
        case separator
        case other
    }

    /// The first date range in `line`, if any.
    public func range(in line: String) -> DateRange? {
        range(in: line, tokens: Tokenizer.tokens(of: line))
    }

    /// The first date range in `line`, whose tokens the caller has already cut. With the tokens
    /// of the line after it, also a range that a date column wraps over the two lines ("June
    /// 2020 – Developer, Acme" above "Present Working on ...").
    func range(in line: String, tokens: [Token], next: [Token]? = nil) -> DateRange? {
        match(in: line, tokens: tokens, next: next)?.range
    }

    /// A date range found in a line, with the tokens it was read from.
    struct Match: Equatable {
        var range: DateRange
        /// The indices of the line's tokens that the dates were written with.
        var tokens: ClosedRange<Int>
        /// The range ends "present", or was left open ("2016 / 09 -" with nothing after it).
        var isCurrent: Bool
        /// The range ends on the next line ("June 2020 –" above "Present Working on ...").
        var wrapped = false
    }

    /// The first date range in `line` with the tokens that hold it. An end before the start,
    /// or a start after today, is kept (its range covers no month) so that the caller can warn.
    func match(in line: String, tokens: [Token], next: [Token]? = nil) -> Match? {
        guard Self.hasFourDigits(line) else { return nil }
        let (pieces, spans) = self.pieces(of: tokens)
        for (index, piece) in pieces.enumerated() {
            guard case .point(let start, _) = piece else { continue }
            var next = index + 1
            if next < pieces.count, pieces[next] == .separator { next += 1 }
            let joined = next > index + 1
            if next < pieces.count, joined, let range = range(from: start, to: pieces[next]) {
                return Match(
                    range: range, tokens: spans[index].lowerBound...spans[next].upperBound,
                    isCurrent: pieces[next] == .present)
            }
            // A lone season ("Summer 2021") is a range of its own.
            if case .point(_, let endMonth?) = piece, !joined || next >= pieces.count {
                return Match(
                    range: DateRange(
                        start: start, end: MonthStamp(year: start.year, month: endMonth)),
                    tokens: spans[index], isCurrent: false)
            }
        }
        return next.flatMap { wrappedRange(pieces, spans: spans, next: $0) }
    }

    /// The range from `start` to the end `piece` stands for, if it is a date or "present";
    /// an end before the start gives a range of no months, for the caller to warn about.
    private func range(from start: MonthStamp, to piece: Piece) -> DateRange? {
        switch piece {
        case .point(let end, let endMonth):
            let last = endMonth.map { MonthStamp(year: end.year, month: $0) } ?? end
            return abs(last.year - start.year) <= 60 ? DateRange(start: start, end: last) : nil
        case .present:
            return DateRange(start: start, end: today)
        default:
            return nil
        }
    }

    /// The range of a line that starts with a date and a dash that no date follows on it
    /// (`pieces`), ended by the date or "present" that the next line starts with, when the next
    /// line does not open a range itself; with no such end, a range left open, which runs to
    /// today ("2016 / 09 - University of Bremen").
    private func wrappedRange(
        _ pieces: [Piece], spans: [ClosedRange<Int>], next nextTokens: [Token]
    )
        -> Match?
    {
        guard pieces.count >= 2, case .point(let start, nil) = pieces[0],
            pieces[1] == .separator, pieces.count == 2 || pieces[2] == .other
        else { return nil }
        let tokens = spans[0].lowerBound...spans[1].upperBound
        let (following, _) = self.pieces(of: nextTokens)
        if let end = following.first, following.count < 2 || following[1] != .separator,
            let range = range(from: start, to: end)
        {
            return Match(range: range, tokens: tokens, isCurrent: end == .present, wrapped: true)
        }
        // Left open only when the next line holds no date at all: a year there ("Tested the
        // 2011 release") leaves the range unread.
        if following.contains(where: { if case .point = $0 { return true } else { return false } })
        {
            return nil
        }
        return Match(range: DateRange(start: start, end: today), tokens: tokens, isCurrent: true)
    }

    /// Whether a line holds nothing but dates: points, "present" words and dashes or pipes.
    func isDateOnly(_ tokens: [Token]) -> Bool {
        let pieces = stackPieces(tokens).map(\.piece)
        return !pieces.isEmpty && pieces.allSatisfy { $0 != .other }
            && pieces.contains { $0 != .separator }
    }

    /// The ranges of a column of date lines read one after another: "2025 – Present" on each
    /// line, or a range stacked over three lines ("Current", "|", "08/2023"), either end first.
    func stackedRanges(_ lines: [[Token]]) -> [DateRange] {
        let pieces = lines.flatMap(stackPieces)
        var ranges: [DateRange] = []
        var index = 0
        while index + 2 < pieces.count {
            guard pieces[index + 1].piece == .separator else {
                index += 1
                continue
            }
            let (first, second) = (pieces[index], pieces[index + 2])
            switch (first.piece, second.piece) {
            case (.point(let one, _), .point(let other, _)):
                // Either end may come first; a bare year means its whole year.
                let (early, late) = one <= other ? (first, second) : (second, first)
                guard case .point(var start, _) = early.piece, case .point(var end, _) = late.piece
                else { break }
                if early.bare { start = MonthStamp(year: start.year, month: 1) }
                if late.bare { end = MonthStamp(year: end.year, month: 12) }
                ranges.append(DateRange(start: start, end: end))
            case (.point(let start, _), .present), (.present, .point(let start, _)):
                ranges.append(DateRange(start: start, end: today))
            default:
                break
            }
            index += 3
        }
        return ranges
    }

    /// The date pieces of a line on which a pipe is a separator too, each marked when it is a
    /// year alone ("2021").
    private func stackPieces(_ tokens: [Token]) -> [(piece: Piece, bare: Bool)] {
        guard !tokens.isEmpty else { return [] }
        if tokens.allSatisfy({ $0.key == "|" }) { return [(.separator, false)] }
        let kept = tokens.filter { $0.key != "|" }
        let (pieces, spans) = self.pieces(of: kept)
        return zip(pieces, spans).map { piece, span in
            (piece, span.count == 1 && Self.year(kept[span.lowerBound].key) != nil)
        }
    }

    /// Every year written in the line (for "last used" and graduation years).
    public func years(in line: String) -> [Int] {
        years(in: line, tokens: Tokenizer.tokens(of: line))
    }

    /// Every year written in `text`, whose tokens the caller has already cut.
    func years(in text: String, tokens: [Token]) -> [Int] {
        guard Self.hasFourDigits(text) else { return [] }
        return pieces(of: tokens).pieces.compactMap {
            if case .point(let stamp, _) = $0 { return stamp.year }
            return nil
        }
    }

    /// The date pieces of a line's tokens, each with the tokens it was read from.
    private func pieces(of tokens: [Token]) -> (pieces: [Piece], spans: [ClosedRange<Int>]) {
        var pieces: [Piece] = []
        var spans: [ClosedRange<Int>] = []
        pieces.reserveCapacity(tokens.count)
        spans.reserveCapacity(tokens.count)
        func add(_ piece: Piece, _ span: ClosedRange<Int>) {
            pieces.append(piece)
            spans.append(span)
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let key = token.key
            // Names (months, seasons, "present") start with a letter, numbers with a digit; most
            // words are neither a name nor a number, and are told so without a table lookup.
            let lead = key.utf8.first ?? 0
            let isWord =
                lead >= UInt8(ascii: "a") && lead <= UInt8(ascii: "z")
                && Self.nameLengths.contains(key.utf8.count)
            let isNumber = lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9")
            // Month name (optionally with a full stop) then a year; the year is checked first,
            // being the rarer of the two.
            if isWord, index + 1 < tokens.count {
                var yearIndex = index + 1
                if Self.isMark(tokens[yearIndex].key, ".")
                    || Self.isMark(tokens[yearIndex].key, ",")
                {
                    yearIndex += 1
                }
                if yearIndex < tokens.count, let year = Self.year(tokens[yearIndex].key),
                    let month = Self.months[key]
                {
                    add(
                        .point(MonthStamp(year: year, month: month), endMonth: nil),
                        index...yearIndex)
                    index = yearIndex + 1
                    continue
                }
            }
            if isWord, index + 1 < tokens.count, let year = Self.year(tokens[index + 1].key),
                let season = Self.seasons[key]
            {
                add(
                    .point(MonthStamp(year: year, month: season.0), endMonth: season.1),
                    index...(index + 1))
                index += 2
                continue
            }
            // "01/2019", "2016/09", "2019/2021".
            if isNumber, index + 2 < tokens.count, tokens[index + 1].key == "/",
                let first = Int(key), let second = Int(tokens[index + 2].key)
            {
                if (1...12).contains(first), let year = Self.year(tokens[index + 2].key) {
                    add(
                        .point(MonthStamp(year: year, month: first), endMonth: nil),
                        index...(index + 2))
                    index += 3
                    continue
                }
                if let year = Self.year(key), (1...12).contains(second),
                    tokens[index + 2].key.count <= 2
                {
                    add(
                        .point(MonthStamp(year: year, month: second), endMonth: nil),
                        index...(index + 2))
                    index += 3
                    continue
                }
            }
            // "2020-06-01", "2020-06", "2019-2021" (one token, hyphen inside).
            if isNumber, !token.isPunctuation, key.utf8.contains(UInt8(ascii: "-")) {
                let parts = key.split(separator: "-").map(String.init)
                if parts.count >= 2, let year = Self.year(parts[0]) {
                    if parts.count >= 2, parts[1].count <= 2, let month = Int(parts[1]),
                        (1...12).contains(month)
                    {
                        add(
                            .point(MonthStamp(year: year, month: month), endMonth: nil),
                            index...index)
                        index += 1
                        continue
                    }
                    if parts.count == 2, let endYear = Self.year(parts[1]) {
                        add(.point(MonthStamp(year: year, month: 1), endMonth: nil), index...index)
                        add(.separator, index...index)
                        add(
                            .point(MonthStamp(year: endYear, month: 12), endMonth: nil),
                            index...index)
                        index += 1
                        continue
                    }
                    if parts.count == 2, Self.isPresent(parts[1]) {
                        add(.point(MonthStamp(year: year, month: 1), endMonth: nil), index...index)
                        add(.separator, index...index)
                        add(.present, index...index)
                        index += 1
                        continue
                    }
                }
            }
            if isNumber, let year = Self.year(key) {
                // A bare year: January when it starts a range, December when it ends one.
                let endsRange = pieces.last == .separator
                add(
                    .point(MonthStamp(year: year, month: endsRange ? 12 : 1), endMonth: nil),
                    index...index)
                index += 1
                continue
            }
            if isWord, Self.mayBePresent(lead), Self.isPresent(key) {
                add(.present, index...index)
            } else if Self.isSeparator(key) {
                if pieces.last != .separator { add(.separator, index...index) }
            } else if !Self.isMark(key, ",") && !Self.isMark(key, ".") {
                add(.other, index...index)
            }
            index += 1
        }
        return (pieces, spans)
    }

    /// "-", "–", "—", "~", "→", "to", "until", "till", "through", "thru". Told apart by length
    /// first: comparing a word with a non-ASCII literal ("–") takes the string comparison's slow,
    /// normalising path, and this runs for every token of a dated line.
    /// Whether a word starting with `byte` may be one of ``presentWords``: most words are not
    /// looked up at all.
    static func mayBePresent(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "p"), UInt8(ascii: "c"), UInt8(ascii: "n"), UInt8(ascii: "t"),
            UInt8(ascii: "o"), UInt8(ascii: "d"):
            return true
        default:
            return false
        }
    }

    /// Whether `key` is one of ``presentWords``, told by its length before any comparison
    /// and without hashing it: this runs for many words of every dated line.
    static func isPresent(_ key: String) -> Bool {
        switch key.utf8.count {
        case 3: return key == "now"
        case 4: return key == "date"
        case 5: return key == "today"
        case 7: return key == "present" || key == "current" || key == "ongoing"
        default: return false
        }
    }

    /// The words that stand for today: ``isPresent(_:)`` tells them by length, and a test holds
    /// it and ``mayBePresent(_:)`` to this list.
    static let presentWords = ["present", "current", "now", "today", "ongoing", "date"]

    /// Whether `key` is the one ASCII mark `mark`, told from its bytes: comparing a non-ASCII
    /// token ("–") with a string literal takes the comparison's slow, normalising path.
    private static func isMark(_ key: String, _ mark: Unicode.Scalar) -> Bool {
        key.utf8.count == 1 && key.utf8.first == UInt8(mark.value)
    }

    private static func isSeparator(_ key: String) -> Bool {
        switch key.utf8.count {
        case 1: return key == "-" || key == "~"
        case 2: return key == "to"
        // The dashes and the arrow are three bytes, all starting E2.
        case 3: return key.utf8.first == 0xE2 && (key == "–" || key == "—" || key == "→")
        case 4: return key == "till" || key == "thru"
        case 5: return key == "until"
        case 7: return key == "through"
        default: return false
        }
    }

    /// Every form names a year: a line without four digits in a row has no date.
    static func hasFourDigits(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var run = 0
            for byte in bytes {
                if byte >= 0x30 && byte <= 0x39 {
                    run += 1
                    if run == 4 { return true }
                } else {
                    run = 0
                }
            }
            return false
        }
    }

    private static func year(_ text: String) -> Int? {
        // Four bytes, not characters: a number is ASCII, and counting characters walks them.
        guard text.utf8.count == 4, let value = Int(text), (1950...2100).contains(value) else {
            return nil
        }
        return value
    }

    /// The names (months, seasons, "present") are 3 to 9 letters long ("may" to "september").
    static let nameLengths = 3...9

    /// Every name of the tables below, for the test that they all pass the checks above.
    static var names: [String] {
        Array(months.keys) + Array(seasons.keys) + presentWords
    }

    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = [
            ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"],
            ["jun", "june"], ["jul", "july"], ["aug", "august"], ["sep", "sept", "september"],
            ["oct", "october"], ["nov", "november"], ["dec", "december"],
        ]
        for (index, forms) in names.enumerated() {
            for form in forms { table[form] = index + 1 }
        }
        return table
    }()

    private static let seasons: [String: (Int, Int)] = [
        "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 12),
    ]

}

extension MonthStamp {
    /// "2021-03".
    public var text: String {
        let month = index % 12 + 1
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }
}
