import Foundation

/// Loads the built-in lexicon folder and any user folders over it, and validates the result.
///
/// A user folder has the same layout as the built-in one; an entry whose id matches an earlier one
/// replaces it, and a `titles.yaml` adds to the job titles (`TitleVocabulary.adding(_:)`). Validation reports every problem at once, each with its file and line.
public struct LexiconLoader: Sendable {
    public init() {}

    /// The validated lexicon, or every problem found.
    public func load(builtIn: URL, overrides: [URL] = []) throws(LexiconError) -> Lexicon {
        let (lexicon, problems) = try check(builtIn: builtIn, overrides: overrides)
        guard problems.isEmpty else { throw .invalid(problems) }
        return lexicon
    }

    /// The merged lexicon with the problems found in it (empty when it is valid).
    public func check(builtIn: URL, overrides: [URL] = []) throws(LexiconError) -> (
        Lexicon, [LexiconProblem]
    ) {
        let log = ProblemLog()
        var skills: [Skill] = []
        var roles: [RoleProfile] = []
        var projects: [CapstoneProject] = []
        var titles = TitleVocabulary()
        for (position, folder) in ([builtIn] + overrides).enumerated() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                if position == 0 { throw .folderNotFound(searched: [folder.path]) }
                throw .notALexiconFolder(path: folder.path)
            }
            // A folder with none of the parts is not a lexicon; one whose files are all broken
            // is, and its problems are reported with their lines.
            if position > 0,
                !["skills", "roles", "projects.yaml", "titles.yaml"].contains(where: {
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
                })
            {
                throw .notALexiconFolder(path: folder.path)
            }
            let files = LexiconFiles(folder: folder, requireAll: position == 0, log: log)
            skills = merge(skills, files.skills, what: "skill", log: log)
            roles = merge(roles, files.roles, what: "role", log: log)
            projects = merge(projects, files.projects, what: "project", log: log)
            titles = titles.adding(files.titles)
        }
        let lexicon = Lexicon(skills: skills, roles: roles, projects: projects, titles: titles)
        LexiconValidator(lexicon: lexicon, log: log).validate()
        return (lexicon, log.problems)
    }

    /// Adds `added` to `base`: an id already in `base` is replaced, a repeat within `added` is a
    /// problem.
    private func merge<Entry: Identifiable>(
        _ base: [Entry], _ added: [Entry], what: String, log: ProblemLog
    ) -> [Entry] where Entry.ID == String {
        var result = base
        var positions = Dictionary(base.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { $1 })
        var seen: [String: SourceLocation] = [:]
        for entry in added {
            let location = Self.location(of: entry)
            if let first = seen[entry.id] {
                log.add(location, "duplicate \(what) id '\(entry.id)' (first defined at \(first))")
                continue
            }
            seen[entry.id] = location
            if let position = positions[entry.id] {
                result[position] = entry
            } else {
                positions[entry.id] = result.count
                result.append(entry)
            }
        }
        return result
    }

    private static func location<Entry>(of entry: Entry) -> SourceLocation {
        switch entry {
        case let skill as Skill: return skill.source
        case let role as RoleProfile: return role.source
        case let project as CapstoneProject: return project.source
        default: return SourceLocation(file: "", line: 0)
        }
    }
}
