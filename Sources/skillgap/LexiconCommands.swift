import ArgumentParser
import Foundation
import ReportRendering
import SkillLexicon

/// `skillgap lexicon check`.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon", abstract: "Validate the skills, roles, projects and job titles.",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every problem in the lexicons with file and line; exit 1 if any.")

        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let result: (Lexicon, [LexiconProblem])
            do {
                result = try LexiconLoader().check(
                    builtIn: LexiconOptions.builtInFolder(),
                    overrides: lexicons.userFolders.map(URL.init(fileURLWithPath:)))
            } catch {
                Terminal.fail(error.description)
                throw ExitCode(2)
            }
            let (lexicon, problems) = result
            for problem in problems { print(problem) }
            let titles = lexicon.titles.families.reduce(0) { $0 + $1.titles.count }
            let summary =
                "\(lexicon.skills.count) skills, \(lexicon.roles.count) roles, "
                + "\(lexicon.projects.count) projects, \(titles) job titles"
            if problems.isEmpty {
                print("ok: \(summary)")
            } else {
                print("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(summary)")
                throw ExitCode(1)
            }
        }
    }
}

/// `skillgap roles` and `skillgap roles show ID`.
struct RolesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles", abstract: "List the role profiles, or show one.",
        subcommands: [List.self, Show.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A table of the role profiles.")
        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let lexicon = try lexicons.load()
            print(LexiconText.roleTable(lexicon.roles), terminator: "")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "A role's requirements by weight, education, experience and next roles, or a family's levels side by side."
        )
        @Argument(help: "The role id or role family, as `skillgap roles` lists them.") var id:
            String
        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let lexicon = try lexicons.load()
            if let role = lexicon.role(id) {
                print(LexiconText.role(role, in: lexicon), terminator: "")
                return
            }
            let family = lexicon.roles.filter { $0.family == id }
            guard !family.isEmpty else {
                let known = lexicon.roles.map(\.id).joined(separator: ", ")
                let families = Set(lexicon.roles.map(\.family)).sorted().joined(separator: ", ")
                Terminal.fail(
                    "no role or role family '\(id)'; known roles: \(known); families: \(families)")
                throw ExitCode(64)
            }
            print(LexiconText.family(family, in: lexicon), terminator: "")
        }
    }
}

/// `skillgap skills search TERM`.
struct SkillsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skills", abstract: "Look up skills in the taxonomy.",
        subcommands: [Search.self])

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Skills whose id, name or an alias contains TERM.")
        @Argument(help: "Part of a skill's id, name or alias.") var term: String
        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let lexicon = try lexicons.load()
            let hits = lexicon.searchSkills(term)
            if hits.isEmpty {
                Terminal.warn("no skill matches '\(term)'")
                throw ExitCode(1)
            }
            print(LexiconText.skillTable(hits), terminator: "")
        }
    }
}
