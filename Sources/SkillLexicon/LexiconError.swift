/// One thing wrong in a lexicon file.
public struct LexiconProblem: Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// Why a lexicon could not be loaded.
public enum LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No lexicon folder was found; `searched` lists the places tried.
    case folderNotFound(searched: [String])
    /// The folder holds none of `skills/`, `roles/`, `projects.yaml` and `titles.yaml`.
    case notALexiconFolder(path: String)
    /// Every problem found, with file and line.
    case invalid([LexiconProblem])

    public var description: String {
        switch self {
        case .folderNotFound(let searched):
            return
                "no lexicon folder found; looked in \(searched.joined(separator: ", ")); "
                + "set SKILLGAP_LEXICONS or reinstall with make install"
        case .notALexiconFolder(let path):
            return
                "\(path): not a lexicon folder (no skills/, roles/, projects.yaml or titles.yaml inside); check the path"
        case .invalid(let problems):
            // The first problem is named, so a single mistake needs no second command.
            let first = problems.first.map { ", the first \($0)" } ?? ""
            let noun = problems.count == 1 ? "problem" : "problems"
            return
                "the lexicon has \(problems.count) \(noun)\(first); run skillgap lexicon check "
                + "(with the same --lexicons) to list them"
        }
    }
}
