/// Tells a file's language from its extension, name and shebang, settling shared extensions
/// (`.r`, `.m`, `.h`, `.sql`) by content, the way GitHub's linguist does.
enum LanguageDetector {
    /// The language's display name and its lexicon skill id.
    struct Language: Equatable {
        var name: String
        var skillID: String
    }

    static func language(fileName: String, head: String) -> Language? {
        let lower = fileName.lowercased()
        if lower == "dockerfile" || lower.hasSuffix(".dockerfile") {
            return Language(name: "Dockerfile", skillID: "docker")
        }
        if lower == "makefile" { return nil }
        guard let dot = lower.lastIndex(of: ".") else { return shebang(head) }
        let ext = String(lower[lower.index(after: dot)...])
        switch ext {
        case "r": return head.contains("REBOL") ? nil : Language(name: "R", skillID: "r")
        case "m":
            if head.contains("@interface") || head.contains("#import")
                || head.contains("@implementation")
            {
                return nil
            }
            return Language(name: "MATLAB", skillID: "matlab")
        case "h":
            let cpp = ["class ", "namespace ", "template<", "template <", "std::", "public:"]
                .contains(where: head.contains)
            return cpp ? Language(name: "C++", skillID: "cpp") : Language(name: "C", skillID: "c")
        case "sql":
            return head.contains("{{")
                && (head.contains("ref(") || head.contains("source(") || head.contains("config("))
                ? Language(name: "SQL (dbt)", skillID: "sql")
                : Language(name: "SQL", skillID: "sql")
        default:
            return byExtension[ext]
        }
    }

    private static func shebang(_ head: String) -> Language? {
        guard head.hasPrefix("#!") else { return nil }
        let first = head.prefix { $0 != "\n" }
        if first.contains("python") { return byExtension["py"] }
        if first.contains("Rscript") { return Language(name: "R", skillID: "r") }
        if first.contains("node") { return byExtension["js"] }
        if first.contains("bash") || first.hasSuffix("/sh") || first.contains(" sh") {
            return byExtension["sh"]
        }
        return nil
    }

    private static let byExtension: [String: Language] = [
        "py": Language(name: "Python", skillID: "python"),
        "ipynb": Language(name: "Jupyter Notebook", skillID: "python"),
        "jl": Language(name: "Julia", skillID: "julia"),
        "scala": Language(name: "Scala", skillID: "scala"),
        "java": Language(name: "Java", skillID: "java"),
        "kt": Language(name: "Kotlin", skillID: "kotlin"),
        "go": Language(name: "Go", skillID: "go"), "rs": Language(name: "Rust", skillID: "rust"),
        "swift": Language(name: "Swift", skillID: "swift"),
        "js": Language(name: "JavaScript", skillID: "javascript"),
        "mjs": Language(name: "JavaScript", skillID: "javascript"),
        "jsx": Language(name: "JavaScript", skillID: "javascript"),
        "ts": Language(name: "TypeScript", skillID: "typescript"),
        "tsx": Language(name: "TypeScript", skillID: "typescript"),
        "cpp": Language(name: "C++", skillID: "cpp"), "cc": Language(name: "C++", skillID: "cpp"),
        "cxx": Language(name: "C++", skillID: "cpp"), "hpp": Language(name: "C++", skillID: "cpp"),
        "c": Language(name: "C", skillID: "c"), "cs": Language(name: "C#", skillID: "csharp"),
        "sh": Language(name: "Shell", skillID: "bash"),
        "bash": Language(name: "Shell", skillID: "bash"),
        "rb": Language(name: "Ruby", skillID: "ruby"), "php": Language(name: "PHP", skillID: "php"),
        "html": Language(name: "HTML", skillID: "html"),
        "css": Language(name: "CSS", skillID: "css"),
        "tf": Language(name: "Terraform", skillID: "terraform"),
        "rmd": Language(name: "R Markdown", skillID: "r"),
        "sas": Language(name: "SAS", skillID: "sas"), "pl": Language(name: "Perl", skillID: "perl"),
    ]
}
