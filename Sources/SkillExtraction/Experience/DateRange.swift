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
        guard Self.hasFourDigits(line) else { return nil }
        let pieces = self.pieces(of: tokens)
        for (index, piece) in pieces.enumerated() {
            guard case .point(let start, _) = piece else { continue }
            var next = index + 1
            if next < pieces.count, pieces[next] == .separator { next += 1 }
            let joined = next > index + 1
            if next < pieces.count, joined, let range = range(from: start, to: pieces[next]) {
                return range
            }
            // A lone season ("Summer 2021") is a range of its own.
            if case .point(_, let endMonth?) = piece, !joined || next >= pieces.count {
                return DateRange(start: start, end: MonthStamp(year: start.year, month: endMonth))
            }
        }
        return next.flatMap { wrappedRange(pieces, next: $0) }
    }

    /// The range from `start` to the end `piece` stands for, if it is a date or "present" that
    /// does not come before it.
    private func range(from start: MonthStamp, to piece: Piece) -> DateRange? {
        switch piece {
        case .point(let end, let endMonth):
            let last = endMonth.map { MonthStamp(year: end.year, month: $0) } ?? end
            return last >= start && last.year - start.year <= 60
                ? DateRange(start: start, end: last) : nil
        case .present:
            return today >= start ? DateRange(start: start, end: today) : nil
        default:
            return nil
        }
    }

    /// The range of a line that starts with a date and a dash that no date follows on it
    /// (`pieces`), ended by the date or "present" that the next line starts with, when the next
    /// line does not open a range itself.
    private func wrappedRange(_ pieces: [Piece], next nextTokens: [Token]) -> DateRange? {
        guard pieces.count >= 2, case .point(let start, nil) = pieces[0],
            pieces[1] == .separator, pieces.count == 2 || pieces[2] == .other
        else { return nil }
        let following = self.pieces(of: nextTokens)
        guard let end = following.first, following.count < 2 || following[1] != .separator
        else { return nil }
        return range(from: start, to: end)
    }

    /// Every year written in the line (for "last used" and graduation years).
    public func years(in line: String) -> [Int] {
        years(in: line, tokens: Tokenizer.tokens(of: line))
    }

    /// Every year written in `text`, whose tokens the caller has already cut.
    func years(in text: String, tokens: [Token]) -> [Int] {
        guard Self.hasFourDigits(text) else { return [] }
        return pieces(of: tokens).compactMap {
            if case .point(let stamp, _) = $0 { return stamp.year }
            return nil
        }
    }

    private func pieces(of tokens: [Token]) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(tokens.count)
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
                    pieces.append(.point(MonthStamp(year: year, month: month), endMonth: nil))
                    index = yearIndex + 1
                    continue
                }
            }
            if isWord, index + 1 < tokens.count, let year = Self.year(tokens[index + 1].key),
                let season = Self.seasons[key]
            {
                pieces.append(.point(MonthStamp(year: year, month: season.0), endMonth: season.1))
                index += 2
                continue
            }
            // "01/2019", "2016/09", "2019/2021".
            if isNumber, index + 2 < tokens.count, tokens[index + 1].key == "/",
                let first = Int(key), let second = Int(tokens[index + 2].key)
            {
                if (1...12).contains(first), let year = Self.year(tokens[index + 2].key) {
                    pieces.append(.point(MonthStamp(year: year, month: first), endMonth: nil))
                    index += 3
                    continue
                }
                if let year = Self.year(key), (1...12).contains(second),
                    tokens[index + 2].key.count <= 2
                {
                    pieces.append(.point(MonthStamp(year: year, month: second), endMonth: nil))
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
                        pieces.append(.point(MonthStamp(year: year, month: month), endMonth: nil))
                        index += 1
                        continue
                    }
                    if parts.count == 2, let endYear = Self.year(parts[1]) {
                        pieces.append(.point(MonthStamp(year: year, month: 1), endMonth: nil))
                        pieces.append(.separator)
                        pieces.append(.point(MonthStamp(year: endYear, month: 12), endMonth: nil))
                        index += 1
                        continue
                    }
                    if parts.count == 2, Self.isPresent(parts[1]) {
                        pieces += [
                            .point(MonthStamp(year: year, month: 1), endMonth: nil), .separator,
                            .present,
                        ]
                        index += 1
                        continue
                    }
                }
            }
            if isNumber, let year = Self.year(key) {
                // A bare year: January when it starts a range, December when it ends one.
                let endsRange = pieces.last == .separator
                pieces.append(
                    .point(MonthStamp(year: year, month: endsRange ? 12 : 1), endMonth: nil))
                index += 1
                continue
            }
            if isWord, Self.mayBePresent(lead), Self.isPresent(key) {
                pieces.append(.present)
            } else if Self.isSeparator(key) {
                if pieces.last != .separator { pieces.append(.separator) }
            } else if !Self.isMark(key, ",") && !Self.isMark(key, ".") {
                pieces.append(.other)
            }
            index += 1
        }
        return pieces
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
