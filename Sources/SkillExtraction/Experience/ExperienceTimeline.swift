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

    init(document: ResumeDocument, parser: DateRangeParser) {
        for section in document.sections where section.kind == .experience {
            // Volunteer work counts at half, like an internship.
            let volunteer = section.heading?.lowercased().contains("volunteer") ?? false
            var starts: [(line: Int, range: DateRange)] = []
            for index in section.lines {
                if let range = parser.range(in: document.lines[index]) {
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
                let heading = document.lines[first...min(start.line + 1, last)].joined(
                    separator: " ")
                entries.append(
                    Entry(
                        range: start.range, firstLine: first, lastLine: last,
                        isInternship: volunteer || Self.mentionsInternship(heading)))
            }
        }
    }

    /// The entry that a line of an experience section belongs to.
    func entry(containing line: Int) -> Entry? {
        entries.first { ($0.firstLine...$0.lastLine).contains(line) }
    }

    /// Total professional years: overlapping ranges merged, internships at half.
    var totalYears: Double {
        let full = Self.months(of: entries.filter { !$0.isInternship }.map(\.range))
        let internMonths = Self.months(of: entries.filter(\.isInternship).map(\.range)).subtracting(
            full)
        let total = Double(full.count) + Double(internMonths.count) / 2
        return (total / 12 * 10).rounded() / 10
    }

    /// The distinct months covered by `ranges`.
    static func months(of ranges: [DateRange]) -> Set<Int> {
        var months = Set<Int>()
        for range in ranges where range.months > 0 {
            months.formUnion(range.start.index...range.end.index)
        }
        return months
    }

    /// How many distinct months `ranges` cover: `months(of:).count`, from the ranges merged in
    /// order rather than from a set of every month.
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

    private static func mentionsInternship(_ text: String) -> Bool {
        let words = Tokenizer.tokens(of: text).map(\.key)
        return words.contains {
            $0 == "intern" || $0 == "internship" || $0 == "trainee" || $0 == "co-op"
                || $0 == "apprentice"
                || $0 == "apprenticeship" || $0 == "werkstudent"
        }
    }
}
