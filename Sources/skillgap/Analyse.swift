import ArgumentParser
import Foundation
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
        case text, json
    }

    @Argument(help: "The resume: PDF, DOCX, plain text, Markdown, HTML or JSON Resume.")
    var file: String

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

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
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
        let document = try input.read(file)
        for warning in document.warnings { Terminal.warn("\(document.sourcePath): \(warning)") }
        let profile = extractor.profile(of: document)

        guard !skills else {
            let report =
                format == .json
                ? AnalysisReport(profile: profile).json() + "\n" : ProfileText.render(profile)
            try ReportOutput.write(report, to: output)
            return
        }
        let matcher = RoleMatcher(lexicon: lexicon)
        var matches: [RoleMatch]
        switch target {
        case .role(let role):
            matches = [matcher.match(profile, against: role)]
        case .family(let family):
            let fitting = RoleMatcher.levelFit(years: profile.experienceYears)
            guard let role = matcher.role(family: family, level: level ?? fitting) else {
                throw ExitCode(64)
            }
            matches = [matcher.match(profile, against: role)]
        case .ranking:
            matches = Array(matcher.rank(profile, roles: lexicon.roles).prefix(top))
        }
        let next = matches.first.map { matcher.nextRoles(after: $0, profile: profile) } ?? []
        let report: String
        switch format {
        case .json:
            report =
                AnalysisReport(profile: profile, matches: matches, nextRoles: next).json() + "\n"
        case .text:
            report = MatchText(colour: output == nil && Terminal.colourOnStandardOutput)
                .render(profile: profile, matches: matches, nextRoles: next, lexicon: lexicon)
        }
        try ReportOutput.write(report, to: output)
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
