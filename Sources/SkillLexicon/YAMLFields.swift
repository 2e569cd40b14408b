import Yams

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
    private let values: [String: Node]
    private let log: ProblemLog

    /// Nil (with a problem logged) when `node` is not a mapping.
    init?(_ node: Node, file: String, what: String, allowed: Set<String>, log: ProblemLog) {
        self.file = file
        self.log = log
        location = SourceLocation(file: file, line: node.mark?.line ?? 0)
        guard let mapping = node.mapping else {
            log.add(location, "\(what) must be a mapping of keys to values")
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                log.add(
                    Self.location(of: key, in: file),
                    "unknown key '\(name)' in \(what) (known: \(known))")
            }
            values[name] = value
        }
        self.values = values
    }

    static func location(of node: Node, in file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0)
    }

    func node(_ key: String) -> Node? { values[key] }

    func location(of key: String) -> SourceLocation {
        values[key].map { Self.location(of: $0, in: file) } ?? location
    }

    func string(_ key: String, required: Bool = true) -> String? {
        guard let node = values[key] else {
            if required { log.add(location, "missing '\(key)'") }
            return nil
        }
        guard case .scalar = node, let text = node.string, !text.isEmpty else {
            log.add(location(of: key), "'\(key)' must be a non-empty text")
            return nil
        }
        return text
    }

    func strings(_ key: String) -> [String] {
        guard let node = values[key] else { return [] }
        guard case .sequence(let sequence) = node else {
            if case .scalar = node, node.null != nil { return [] }
            log.add(location(of: key), "'\(key)' must be a list")
            return []
        }
        return sequence.compactMap { item in
            guard case .scalar = item, let text = item.string, !text.isEmpty else {
                log.add(Self.location(of: item, in: file), "'\(key)' must list texts")
                return nil
            }
            return text
        }
    }

    func number(_ key: String, required: Bool = true) -> Double? {
        guard let node = values[key] else {
            if required { log.add(location, "missing '\(key)'") }
            return nil
        }
        guard let value = node.float ?? node.int.map(Double.init) else {
            log.add(location(of: key), "'\(key)' must be a number")
            return nil
        }
        return value
    }

    func integer(_ key: String, required: Bool = true) -> Int? {
        guard let node = values[key] else {
            if required { log.add(location, "missing '\(key)'") }
            return nil
        }
        guard let value = node.int else {
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
