import ArgumentParser
import Foundation
import ResumeReading
import RoleMatching
import SkillExtraction
import SkillLexicon

/// What resumes are matched against, shared by analyse and batch.
struct MatchOptions: ParsableArguments {
    @Option(help: "Match against this role id or role family (see `skillgap roles`).")
    var role: String?

    @Option(
        help:
            "The level of --role's family: junior, mid or senior (default: the level the experience fits)."
    )
    var level: RoleLevel?

    @Option(help: "Match against a job posting (txt, md, pdf, docx or html) instead of a role.")
    var job: String?

    @OptionGroup var asOf: AsOfOption

    @Flag(help: "Remove e-mail addresses, phone numbers and URLs from evidence text.")
    var redact = false

    func validate() throws {
        if role != nil && job != nil { throw ValidationError("give --role or --job, not both") }
        if level != nil && role == nil { throw ValidationError("--level goes with --role") }
    }

    /// The month "Present" stands for.
    func month() throws -> MonthStamp { try asOf.month() }

    /// The target, checked before any resume is read: an unknown role is a usage error, and a
    /// posting that cannot be read or names no skill fails with exit code 1.
    func target(lexicon: Lexicon, extractor: SkillExtractor, input: InputOptions) throws
        -> MatchTarget
    {
        if let job {
            let posting = try input.read(job)
            do {
                return MatchTarget(
                    kind: .role(try JobPostingReader(extractor: extractor).role(from: posting)))
            } catch {
                Terminal.fail(error.description)
                throw ExitCode(1)
            }
        }
        guard let role else { return MatchTarget(kind: .ranking) }
        if let found = lexicon.role(role) {
            if let level, level != found.level {
                return MatchTarget(kind: .family(found.family, level))
            }
            return MatchTarget(kind: .role(found))
        }
        if lexicon.roles.contains(where: { $0.family == role }) {
            return MatchTarget(kind: .family(role, level))
        }
        let known = lexicon.roles.map(\.id).joined(separator: ", ")
        let families = Set(lexicon.roles.map(\.family)).sorted().joined(separator: ", ")
        throw ValidationError(
            "no role or role family '\(role)'; known roles: \(known); families: \(families)")
    }
}

/// One role, a role family (at a level, or the level each resume's experience fits), or every
/// role ranked.
struct MatchTarget: Sendable {
    enum Kind: Sendable {
        case role(RoleProfile)
        case family(String, RoleLevel?)
        case ranking
    }

    let kind: Kind

    /// The matches for one profile: one, or the `top` best when ranking.
    func matches(for profile: SkillProfile, matcher: RoleMatcher, top: Int) -> [RoleMatch] {
        switch kind {
        case .role(let role):
            return [matcher.match(profile, against: role)]
        case .family(let family, let level):
            let fitting = RoleMatcher.levelFit(profile)
            return matcher.role(family: family, level: level ?? fitting).map {
                [matcher.match(profile, against: $0)]
            } ?? []
        case .ranking:
            return matcher.rankFits(profile, top: top)
        }
    }
}

extension RoleLevel: ExpressibleByArgument {}
