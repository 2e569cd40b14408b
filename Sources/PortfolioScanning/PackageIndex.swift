import Foundation
import SkillLexicon

/// Maps package and import names to lexicon skills: `torch` is PyTorch, `sklearn` scikit-learn.
struct PackageIndex: Sendable {
    private var packages: [String: String] = [:]
    private var imports: [String: String] = [:]

    init(lexicon: Lexicon) {
        for skill in lexicon.skills {
            for name in skill.packages {
                packages[Self.key(name)] = packages[Self.key(name)] ?? skill.id
            }
            for name in skill.imports {
                imports[Self.key(name)] = imports[Self.key(name)] ?? skill.id
            }
        }
        // A package is imported under its own name unless the lexicon says otherwise, and an
        // import name is also what some manifests list.
        for (name, id) in packages where imports[name] == nil { imports[name] = id }
        for (name, id) in imports where packages[name] == nil { packages[name] = id }
    }

    /// The skill a manifest's package name stands for.
    func skill(forPackage name: String) -> String? {
        packages[Self.key(name)]
    }

    /// The skill an imported module stands for: the full name, then its first component
    /// (`sklearn.linear_model` is sklearn).
    func skill(forImport name: String) -> String? {
        let full = Self.key(name)
        if let id = imports[full] { return id }
        let first =
            full.split(whereSeparator: { $0 == "." || $0 == "/" }).first.map(String.init) ?? full
        return imports[first]
    }

    /// Lowercase, with `_` read as `-` (PyPI treats them alike).
    static func key(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "_", with: "-").trimmingCharacters(
            in: .whitespaces)
    }
}
