import SkillLexicon

/// Finds every skill of the lexicon in a line in one pass over its tokens.
///
/// All names and aliases of all skills are stored in a trie over lowercased tokens, built once, so
/// the cost grows with the text and not with the lexicon. Tokens are looked up once per line in
/// the vocabulary of the names' words, and the trie steps by their ids. At each token the longest
/// name that starts there wins; an ambiguous form is kept only when its rule accepts it, and
/// otherwise the next shorter name along the same path is tried.
public struct SkillMatcher: Sendable {
    /// What a trie node ending a name stands for.
    struct Payload: Sendable {
        var skillIndex: Int
        /// Nil for a plain name; the rule's position in ``rules`` otherwise (an index, so that
        /// reading a payload copies no rule).
        var rule: Int?
    }

    /// An ambiguous form's rule with its words tokenised once, when the matcher is built.
    struct PreparedRule: Sendable {
        var caseSensitive: Bool
        /// The form's tokens as written, for the case check.
        var formTexts: [String]
        var conditions: [AmbiguousForm.Condition]
        /// The ids of the one-word context words in the matcher's vocabulary.
        var contextWords: [Int32] = []
        var contextPhrases: [[String]]
        var rejectBefore: Set<String>
        var rejectAfter: Set<String>

        init(_ rule: AmbiguousForm, vocabulary: inout TokenVocabulary) {
            caseSensitive = rule.caseSensitive
            formTexts = Tokenizer.tokens(of: rule.form).map(\.text)
            conditions = rule.when
            var phrases: [[String]] = []
            for word in rule.context {
                let keys = Tokenizer.tokens(of: word).map(\.key)
                if keys.count == 1 {
                    contextWords.append(vocabulary.insert(keys[0]))
                } else if !keys.isEmpty {
                    phrases.append(keys)
                }
            }
            contextPhrases = phrases
            rejectBefore = Set(rule.rejectBefore.map { $0.lowercased() })
            rejectAfter = Set(rule.rejectAfter.map { $0.lowercased() })
        }
    }

    struct Node: Sendable {
        /// Token ids and the nodes they lead to; a few at most below the root.
        var children: [(key: Int32, node: Int32)] = []
        var payloads: [Payload] = []
    }

    /// One accepted mention.
    struct Match: Equatable {
        var skillIndex: Int
        var firstToken: Int
        var lastToken: Int
        var ambiguous: Bool
    }

    /// What the line's surroundings say, for the rules of ambiguous forms.
    struct LineContext {
        /// The line is in a skills section.
        var inSkillsSection: Bool
    }

    /// The line's surroundings and what its tokens say, worked out once per line.
    private struct LineFacts {
        var line: LineContext
        /// ``isList(_:)`` of the line.
        var isList: Bool
    }

    private var nodes: [Node] = [Node()]
    /// Whether each node ends a name (has payloads), kept apart from the nodes so the walk along
    /// a line reads one byte per step rather than a node's payload array.
    private var endsName: [Bool] = [false]
    /// The root's children by token id (-1 for none): every token of every line starts there.
    private var rootChildren: [Int32] = []
    private var vocabulary = TokenVocabulary()
    private var rules: [PreparedRule] = []
    let skills: [Skill]

    public init(lexicon: Lexicon) {
        skills = lexicon.skills
        for (index, skill) in skills.enumerated() {
            var forms = Set<[String]>()
            for form in skill.plainForms {
                for variant in Self.variants(of: form) where forms.insert(variant).inserted {
                    insert(variant, Payload(skillIndex: index, rule: nil))
                }
            }
            for rule in skill.ambiguous {
                let keys = Tokenizer.tokens(of: rule.form).map(\.key)
                guard !keys.isEmpty else { continue }
                rules.append(PreparedRule(rule, vocabulary: &vocabulary))
                insert(keys, Payload(skillIndex: index, rule: rules.count - 1))
            }
        }
        // Plain names before ruled forms, sorted once here rather than at every match.
        for index in nodes.indices {
            nodes[index].payloads.sort { ($0.rule == nil) && ($1.rule != nil) }
        }
    }

    /// The token sequences a name is matched as: as written, and for a hyphenated or spaced name
    /// also with the hyphen as a space, removed, or in place of the space ("scikit-learn",
    /// "scikit learn", "scikitlearn"; "real time", "real-time").
    static func variants(of form: String) -> [[String]] {
        let keys = Tokenizer.tokens(of: form).map(\.key)
        guard !keys.isEmpty else { return [] }
        var result = [keys]
        // Byte and character tests, not Foundation's searches: this runs for every name at start.
        if keys.contains(where: { $0.utf8.contains(UInt8(ascii: "-")) && $0.count > 2 }) {
            result.append(
                keys.flatMap { $0.split(separator: "-").map(String.init) })
            result.append(keys.map { $0.filter { $0 != "-" } })
        }
        if keys.count > 1, keys.count <= 3, keys.allSatisfy({ $0.first?.isLetter == true }) {
            result.append([keys.joined(separator: "-")])
        }
        return result
    }

    private mutating func insert(_ keys: [String], _ payload: Payload) {
        var current = 0
        for key in keys {
            let id = vocabulary.insert(key)
            if Int(id) >= rootChildren.count {
                rootChildren += [Int32](repeating: -1, count: Int(id) + 1 - rootChildren.count)
            }
            if let next = child(of: current, id) {
                current = next
                continue
            }
            nodes.append(Node())
            endsName.append(false)
            let added = Int32(nodes.count - 1)
            if current == 0 {
                rootChildren[Int(id)] = added
            } else {
                nodes[current].children.append((id, added))
            }
            current = Int(added)
        }
        if !nodes[current].payloads.contains(where: {
            $0.skillIndex == payload.skillIndex && ($0.rule == nil) == (payload.rule == nil)
        }) {
            nodes[current].payloads.append(payload)
            endsName[current] = true
        }
    }

    /// The node below `node` along the token id `key`.
    @inline(__always)
    private func child(of node: Int, _ key: Int32) -> Int? {
        if node == 0 {
            let next = Int(key) < rootChildren.count ? rootChildren[Int(key)] : -1
            return next < 0 ? nil : Int(next)
        }
        for (id, next) in nodes[node].children where id == key { return Int(next) }
        return nil
    }

    /// Buffers one line's matching works in, kept from line to line so that a document's lines
    /// reuse them instead of allocating their own.
    struct Scratch {
        /// Each token's id in the names' vocabulary, -1 for a word no name has.
        var ids: [Int32] = []
        /// The nodes ending a name along every path, a start's group shortest first.
        var ends: [(position: Int, node: Int)] = []
        var starts: [(start: Int, ends: Range<Int>)] = []
    }

    /// The skills named in `tokens`, leftmost-longest, without overlaps.
    func matches(in tokens: [Token], context: LineContext) -> [Match] {
        var scratch = Scratch()
        return matches(in: tokens, context: context, scratch: &scratch)
    }

    /// ``matches(in:context:)`` working in `scratch`, which a caller keeps across lines.
    func matches(in tokens: [Token], context: LineContext, scratch: inout Scratch) -> [Match] {
        scratch.ids.removeAll(keepingCapacity: true)
        scratch.ends.removeAll(keepingCapacity: true)
        scratch.starts.removeAll(keepingCapacity: true)
        for index in tokens.indices {
            scratch.ids.append(
                vocabulary.id(of: tokens[index].key, hash: tokens[index].keyHash) ?? -1)
        }
        let ids = scratch.ids
        // Candidates: every path from every start.
        for start in tokens.indices where ids[start] >= 0 && !tokens[start].isPunctuation {
            var current = 0
            let first = scratch.ends.count
            var position = start
            while position < tokens.count, ids[position] >= 0,
                let next = child(of: current, ids[position])
            {
                current = next
                if endsName[current] { scratch.ends.append((position, current)) }
                position += 1
            }
            if scratch.ends.count > first {
                scratch.starts.append((start, first..<scratch.ends.count))
            }
        }
        guard !scratch.starts.isEmpty else { return [] }
        let ends = scratch.ends
        // Only a ruled form needs the other skills of the line, or whether the line is a list;
        // most lines have none, and a line with several works them out once.
        var plainSkillsOnLine: [Int]?
        var lineIsList: Bool?
        var matches: [Match] = []
        var nextFree = 0
        for candidate in scratch.starts where candidate.start >= nextFree {
            // Longest first.
            search: for (end, node) in ends[candidate.ends].reversed() {
                for payload in nodes[node].payloads {
                    if let rule = payload.rule {
                        let plain = plainSkillsOnLine ?? plainSkills(at: ends)
                        plainSkillsOnLine = plain
                        let others = plain.count - (plain.contains(payload.skillIndex) ? 1 : 0)
                        let isList = lineIsList ?? Self.isList(tokens)
                        lineIsList = isList
                        guard
                            accepts(
                                rules[rule], tokens: tokens, ids: ids, first: candidate.start,
                                last: end, otherSkills: others,
                                context: LineFacts(line: context, isList: isList))
                        else { continue }
                    }
                    matches.append(
                        Match(
                            skillIndex: payload.skillIndex, firstToken: candidate.start,
                            lastToken: end, ambiguous: payload.rule != nil))
                    nextFree = end + 1
                    break search
                }
            }
        }
        return matches
    }

    /// The skills that plain names (not ruled forms) at these trie nodes stand for.
    /// Each skill once; a line names a few, so a list is cheaper than a set.
    private func plainSkills(at ends: [(position: Int, node: Int)]) -> [Int] {
        var skills: [Int] = []
        for (_, node) in ends {
            for payload in nodes[node].payloads
            where payload.rule == nil && !skills.contains(payload.skillIndex) {
                skills.append(payload.skillIndex)
            }
        }
        return skills
    }

    /// Applies an ambiguous form's rule: its case, the words around it, then its conditions.
    private func accepts(
        _ rule: PreparedRule, tokens: [Token], ids: [Int32], first: Int, last: Int,
        otherSkills: Int, context: LineFacts
    ) -> Bool {
        if rule.caseSensitive {
            guard rule.formTexts.count == last - first + 1 else { return false }
            for (offset, text) in rule.formTexts.enumerated()
            where tokens[first + offset].text != text {
                return false
            }
        }
        let next = last + 1 < tokens.count ? tokens[last + 1].key : nil
        if first > 0, rule.rejectBefore.contains(tokens[first - 1].key) { return false }
        if let next, rule.rejectAfter.contains(next) { return false }
        // A single capital followed by a full stop and a name is an initial ("John R. Smith").
        if first == last, tokens[first].text.unicodeScalars.count == 1, next == ".",
            last + 2 < tokens.count, tokens[last + 2].text.first?.isUppercase == true
        {
            return false
        }
        for condition in rule.conditions {
            switch condition {
            case .always:
                return true
            case .skillList:
                if context.line.inSkillsSection || (otherSkills >= 1 && context.isList) {
                    return true
                }
            case .context:
                if ids.contains(where: { $0 >= 0 && rule.contextWords.contains($0) })
                    || rule.contextPhrases.contains(where: { Self.contains(tokens, $0) })
                {
                    return true
                }
            }
        }
        return false
    }

    /// A line that enumerates: two or more separators, or a bullet and a separator.
    static func isList(_ tokens: [Token]) -> Bool {
        var separators = 0
        var bullet = false
        // A mark is one scalar, compared by value: comparing with a non-ASCII string literal
        // takes the string comparison's slow, normalising path.
        for token in tokens where token.isPunctuation {
            // One scalar: the index after the first is the end (no count of the scalars).
            let scalars = token.text.unicodeScalars
            guard let scalar = scalars.first,
                scalars.index(after: scalars.startIndex) == scalars.endIndex
            else { continue }
            switch scalar {
            case ",", "|", "/", ";", "·", "•": separators += 1
            case "-", "*", "–", "▪", "◦", "●": bullet = true
            default: break
            }
        }
        return separators >= 2 || (bullet && separators >= 1)
    }

    private static func contains(_ tokens: [Token], _ keys: [String]) -> Bool {
        guard keys.count <= tokens.count else { return false }
        for start in 0...(tokens.count - keys.count)
        where zip(tokens[start...], keys).allSatisfy({ $0.key == $1 }) {
            return true
        }
        return false
    }
}
