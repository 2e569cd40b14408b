import Foundation

extension LexiconFiles {
    static let titlesKeys: Set<String> = [
        "families", "seniority", "kinds", "heads", "abbreviations",
    ]
    static let titleFamilyKeys: Set<String> = [
        "family", "name", "titles", "fields", "seniority", "research",
    ]

    /// The vocabulary of one `titles.yaml`, logging what is wrong in it: unknown keys, forms with
    /// no words, a form claimed twice, unknown seniorities or kinds, abbreviations of more than
    /// one word. Whether the families exist is checked once the roles are all loaded.
    static func titles(_ root: YAMLNode, file: String, log: ProblemLog) -> TitleVocabulary {
        guard
            let top = YAMLFields(
                root, file: file, what: "the titles file", allowed: titlesKeys, log: log)
        else { return TitleVocabulary() }
        let abbreviations = Self.abbreviations(top.node("abbreviations"), file: file, log: log)
        // Forms are compared as titles are read, with this file's abbreviations, so that a form
        // claimed twice is found however it is spelled.
        let reader = TitleVocabulary(
            families: [], seniority: [:], kinds: [:], heads: [], abbreviations: abbreviations)
        var families: [TitleVocabulary.Family] = []
        var claimed: [String: (name: String, line: Int)] = [:]
        if let list = top.node("families"), case .sequence(let items, _) = list {
            for item in items {
                guard
                    let fields = YAMLFields(
                        item, file: file, what: "a title family", allowed: titleFamilyKeys,
                        log: log)
                else { continue }
                let family = fields.string("family")
                let name = fields.string("name")
                let seniority = fields.choice("seniority", as: Seniority.self, required: false)
                let research = fields.string("research", required: false)
                var lists: [String: [String]] = [:]
                var written = 0
                for key in ["titles", "fields"] {
                    var forms: [String] = []
                    let given = Self.forms(fields.node(key), key: key, file: file, log: log)
                    written += given.count
                    for (form, line) in given {
                        let location = SourceLocation(file: file, line: line)
                        let words = reader.expandedWords(of: form)
                        guard !words.isEmpty else {
                            log.add(location, "title form '\(form)' has no letters or digits")
                            continue
                        }
                        let normal = words.joined(separator: " ")
                        if let first = claimed[normal] {
                            let spelled =
                                normal == form.lowercased() ? "" : " (read as '\(normal)')"
                            log.add(
                                location,
                                "title form '\(form)'\(spelled) of \(name ?? "?") is already "
                                    + "claimed by \(first.name) at line \(first.line); keep one")
                            continue
                        }
                        claimed[normal] = (name ?? "?", line)
                        forms.append(form)
                    }
                    lists[key] = forms
                }
                if written == 0 {
                    fields.problem("titles", "title family \(name ?? "?") lists no titles")
                }
                guard let family, let name else { continue }
                families.append(
                    TitleVocabulary.Family(
                        family: family, name: name, titles: lists["titles"] ?? [],
                        fields: lists["fields"] ?? [], seniority: seniority, research: research,
                        source: fields.location))
            }
        } else if top.node("families") != nil {
            top.problem("families", "'families' must be a list of title families")
        }
        let seniority = Self.wordLists(
            top.node("seniority"), as: Seniority.self, key: "seniority", file: file, log: log)
        let kinds = Self.wordLists(
            top.node("kinds"), as: PostKind.self, key: "kinds", file: file, log: log)
        let heads = Self.forms(top.node("heads"), key: "heads", file: file, log: log).map(\.0)
        return TitleVocabulary(
            families: families, seniority: seniority, kinds: kinds, heads: heads,
            abbreviations: abbreviations)
    }

    /// The texts of a list with their lines; a missing list is empty.
    private static func forms(_ node: YAMLNode?, key: String, file: String, log: ProblemLog)
        -> [(String, Int)]
    {
        guard let node, !node.isNull else { return [] }
        guard case .sequence(let items, _) = node else {
            log.add(SourceLocation(file: file, line: node.line), "'\(key)' must be a list")
            return []
        }
        return items.compactMap { item in
            guard let text = item.text,
                !text.trimmingCharacters(in: .whitespaces).isEmpty
            else {
                log.add(
                    SourceLocation(file: file, line: item.line),
                    "'\(key)' must list non-empty texts")
                return nil
            }
            return (text, item.line)
        }
    }

    /// A mapping of seniorities or kinds to lists of words; a word under two keys is a problem.
    private static func wordLists<Key: RawRepresentable & CaseIterable & Hashable>(
        _ node: YAMLNode?, as type: Key.Type, key: String, file: String, log: ProblemLog
    ) -> [Key: [String]] where Key.RawValue == String {
        guard let node, !node.isNull else { return [:] }
        guard case .mapping(let pairs, _) = node else {
            log.add(
                SourceLocation(file: file, line: node.line),
                "'\(key)' must map each \(key) name to a list of words")
            return [:]
        }
        var result: [Key: [String]] = [:]
        var owners: [String: String] = [:]
        for (name, list) in pairs {
            let text = name.text ?? ""
            guard let value = Key(rawValue: text) else {
                let known = Key.allCases.map(\.rawValue).joined(separator: ", ")
                log.add(
                    SourceLocation(file: file, line: name.line),
                    "'\(text)' under '\(key)' is not one of \(known)")
                continue
            }
            for (form, line) in forms(list, key: "\(key).\(text)", file: file, log: log) {
                let normal = TitleVocabulary.words(of: form).joined(separator: " ")
                if normal.isEmpty {
                    log.add(
                        SourceLocation(file: file, line: line),
                        "'\(form)' under '\(key)' has no letters or digits")
                    continue
                }
                if let owner = owners[normal], owner != text {
                    log.add(
                        SourceLocation(file: file, line: line),
                        "'\(form)' is listed under both \(owner) and \(text) in '\(key)'; keep one")
                    continue
                }
                owners[normal] = text
                result[value, default: []].append(form)
            }
        }
        return result
    }

    /// One-word abbreviations and what they stand for.
    private static func abbreviations(_ node: YAMLNode?, file: String, log: ProblemLog)
        -> [String: String]
    {
        guard let node, !node.isNull else { return [:] }
        guard case .mapping(let pairs, _) = node else {
            log.add(
                SourceLocation(file: file, line: node.line),
                "'abbreviations' must map each abbreviation to the words it stands for")
            return [:]
        }
        var result: [String: String] = [:]
        for (key, value) in pairs {
            let location = SourceLocation(file: file, line: key.line)
            let short = key.text ?? ""
            guard TitleVocabulary.words(of: short).count == 1 else {
                log.add(
                    location,
                    "abbreviation '\(short)' must be one word (letters and digits only)")
                continue
            }
            guard let long = value.text, !TitleVocabulary.words(of: long).isEmpty else {
                log.add(location, "abbreviation '\(short)' must stand for some words")
                continue
            }
            result[short] = long
        }
        return result
    }
}
