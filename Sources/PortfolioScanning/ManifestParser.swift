import Foundation

/// Reads the dependency names a package manifest lists.
enum ManifestParser {
    /// The manifests this parser reads, by file name (requirements files by prefix).
    static func isManifest(_ name: String) -> Bool {
        let lower = name.lowercased()
        return known.contains(lower) || (lower.hasPrefix("requirements") && lower.hasSuffix(".txt"))
    }

    private static let known: Set<String> = [
        "pyproject.toml", "setup.py", "setup.cfg", "environment.yml", "environment.yaml", "pipfile",
        "package.json", "package.swift", "cargo.toml", "go.mod", "pom.xml", "build.gradle",
        "build.gradle.kts", "description", "renv.lock",
    ]

    /// The dependency names in a manifest's text.
    static func dependencies(fileName: String, text: String) -> [String] {
        let lower = fileName.lowercased()
        switch lower {
        case _ where lower.hasPrefix("requirements"): return requirements(text)
        case "pyproject.toml": return pyproject(text)
        case "setup.py":
            return quotedNames(in: section(of: text, after: "install_requires", until: "]"))
        case "setup.cfg":
            return requirements(section(of: text, after: "install_requires", until: "\n["))
        case "environment.yml", "environment.yaml": return conda(text)
        case "pipfile": return tomlKeys(text, sections: ["packages", "dev-packages"])
        case "package.json": return packageJSON(text)
        case "package.swift": return swiftPackages(text)
        case "cargo.toml": return tomlKeys(text, sections: ["dependencies", "dev-dependencies"])
        case "go.mod": return goModules(text)
        case "pom.xml": return tagValues(text, tag: "artifactId")
        case "build.gradle", "build.gradle.kts": return gradle(text)
        case "description": return rDescription(text)
        case "renv.lock": return renvLock(text)
        default: return []
        }
    }

    /// `name==1.0`, `name[extra]>=2; python_version<"3.12"`, `-r other.txt` skipped.
    static func requirements(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let line =
                raw.split(separator: "#", omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            guard !line.isEmpty, !line.hasPrefix("-") else { return nil }
            return requirementName(line)
        }
    }

    static func requirementName(_ spec: String) -> String? {
        let name = spec.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
        return name.isEmpty ? nil : String(name)
    }

    private static func pyproject(_ text: String) -> [String] {
        var names = quotedNames(in: section(of: text, after: "dependencies", until: "]"))
        names += quotedNames(
            in: section(of: text, after: "[project.optional-dependencies]", until: "\n[tool"))
        names += tomlKeys(
            text, sections: ["tool.poetry.dependencies", "tool.poetry.dev-dependencies"]
        )
        .filter { $0 != "python" }
        return names
    }

    private static func conda(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("- ") else { return nil }
            let spec = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
            guard !spec.hasSuffix(":") else { return nil }
            let withoutChannel = spec.split(separator: ":").last.map(String.init) ?? spec
            return requirementName(
                withoutChannel.split(separator: "=").first.map(String.init) ?? withoutChannel)
        }
    }

    private static func packageJSON(_ text: String) -> [String] {
        guard
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { return [] }
        return ["dependencies", "devDependencies", "peerDependencies"].flatMap { key in
            (object[key] as? [String: Any]).map { Array($0.keys).sorted() } ?? []
        }
    }

    private static func swiftPackages(_ text: String) -> [String] {
        text.components(separatedBy: "url:").dropFirst().compactMap { part in
            guard let start = part.firstIndex(of: "\"") else { return nil }
            let rest = part[part.index(after: start)...]
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            let url = rest[..<end]
            return url.split(separator: "/").last.map {
                String($0).replacingOccurrences(of: ".git", with: "")
            }
        }
    }

    private static func goModules(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(separator: " ").map(String.init).filter {
                $0 != "require" && $0 != "("
            }
            guard let module = words.first, module.contains("/") else { return nil }
            return module.split(separator: "/").last.map(String.init)
        }
    }

    private static func gradle(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard
                ["implementation", "api", "compile", "testImplementation", "runtimeOnly"].contains(
                    where: trimmed.hasPrefix),
                let quote = trimmed.firstIndex(where: { $0 == "'" || $0 == "\"" })
            else { return nil }
            let coordinate = trimmed[trimmed.index(after: quote)...].prefix {
                $0 != "'" && $0 != "\""
            }
            let parts = coordinate.split(separator: ":")
            return parts.count >= 2 ? String(parts[1]) : nil
        }
    }

    private static func rDescription(_ text: String) -> [String] {
        var names: [String] = []
        var inField = false
        for line in text.split(whereSeparator: \.isNewline) {
            if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("\t") {
                let field = line[..<colon]
                inField = ["Imports", "Depends", "Suggests", "LinkingTo"].contains(String(field))
                if inField { names += rPackages(String(line[line.index(after: colon)...])) }
            } else if inField {
                names += rPackages(String(line))
            }
        }
        return names.filter { $0 != "R" }
    }

    private static func rPackages(_ list: String) -> [String] {
        list.split(separator: ",").compactMap { item in
            requirementName(item.trimmingCharacters(in: .whitespaces))
        }
    }

    private static func renvLock(_ text: String) -> [String] {
        guard
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let packages = object["Packages"] as? [String: Any]
        else { return [] }
        return packages.keys.sorted()
    }

    // MARK: Small scanners

    /// The text from the first `marker` to the next `terminator` after it.
    private static func section(of text: String, after marker: String, until terminator: String)
        -> String
    {
        guard let start = text.range(of: marker) else { return "" }
        let rest = text[start.upperBound...]
        let end = rest.range(of: terminator)?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// The package names of the quoted requirement strings in `text`.
    private static func quotedNames(in text: String) -> [String] {
        var names: [String] = []
        var current: String?
        for char in text {
            if char == "\"" || char == "'" {
                if let value = current {
                    if let name = requirementName(value) { names.append(name) }
                    current = nil
                } else {
                    current = ""
                }
            } else if current != nil {
                current?.append(char)
            }
        }
        return names
    }

    /// The keys of the given TOML tables.
    private static func tomlKeys(_ text: String, sections: Set<String>) -> [String] {
        var names: [String] = []
        var inside = false
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                inside = sections.contains(
                    trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))
                continue
            }
            guard inside, let equals = trimmed.firstIndex(of: "="), !trimmed.hasPrefix("#") else {
                continue
            }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\"'"))
            if !key.isEmpty { names.append(key) }
        }
        return names
    }

    private static func tagValues(_ text: String, tag: String) -> [String] {
        text.components(separatedBy: "<\(tag)>").dropFirst().compactMap { part in
            part.components(separatedBy: "</\(tag)>").first?.trimmingCharacters(
                in: .whitespacesAndNewlines)
        }
    }
}
