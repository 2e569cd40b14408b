/// What a scan of project folders found: projects, languages, skills with evidence, and a review.
public struct Portfolio: Sendable {
    public var root: String
    public var projects: [PortfolioProject]
    /// Lines of code per language over every project, most first.
    public var languages: [LanguageShare]
    /// Skills shown by any project, with their evidence.
    public var skills: [DemonstratedSkill]
    /// Findings about the portfolio as a whole (number and variety of projects).
    public var review: [ReviewFinding]
    /// Unreadable entries, skipped links, and bounds that cut the scan.
    public var warnings: [String]
}

/// One project folder.
public struct PortfolioProject: Sendable {
    public var name: String
    /// Relative to the scanned folder ("." for the folder itself).
    public var path: String
    public var languages: [LanguageShare]
    public var skills: [DemonstratedSkill]
    public var review: [ReviewFinding]
    public var fileCount: Int
}

/// Lines of code in one language.
public struct LanguageShare: Sendable, Equatable {
    public var name: String
    /// The lexicon skill the language is, when there is one.
    public var skillID: String?
    public var lines: Int
}

/// A skill a project demonstrates, and how.
public struct DemonstratedSkill: Sendable, Equatable {
    public var skillID: String
    public var evidence: [FileEvidence]
}

/// One piece of portfolio evidence: a file and the reason it shows the skill.
public struct FileEvidence: Sendable, Equatable, Hashable {
    /// Relative to the scanned folder.
    public var file: String
    /// "imports torch in train.py", "Dockerfile in serving/".
    public var reason: String
}

/// One element of a review: present or missing, with a concrete suggestion when missing.
public struct ReviewFinding: Sendable, Equatable {
    public enum Aspect: String, Sendable {
        case readme, problem, approach, results, tests, ci, licence, deployment, count, variety
    }

    public var aspect: Aspect
    public var present: Bool
    /// What was found, or what to do.
    public var message: String
}
