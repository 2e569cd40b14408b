import Foundation
import ResumeReading
import SkillExtraction

/// The few wordings every builder shares: numbers, plurals, tones, sources and quotes.
extension Report {
    /// "7" for whole numbers, "7.5" otherwise: the one way a report prints a number.
    public static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// "1 page", "2 pages".
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) " + (value == 1 ? singular : plural ?? singular + "s")
    }

    /// "1 hour", "14.5 hours".
    static func count(_ value: Double, _ singular: String) -> String {
        "\(number(value)) " + (value == 1 ? singular : singular + "s")
    }

    /// A score out of 100: green from 75, amber from 50, red below.
    static func tone(score: Double) -> Tone {
        score >= 75 ? .good : (score >= 50 ? .fair : .poor)
    }

    /// The title of a report about one document: its path, format and pages.
    static func title(_ text: String, of document: ResumeDocument) -> Title {
        Title(
            text: text, subject: document.sourcePath,
            detail: "\(document.format.rawValue), \(count(document.pageCount, "page"))")
    }

    /// The line of the resume (or the project file) that shows a skill.
    static func quote(_ evidence: Evidence) -> Quote {
        let source =
            evidence.line > 0
            ? "line \(evidence.line) (\(evidence.section.rawValue))"
            : evidence.file ?? evidence.section.rawValue
        return Quote(source: source, text: evidence.text)
    }

    /// "M.Sc. in Computer Science (master)", "(bachelor, in progress)".
    static func education(_ record: EducationRecord) -> String {
        let field = record.field.map { " in \($0)" } ?? ""
        let status =
            record.status == .inProgress
            ? ", in progress" : record.status == .incomplete ? ", not completed" : ""
        return "\(record.written)\(field) (\(record.degree.rawValue)\(status))"
    }

    static func experience(_ years: Double) -> String {
        "\(count(years, "year")) of dated roles"
    }
}
