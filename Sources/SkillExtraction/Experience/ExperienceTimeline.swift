import ResumeReading

/// The dated entries of a resume's experience sections and the years they add up to.
struct ExperienceTimeline {
    /// A dated role: its range, the lines it covers, and whether it was an internship.
    struct Entry: Equatable {
        var range: DateRange
        var firstLine: Int
        var lastLine: Int
        var isInternship: Bool
    }

    private(set) var entries: [Entry] = []

    /// `tokens` holds the tokens of every line of `document`, cut once by the extractor.
    init(document: ResumeDocument, tokens: [[Token]], parser: DateRangeParser) {
        for section in document.sections where section.kind == .experience {
            // Volunteer work counts at half, like an internship.
            let volunteer = section.heading.map(Self.mentionsVolunteering) ?? false
            var starts: [(line: Int, range: DateRange)] = []
            for index in section.lines {
                let next = index < section.lines.upperBound ? tokens[index + 1] : nil
                if let range = parser.range(
                    in: document.lines[index], tokens: tokens[index], next: next)
                {
                    starts.append((index, range))
                }
            }
            for (position, start) in starts.enumerated() {
                // The title line just above a date belongs to the entry.
                var first = start.line
                if first - 1 > section.lines.lowerBound,
                    position == 0 || first - 1 > starts[position - 1].line,
                    !document.lines[first - 1].isEmpty
                {
                    first -= 1
                }
                let last =
                    position + 1 < starts.count
                    ? max(first, starts[position + 1].line - 2) : section.lines.upperBound
                let heading = tokens[first...min(start.line + 1, last)]
                entries.append(
                    Entry(
                        range: start.range, firstLine: first, lastLine: last,
                        isInternship: volunteer
                            || heading.contains { $0.contains(where: Self.marksInternship) }))
            }
        }
    }

    /// The entry that a line of an experience section belongs to.
    func entry(containing line: Int) -> Entry? {
        entries.first { ($0.firstLine...$0.lastLine).contains(line) }
    }

    /// Total professional years: overlapping ranges merged, internships at half.
    var totalYears: Double {
        let full = Self.monthCount(of: entries.filter { !$0.isInternship }.map(\.range))
        // The months only internships cover: all covered months less the full-time ones.
        let internMonths = Self.monthCount(of: entries.map(\.range)) - full
        let total = Double(full) + Double(internMonths) / 2
        return (total / 12 * 10).rounded() / 10
    }

    /// How many distinct months `ranges` cover, from the ranges merged in order rather than from
    /// a set of every month.
    static func monthCount(of ranges: [DateRange]) -> Int {
        var count = 0
        var coveredTo = Int.min
        for range in ranges.filter({ $0.months > 0 }).sorted(by: { $0.start < $1.start }) {
            let first = max(range.start.index, coveredTo + 1)
            if range.end.index >= first { count += range.end.index - first + 1 }
            coveredTo = max(coveredTo, range.end.index)
        }
        return count
    }

    /// "volunteer" anywhere in the text, in any case ("Volunteering", "VOLUNTEER WORK"); compared
    /// as bytes, which is much cheaper than Foundation's substring search.
    private static func mentionsVolunteering(_ text: String) -> Bool {
        ByteSearch.contains("volunteer", in: Array(text.lowercased().utf8))
    }

    private static func marksInternship(_ token: Token) -> Bool {
        // The words are 5 to 14 bytes long and start with one of four letters: most tokens are
        // told apart by those two facts without a string compare.
        let key = token.key.utf8
        guard (5...14).contains(key.count) else { return false }
        switch key.first {
        case UInt8(ascii: "i"), UInt8(ascii: "t"), UInt8(ascii: "c"), UInt8(ascii: "a"),
            UInt8(ascii: "w"):
            break
        default:
            return false
        }
        switch token.key {
        case "intern", "internship", "trainee", "co-op", "apprentice", "apprenticeship",
            "werkstudent":
            return true
        default:
            return false
        }
    }
}
