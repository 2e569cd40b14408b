import ResumeReading
import SkillLexicon

/// A degree found in a resume.
public struct EducationRecord: Sendable, Equatable {
    public enum Status: String, Sendable {
        case completed
        case inProgress = "in-progress"
        /// Left unfinished ("PhD (ABD)", "discontinued"): not a degree held.
        case incomplete
    }

    public var degree: Degree
    /// The degree as written ("M.Sc.", "Bachelor of Science").
    public var written: String
    public var field: String?
    public var status: Status
    /// The 0-based line it was found on.
    public var line: Int
}

/// Finds degrees, their fields and whether they are finished, by name or abbreviation
/// (B.S., BSc, B.Tech, B.E., M.S., MSc, M.Tech, MBA, PhD, ...).
struct EducationParser {
    let parser: DateRangeParser

    /// The degrees of `document`, and the tokens of each one's field of study by line (a field
    /// names the degree, it is not a skill the person has shown: "Computer Science" in "B.S. in
    /// Computer Science"). `tokens` holds the tokens of each line.
    func records(in document: ResumeDocument, tokens: [[Token]]) -> (
        records: [EducationRecord], fieldTokens: [Int: Range<Int>]
    ) {
        let educationLines = document.sections.filter { $0.kind == .education }.flatMap {
            Array($0.lines)
        }
        let candidates = educationLines.isEmpty ? Array(document.lines.indices) : educationLines
        var records: [EducationRecord] = []
        var fieldTokens: [Int: Range<Int>] = [:]
        for index in candidates {
            guard
                let (degree, written, after) = degree(
                    in: document.lines[index], tokens: tokens[index])
            else { continue }
            let field = field(after: after)
            // A template's placeholder ("Ph.D. in Your Discipline") is not a degree.
            if let name = field?.name, name.hasPrefix("Your ") { continue }
            fieldTokens[index] = field?.tokens
            records.append(
                EducationRecord(
                    degree: degree, written: written, field: field?.name, status: .completed,
                    line: index))
        }
        // The status may be on the line or the two below it ("Expected May 2027"), but not past
        // the next degree's line: "expected" there is about that degree.
        for position in records.indices {
            let index = records[position].line
            var end = min(index + 3, document.lines.count)
            if position + 1 < records.count { end = min(end, records[position + 1].line) }
            let context = index..<end
            records[position].status = status(
                of: context.map { document.lines[$0] }.joined(separator: " "),
                tokens: context.flatMap { tokens[$0] })
        }
        return (records, fieldTokens)
    }

    /// The degree named in a line, how it was written and the tokens after it.
    func degree(in line: String, tokens: [Token]) -> (Degree, String, ArraySlice<Token>)? {
        for (index, token) in tokens.enumerated() where !token.isPunctuation {
            // Every name and abbreviation in the tables starts with one of these letters (or a
            // full stop is dropped before it) and is short: other words need no lookup.
            guard let lead = token.key.utf8.first, Self.mayStartDegree(lead),
                token.key.utf8.count <= Self.longestForm
            else { continue }
            let bare =
                token.key.utf8.contains(UInt8(ascii: "."))
                ? token.key.filter { $0 != "." } : token.key
            let next = index + 1 < tokens.count ? tokens[index + 1].key : ""
            let dotted = token.text.utf8.contains(UInt8(ascii: ".")) || next == "."
            var found: Degree?
            var length = 1
            if let degree = Self.unambiguous[bare] {
                found = degree
            } else if let degree = Self.shortForms[bare],
                dotted
                    || (token.text == token.text.uppercased()
                        && (next == "in" || next == "of" || (index == 0 && next == ",")))
            {
                // "BA, Political Science" opens its line; "Boston, MA" never does.
                found = degree
            } else if let degree = Self.words[bare] {
                // "Bachelor of Science", "Master's degree", "Associate of Arts", "Doctor of Philosophy".
                if bare == "doctor", next != "of" { continue }
                if bare == "associate", !["of", "in", "degree", "'s", "’s"].contains(next) {
                    continue
                }
                found = degree
                if next == "of", index + 2 < tokens.count { length = 3 }
            }
            guard let degree = found else { continue }
            var end = min(index + length, tokens.count)
            // Keep the full stop of an abbreviation ("M.Sc.").
            if end < tokens.count, tokens[end].key == ".", tokens[end].start == tokens[end - 1].end,
                token.text.utf8.contains(UInt8(ascii: ".")) || bare.count <= 4
            {
                end += 1
            }
            let view = line.unicodeScalars
            let first = view.index(view.startIndex, offsetBy: token.start)
            let last = view.index(first, offsetBy: tokens[end - 1].end - token.start)
            return (degree, String(view[first..<last]), tokens[end...])
        }
        return nil
    }

    /// "in Computer Science", ", Mathematics", "Digital Media": up to a comma, bracket or date.
    private func field(after tokens: ArraySlice<Token>) -> (name: String, tokens: Range<Int>)? {
        var words: [String] = []
        var started = false
        var first: Int?
        var last = tokens.startIndex
        scan: for (index, token) in zip(tokens.indices, tokens) {
            if !started {
                switch token.key {
                case ".", "'s", "degree", "(", ")": continue
                default: break
                }
                if token.key == "in" || token.key == "of" || token.key == "," || token.key == ":" {
                    started = true
                    continue
                }
                started = true
            }
            if token.isPunctuation && token.key != "&" { break }
            switch token.key {
            case "university", "college", "institute", "school", "academy":
                // The words so far named the institution, not the field.
                words.removeAll()
                break scan
            case "at", "from", "with", "minor":
                break scan
            default:
                if Int(token.key) != nil { break scan }
                // "Political Science Aug 2018": a month before a year ends the field.
                let following = index + 1 < tokens.endIndex ? tokens[index + 1].key : ""
                if following.utf8.count == 4, Int(following) != nil,
                    DateRangeParser.names.contains(token.key)
                {
                    break scan
                }
            }
            words.append(token.text)
            if first == nil { first = index }
            last = index
            if words.count == 6 { break }
        }
        let field = words.joined(separator: " ")
        guard field.count >= 3, field.first?.isUppercase == true, let first else { return nil }
        return (field, first..<(last + 1))
    }

    /// Whether the degree named in `text` (with these tokens) is finished.
    private func status(of text: String, tokens: [Token]) -> EducationRecord.Status {
        for token in tokens where Self.incompleteWords.contains(token.key) { return .incomplete }
        for index in tokens.indices {
            let word = tokens[index].key
            if Self.marksProgress(word) { return .inProgress }
            // "in progress", "to date": two-letter words first, the rarer check.
            guard word.utf8.count == 2, index + 1 < tokens.count else { continue }
            let next = tokens[index + 1].key
            if (word == "in" && next == "progress") || (word == "to" && next == "date") {
                return .inProgress
            }
        }
        if let latest = parser.years(in: text, tokens: tokens).max(), latest > parser.today.year {
            return .inProgress
        }
        return .completed
    }

    /// Words that mark a degree left unfinished: "ABD" (all but dissertation), "discontinued".
    static let incompleteWords: Set<String> = [
        "abd", "incomplete", "discontinued", "withdrawn", "unfinished",
    ]

    /// The first byte of every form in the tables below, or a full stop (dropped before lookup).
    static func mayStartDegree(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "e"),
            UInt8(ascii: "m"), UInt8(ascii: "p"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    /// The longest form in the tables below, in bytes, with room for its full stops.
    static let longestForm = 16

    /// Every form of the tables below, for the test that they all pass the checks above.
    static var forms: [String] {
        Array(unambiguous.keys) + Array(shortForms.keys) + Array(words.keys)
    }

    /// "expected", "candidate", "pursuing", "ongoing", "anticipated", "present", "current": the
    /// first byte rules most words out before any comparison.
    private static func marksProgress(_ word: String) -> Bool {
        switch word.utf8.first {
        case UInt8(ascii: "e"), UInt8(ascii: "c"), UInt8(ascii: "p"), UInt8(ascii: "o"),
            UInt8(ascii: "a"):
            switch word {
            case "expected", "candidate", "pursuing", "ongoing", "anticipated", "present",
                "current":
                return true
            default:
                return false
            }
        default:
            return false
        }
    }

    private static let unambiguous: [String: Degree] = [
        "phd": .doctorate, "dphil": .doctorate, "doctorate": .doctorate, "edd": .doctorate,
        "msc": .master, "mtech": .master, "mba": .master, "meng": .master, "mphil": .master,
        "mres": .master, "mca": .master, "masters": .master, "master's": .master,
        "bsc": .bachelor, "btech": .bachelor, "beng": .bachelor, "bba": .bachelor, "bca": .bachelor,
        "bachelors": .bachelor, "bachelor's": .bachelor, "associate's": .associate,
        "bachelor’s": .bachelor, "master’s": .master, "associate’s": .associate,
        "aas": .associate,
    ]

    /// Two-letter forms that are also words or states: only dotted ("B.S.") or before "in"/"of".
    private static let shortForms: [String: Degree] = [
        "bs": .bachelor, "ba": .bachelor, "be": .bachelor, "ms": .master, "ma": .master,
        "me": .master, "aa": .associate, "as": .associate,
    ]

    private static let words: [String: Degree] = [
        "bachelor": .bachelor, "master": .master, "doctor": .doctorate, "associate": .associate,
    ]
}
