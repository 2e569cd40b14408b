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

    @Option(help: "Match against this role id or role family (see `skillgap roles`).")
    var role: String?

    @Option(
        help:
            "The level of --role's family: junior, mid or senior (default: the level the experience fits)."
    )
    var level: RoleLevel?

    @Option(help: "Match against a job posting (txt, md, pdf, docx or html) instead of a role.")
    var job: String?

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

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Count Present, Current and Now as this month, YYYY-MM (default: this month).",
            valueName: "month"))
    var asOf: String?

    @Flag(help: "Remove e-mail addresses, phone numbers and URLs from evidence text.")
    var redact = false

    @OptionGroup var input: InputOptions
    @OptionGroup var portfolio: PortfolioOptions
    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one resume file") }
        _ = try month()
        if role != nil && job != nil { throw ValidationError("give --role or --job, not both") }
        if level != nil && role == nil { throw ValidationError("--level goes with --role") }
        if top < 1 { throw ValidationError("--top takes a number of roles, 1 or more") }
        if skills && (role != nil || job != nil) {
            throw ValidationError("--skills lists the skills only; leave out --role and --job")
        }
    }

    func month() throws -> MonthStamp { try Month.parse(asOf) }

    func run() throws {
        let lexicon = try lexicons.load()
        let extractor = SkillExtractor(lexicon: lexicon, today: try month())
        let target = try resolveTarget(lexicon: lexicon, extractor: extractor)
        // Every file is read before anything is printed: a bad one fails the run, whole.
        let portfolios = try portfolio.scanAll(lexicon)
        let demonstrated = PortfolioOptions.evidence(portfolios)
        var profiles: [SkillProfile] = []
        for file in files {
            let document = try input.read(file)
            for warning in document.warnings { Terminal.warn("\(document.sourcePath): \(warning)") }
            let profile = extractor.profile(of: document, demonstrated: demonstrated)
            profiles.append(redact ? Redaction.redact(profile) : profile)
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
            text = MatchHTML.page(reports.map(\.html), title: title)
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
        for profile: SkillProfile, target: Target, lexicon: Lexicon, portfolios: [Portfolio]
    ) -> Rendered {
        var rendered = Rendered()
        guard !skills else {
            if format == .json {
                rendered.json = AnalysisReport(profile: profile).json()
            } else {
                rendered.text = ProfileText.render(profile)
                rendered.markdown = "```\n" + rendered.text + "```\n"
                rendered.html =
                    "<article><pre>"
                    + rendered.text.replacingOccurrences(of: "&", with: "&amp;")
                    .replacingOccurrences(of: "<", with: "&lt;") + "</pre></article>"
            }
            return rendered
        }
        let matcher = RoleMatcher(lexicon: lexicon)
        let matches: [RoleMatch]
        switch target {
        case .role(let role):
            matches = [matcher.match(profile, against: role)]
        case .family(let family):
            let fitting = RoleMatcher.levelFit(years: profile.experienceYears)
            let role = matcher.role(family: family, level: level ?? fitting)
            matches = role.map { [matcher.match(profile, against: $0)] } ?? []
        case .ranking:
            matches = matcher.rank(profile, roles: lexicon.roles, top: top)
        }
        let next = matches.first.map { matcher.nextRoles(after: $0, profile: profile) } ?? []
        switch format {
        case .json:
            rendered.json = AnalysisReport(
                profile: profile, matches: matches, nextRoles: next, portfolios: portfolios
            ).json()
        case .text:
            rendered.text = MatchText(colour: output == nil && Terminal.colourOnStandardOutput)
                .render(
                    profile: profile, matches: matches, nextRoles: next, lexicon: lexicon,
                    portfolios: portfolios)
        case .markdown:
            rendered.markdown = MatchMarkdown.render(
                profile: profile, matches: matches, nextRoles: next, lexicon: lexicon,
                portfolios: portfolios)
        case .html:
            rendered.html = MatchHTML.render(
                profile: profile, matches: matches, nextRoles: next, lexicon: lexicon,
                portfolios: portfolios)
        }
        return rendered
    }

    private enum Target {
        case role(RoleProfile)
        case family(String)
        case ranking
    }

    /// The role, family or posting to match, checked before the resume is read.
    private func resolveTarget(lexicon: Lexicon, extractor: SkillExtractor) throws -> Target {
        if let job {
            let posting = try input.read(job)
            do {
                return .role(try JobPostingReader(extractor: extractor).role(from: posting))
            } catch {
                Terminal.fail(error.description)
                throw ExitCode(1)
            }
        }
        guard let role else { return .ranking }
        if let found = lexicon.role(role) {
            if let level, level != found.level {
                return .family(found.family)
            }
            return .role(found)
        }
        if lexicon.roles.contains(where: { $0.family == role }) { return .family(role) }
        let known = lexicon.roles.map(\.id).joined(separator: ", ")
        throw ValidationError("no role or role family '\(role)'; known roles: \(known)")
    }
}

extension RoleLevel: ExpressibleByArgument {}
