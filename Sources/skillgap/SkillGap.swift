import ArgumentParser

/// The `skillgap` command: resume and portfolio skill-gap analysis, offline.
@main
struct SkillGap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skillgap",
        abstract: "Find the skills a resume shows and the gaps to a machine-learning or data role.",
        version: "0.1.0",
        subcommands: [
            Analyse.self, Batch.self, Read.self, LexiconCommand.self, RolesCommand.self,
            SkillsCommand.self, Worker.self,
        ]
    )
}
