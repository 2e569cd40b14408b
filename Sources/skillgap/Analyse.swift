import ArgumentParser
import Foundation
import PortfolioScanning
import ReportRendering
import ResumeReading
import RoleMatching
import SkillExtraction
import SkillLexicon

/// `skillgap analyse FILE`: the skills a resume shows and how it measures up to roles.
struct Analyse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Find the skills a resume shows and its gaps to a role or a job posting.",
        discussion: """
            With no --role or --job, every role profile is ranked and the best fits are shown \
            with the full report of the first one.
            """,
        aliases: ["analyze"])

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, html
    }

    @Argument(help: "The resumes: PDF, DOCX, plain text, Markdown, HTML or JSON Resume.")
    var files: [String]

    @Option(help: "How many roles to show when ranking.")
    var top: Int = 3

    @Flag(help: "List the skills found, without matching roles.")
    var skills = false

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(
        name: [.short, .customLong("output")],
        help: "Write the report to this file instead of standard output.")
    var output: String?

    @OptionGroup var match: MatchOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var portfolio: PortfolioOptions
    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one resume file") }
        if top < 1 { throw ValidationError("--top takes a number of roles, 1 or more") }
        if skills && (match.role != nil || match.job != nil) {
            throw ValidationError("--skills lists the skills only; leave out --role and --job")
        }
    }

    func run() throws {
        let lexicon = try lexicons.load()
        let extractor = SkillExtractor(lexicon: lexicon, today: try match.month())
        let target = try match.target(lexicon: lexicon, extractor: extractor, input: input)
        // Every file is read before anything is printed: a bad one fails the run, whole.
        let portfolios = try portfolio.scanAll(lexicon)
        let demonstrated = PortfolioOptions.evidence(portfolios)
        var profiles: [SkillProfile] = []
        for file in files {
            let document = try input.read(file)
            for warning in document.warnings { Terminal.warn("\(document.sourcePath): \(warning)") }
            let profile = extractor.profile(of: document, demonstrated: demonstrated)
            profiles.append(match.redact ? Redaction.redact(profile) : profile)
        }
        let reports = profiles.map {
            report(for: $0, target: target, lexicon: lexicon, portfolios: portfolios)
        }
        let text: String
        switch format {
        case .text:
            text = reports.map(\.text).joined(
                separator: "\n" + String(repeating: "-", count: 80) + "\n\n")
        case .markdown:
            text = reports.map(\.markdown).joined(separator: "\n---\n\n")
        case .html:
            let title =
                files.count == 1
                ? "SkillGap report: \(files[0])" : "SkillGap reports (\(files.count))"
            text = HTMLWriter.page(reports.map(\.html), title: title)
        case .json:
            let objects = reports.map(\.json)
            text =
                (objects.count == 1 ? objects[0] : "[\n" + objects.joined(separator: ",\n") + "\n]")
                + "\n"
        }
        try ReportOutput.write(text, to: output)
    }

    /// One resume's report in the chosen format.
    private struct Rendered {
        var text = ""
        var markdown = ""
        var html = ""
        var json = ""
    }

    private func report(
        for profile: SkillProfile, target: MatchTarget, lexicon: Lexicon, portfolios: [Portfolio]
    ) -> Rendered {
        var rendered = Rendered()
        let report: Report
        if skills {
            guard format != .json else {
                rendered.json = AnalysisReport(profile: profile).json()
                return rendered
            }
            report = Report.skills(profile)
        } else {
            let matcher = RoleMatcher(lexicon: lexicon)
            let matches = target.matches(for: profile, matcher: matcher, top: top)
            let next = matches.first.map { matcher.nextRoles(after: $0, profile: profile) } ?? []
            guard format != .json else {
                rendered.json = AnalysisReport(
                    profile: profile, matches: matches, nextRoles: next, portfolios: portfolios
                ).json()
                return rendered
            }
            report = Report.analysis(
                profile: profile, matches: matches, nextRoles: next, lexicon: lexicon,
                portfolios: portfolios)
        }
        switch format {
        case .text:
            rendered.text = TextWriter(colour: output == nil && Terminal.colourOnStandardOutput)
                .write(report)
        case .markdown: rendered.markdown = MarkdownWriter.write(report)
        case .html: rendered.html = HTMLWriter.write(report)
        case .json: break
        }
        return rendered
    }
}
