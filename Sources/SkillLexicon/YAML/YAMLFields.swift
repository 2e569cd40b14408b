/// Collects the problems found while loading, so every one of them is reported at once.
final class ProblemLog {
    private(set) var problems: [LexiconProblem] = []

    func add(_ location: SourceLocation, _ message: String) {
        problems.append(LexiconProblem(location, message))
    }
}

/// Reads the fields of one YAML mapping, reporting wrong types, missing and unknown keys.
struct YAMLFields {
    let file: String
    let location: SourceLocation
    private let pairs: [(key: YAMLNode, value: YAMLNode)]
    private let log: ProblemLog

    /// Nil (with a problem logged) when `node` is not a mapping.
    init?(_ node: YAMLNode, file: String, what: String, allowed: Set<String>, log: ProblemLog) {
        self.file = file
        self.log = log
        location = SourceLocation(file: file, line: node.line)
        guard case .mapping(let pairs, _) = node else {
            log.add(location, "\(what) must be a mapping of keys to values")
            return nil
        }
        for (key, _) in pairs {
            let name = key.text ?? ""
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                log.add(
                    Self.location(of: key, in: file),
                    "unknown key '\(name)' in \(what) (known: \(known))")
            }
        }
        self.pairs = pairs
    }

    static func location(of node: YAMLNode, in file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.line)
    }

    /// The value of `key`; a scan, as a mapping has a dozen keys at most.
    func node(_ key: String) -> YAMLNode? {
        pairs.first { $0.key.text == key }?.value
    }

    func location(of key: String) -> SourceLocation {
        node(key).map { Self.location(of: $0, in: file) } ?? location
    }

    func string(_ key: String, required: Bool = true) -> String? {
        guard let node = self.node(key) else {
            if required { log.add(location, "missing '\(key)'") }
            return nil
        }
        guard let text = node.text, !text.isEmpty else {
            log.add(location(of: key), "'\(key)' must be a non-empty text")
            return nil
        }
        return text
    }

    func strings(_ key: String) -> [String] {
        guard let node = self.node(key) else { return [] }
        guard case .sequence(let sequence, _) = node else {
            if node.isNull { return [] }
            log.add(location(of: key), "'\(key)' must be a list")
            return []
        }
        return sequence.compactMap { item in
            guard let text = item.text, !text.isEmpty else {
                log.add(Self.location(of: item, in: file), "'\(key)' must list texts")
                return nil
            }
            return text
        }
    }

    func number(_ key: String, required: Bool = true) -> Double? {
        guard let node = self.node(key) else {
            if required { log.add(location, "missing '\(key)'") }
            return nil
        }
        guard let value = node.number ?? node.integer.map(Double.init) else {
            log.add(location(of: key), "'\(key)' must be a number")
            return nil
        }
        return value
    }

    func integer(_ key: String, required: Bool = true) -> Int? {
        guard let node = self.node(key) else {
            if required { log.add(location, "missing '\(key)'") }
            return nil
        }
        guard let value = node.integer else {
            log.add(location(of: key), "'\(key)' must be a whole number")
            return nil
        }
        return value
    }

    func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String, as type: Value.Type, required: Bool = true
    ) -> Value? where Value.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Value(rawValue: text) else {
            let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
            log.add(location(of: key), "'\(key)' is '\(text)'; use one of \(known)")
            return nil
        }
        return value
    }

    func problem(_ key: String, _ message: String) {
        log.add(location(of: key), message)
    }
}
