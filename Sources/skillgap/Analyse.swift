import ArgumentParser
import Foundation
import ReportRendering
import ResumeReading
import SkillExtraction
import SkillLexicon

/// `skillgap analyse FILE`: the skills a resume shows, with evidence and proficiency.
struct Analyse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Find the skills, experience and education a resume shows.",
        aliases: ["analyze"])

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The resume: PDF, DOCX, plain text, Markdown, HTML or JSON Resume.")
    var file: String

    @Option(
        help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(
        name: [.short, .customLong("output")],
        help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Count Present, Current and Now as this month, YYYY-MM (default: this month).",
            valueName: "month"))
    var asOf: String?

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        _ = try month()
    }

    /// The month `--as-of` names, or this month.
    func month() throws -> MonthStamp {
        guard let asOf else { return SkillExtractor.currentMonth() }
        let parts = asOf.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1950...2100).contains(parts[0]), (1...12).contains(parts[1]) else {
            throw ValidationError("--as-of takes a month as YYYY-MM, such as 2026-11")
        }
        return MonthStamp(year: parts[0], month: parts[1])
    }

    func run() throws {
        let lexicon = try lexicons.load()
        let document = try input.read(file)
        for warning in document.warnings { Terminal.warn("\(document.sourcePath): \(warning)") }
        let extractor = SkillExtractor(lexicon: lexicon, today: try month())
        let profile = extractor.profile(of: document)
        let report: String
        switch format {
        case .text: report = ProfileText.render(profile)
        case .json: report = AnalysisReport(profile: profile).json() + "\n"
        }
        try ReportOutput.write(report, to: output)
    }
}
