import Foundation

/// Finds the modules a source file imports: Python (also notebooks' code cells), R, JavaScript
/// and TypeScript, Julia.
enum ImportScanner {
    static func imports(fileName: String, text: String) -> [String] {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".ipynb") { return python(notebookCode(text)) }
        if lower.hasSuffix(".py") { return python(text) }
        if lower.hasSuffix(".r") || lower.hasSuffix(".rmd") { return r(text) }
        if [".js", ".mjs", ".jsx", ".ts", ".tsx"].contains(where: lower.hasSuffix) {
            return javascript(text)
        }
        if lower.hasSuffix(".jl") { return julia(text) }
        return []
    }

    /// The code cells of a notebook, joined.
    static func notebookCode(_ text: String) -> String {
        guard
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let cells = object["cells"] as? [[String: Any]]
        else { return "" }
        return cells.filter { $0["cell_type"] as? String == "code" }.map { cell -> String in
            if let lines = cell["source"] as? [String] { return lines.joined() }
            return cell["source"] as? String ?? ""
        }.joined(separator: "\n")
    }

    static func python(_ text: String) -> [String] {
        var modules: [String] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("import ") {
                for part in line.dropFirst(7).split(separator: ",") {
                    if let name = part.split(separator: " ").first { modules.append(String(name)) }
                }
            } else if line.hasPrefix("from "), line.contains(" import ") {
                let name = line.dropFirst(5).prefix { $0 != " " }
                if !name.hasPrefix(".") { modules.append(String(name)) }
            }
        }
        return modules
    }

    static func r(_ text: String) -> [String] {
        var modules: [String] = []
        for marker in ["library(", "require(", "requireNamespace("] {
            for part in text.components(separatedBy: marker).dropFirst() {
                let name = part.prefix { $0 != ")" && $0 != "," }.trimmingCharacters(
                    in: CharacterSet(charactersIn: "\"' "))
                if !name.isEmpty { modules.append(name) }
            }
        }
        for part in text.components(separatedBy: "::").dropLast() {
            let name = part.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "." }
            if !name.isEmpty { modules.append(String(name.reversed())) }
        }
        return modules
    }

    static func javascript(_ text: String) -> [String] {
        var modules: [String] = []
        for marker in [" from '", " from \"", "require('", "require(\"", "import '", "import \""] {
            for part in text.components(separatedBy: marker).dropFirst() {
                var name = String(part.prefix { $0 != "'" && $0 != "\"" })
                guard !name.hasPrefix("."), !name.isEmpty else { continue }
                // "@scope/package/sub" is "@scope/package"; "package/sub" is "package".
                let pieces = name.split(separator: "/")
                name =
                    name.hasPrefix("@") && pieces.count >= 2
                    ? "\(pieces[0])/\(pieces[1])" : String(pieces[0])
                modules.append(name)
            }
        }
        return modules
    }

    static func julia(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).flatMap { raw -> [String] in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("using ") || line.hasPrefix("import ") else { return [] }
            let list = line.drop { $0 != " " }.split(separator: ":").first ?? ""
            return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }
}
