import ArgumentParser
import Foundation
import SkillLexicon

/// Where the lexicons come from: the built-in folder, found at run time, and user folders.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .customLong("lexicons"),
        help: ArgumentHelp(
            "A folder of extra or replacement skills, roles and projects (repeatable).",
            valueName: "dir"))
    var userFolders: [String] = []

    /// The built-in folder: $SKILLGAP_LEXICONS, then beside an installed binary
    /// (../share/skillgap/Lexicons), then a checkout the binary was built in.
    static func builtInFolder() throws(LexiconError) -> URL {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["SKILLGAP_LEXICONS"],
            !override.isEmpty
        {
            // An explicit folder is the only one tried.
            let folder = URL(fileURLWithPath: override)
            guard Self.isLexiconFolder(folder) else {
                throw .folderNotFound(searched: [folder.path])
            }
            return folder
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let binFolder = executable.deletingLastPathComponent()
            candidates.append(
                binFolder.appendingPathComponent("../share/skillgap/Lexicons").standardized)
            var folder = binFolder
            for _ in 0..<4 {
                folder = folder.deletingLastPathComponent()
                candidates.append(folder.appendingPathComponent("Lexicons"))
            }
        }
        // The checkout this binary was compiled from, for `swift run` from another directory.
        let sourceCheckout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceCheckout.appendingPathComponent("Lexicons"))
        if let found = candidates.first(where: isLexiconFolder) { return found }
        var seen = Set<String>()
        throw .folderNotFound(searched: candidates.map(\.path).filter { seen.insert($0).inserted })
    }

    private static func isLexiconFolder(_ folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let skills = folder.appendingPathComponent("skills").path
        return FileManager.default.fileExists(atPath: skills, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// Loads and validates the lexicon, or prints why not and exits with code 2.
    func load() throws -> Lexicon {
        do {
            return try LexiconLoader().load(
                builtIn: Self.builtInFolder(),
                overrides: userFolders.map(URL.init(fileURLWithPath:)))
        } catch {
            Terminal.fail(error.description)
            throw ExitCode(2)
        }
    }
}
