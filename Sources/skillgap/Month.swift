import ArgumentParser
import SkillExtraction

/// The month `--as-of` names.
enum Month {
    /// `text` as YYYY-MM, or this month when nil.
    static func parse(_ text: String?) throws -> MonthStamp {
        guard let text else { return SkillExtractor.currentMonth() }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1950...2100).contains(parts[0]), (1...12).contains(parts[1]) else {
            throw ValidationError("--as-of takes a month as YYYY-MM, such as 2026-11")
        }
        return MonthStamp(year: parts[0], month: parts[1])
    }
}

/// `--as-of`, shared by every command that reads dates.
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Count Present, Current and Now as this month, YYYY-MM (default: this month).",
            valueName: "month"))
    var text: String?

    func validate() throws {
        _ = try Month.parse(text)
    }

    /// The month "Present" stands for.
    func month() throws -> MonthStamp { try Month.parse(text) }
}
