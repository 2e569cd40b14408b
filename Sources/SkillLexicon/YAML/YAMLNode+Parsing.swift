import CLibYAML

/// Why a YAML text could not be parsed, with the 1-based line of the problem (0 when unknown).
struct YAMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    var line: Int
    var message: String

    var description: String { "line \(line): \(message)" }
}

extension YAMLNode {
    /// The single document of `text`, or nil when the text holds none (empty, or only comments).
    ///
    /// libyaml's events are read in one recursive descent. Anchors and aliases are resolved,
    /// duplicate keys in a mapping are an error, and so is a second document.
    static func parse(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(YAMLSyntaxError) in try parse(bytes) }
        }
        return try result.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLSyntaxError)
        -> YAMLNode?
    {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return nil }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLSyntaxError(line: 0, message: "libyaml ran out of memory")
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, start, bytes.count)
        var reader = EventReader(parser: parser, input: bytes)
        return try reader.document()
    }
}

/// One libyaml event, copied out of C memory.
private struct Event {
    var type: yaml_event_type_t
    var line: Int
    var anchor: String?
    /// A scalar's text, or the name an alias refers to.
    var text: String
    var plain: Bool
}

/// Reads libyaml's events into nodes, remembering the nodes each anchor names.
private struct EventReader {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let input: UnsafeBufferPointer<UInt8>
    var anchors: [String: YAMLNode] = [:]
    /// How many sequences and mappings enclose the node being read.
    var depth = 0

    /// The deepest nesting read. Lexicon files nest four levels; each level is a frame of the
    /// recursive descent (and of the comparisons and releases that walk a node), so a file of
    /// twenty thousand brackets would overflow the stack.
    static let maximumDepth = 64

    mutating func document() throws(YAMLSyntaxError) -> YAMLNode? {
        _ = try next()  // stream start
        guard try next().type != YAML_STREAM_END_EVENT else { return nil }
        let root = try node(from: next())
        _ = try next()  // document end
        let after = try next()
        guard after.type == YAML_STREAM_END_EVENT else {
            throw YAMLSyntaxError(
                line: after.line,
                message: "expected a single document in the stream; but found another document")
        }
        return root
    }

    private mutating func node(from event: Event) throws(YAMLSyntaxError) -> YAMLNode {
        let node: YAMLNode
        switch event.type {
        case YAML_ALIAS_EVENT:
            guard let target = anchors[event.text] else {
                throw YAMLSyntaxError(line: event.line, message: "found undefined alias")
            }
            return target
        case YAML_SCALAR_EVENT:
            node = .scalar(event.text, plain: event.plain, line: event.line)
        case YAML_SEQUENCE_START_EVENT:
            try enter(event)
            defer { depth -= 1 }
            var items: [YAMLNode] = []
            var item = try next()
            while item.type != YAML_SEQUENCE_END_EVENT {
                items.append(try self.node(from: item))
                item = try next()
            }
            node = .sequence(items, line: event.line)
        case YAML_MAPPING_START_EVENT:
            try enter(event)
            defer { depth -= 1 }
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var key = try next()
            while key.type != YAML_MAPPING_END_EVENT {
                pairs.append((try self.node(from: key), try self.node(from: next())))
                key = try next()
            }
            try Self.checkKeys(pairs)
            node = .mapping(pairs, line: event.line)
        default:
            throw YAMLSyntaxError(line: event.line, message: "unexpected event \(event.type)")
        }
        // An anchor names its node once the node is complete, so a node cannot contain itself.
        if let anchor = event.anchor { anchors[anchor] = node }
        return node
    }

    /// Counts one more level of nesting, throwing at the line of the level past the limit.
    private mutating func enter(_ event: Event) throws(YAMLSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw YAMLSyntaxError(
                line: event.line,
                message: "nested more than \(Self.maximumDepth) levels deep; "
                    + "lexicon files need four at most")
        }
    }

    /// Throws when a key is repeated, naming the repeated keys in alphabetical order, at the line
    /// where the first of them first appears.
    ///
    /// Mappings in lexicon files have a dozen keys at most, so comparing every pair is cheaper
    /// than hashing; a larger mapping of text keys (a broken or hostile file) is checked by
    /// hashing, since comparing every pair of 50,000 keys took half a minute.
    private static func checkKeys(_ pairs: [(key: YAMLNode, value: YAMLNode)])
        throws(YAMLSyntaxError)
    {
        var repeated: [YAMLNode] = []
        if pairs.count > 32, pairs.allSatisfy({ $0.key.text != nil }) {
            var first: [String: YAMLNode] = [:]
            var reported = Set<String>()
            for pair in pairs {
                let text = pair.key.text ?? ""
                if let earlier = first[text] {
                    if reported.insert(text).inserted { repeated.append(earlier) }
                } else {
                    first[text] = pair.key
                }
            }
            try report(repeated)
            return
        }
        for index in pairs.indices.dropFirst() {
            for earlier in 0..<index where sameKey(pairs[earlier].key, pairs[index].key) {
                if !repeated.contains(where: { sameKey($0, pairs[earlier].key) }) {
                    repeated.append(pairs[earlier].key)
                }
                break
            }
        }
        try report(repeated)
    }

    /// Throws for the keys in `repeated`, if any.
    private static func report(_ repeated: [YAMLNode]) throws(YAMLSyntaxError) {
        guard !repeated.isEmpty else { return }
        var repeated = repeated
        repeated.sort { ($0.text ?? "", $0.line) < ($1.text ?? "", $1.line) }
        // Spelled as Yams spelled it, so that the message is the one users saw before.
        let names = repeated.map { $0.text ?? "<uncovertable>" }
        throw YAMLSyntaxError(
            line: repeated[0].line,
            message: "duplicated keys \(names.joined(separator: ", "))")
    }

    /// Whether two keys are the same: equal texts, or collections of the same keys and values.
    private static func sameKey(_ left: YAMLNode, _ right: YAMLNode) -> Bool {
        if case .scalar(let left, _, _) = left, case .scalar(let right, _, _) = right {
            return left == right
        }
        if case .sequence(let left, _) = left, case .sequence(let right, _) = right {
            return left.count == right.count && zip(left, right).allSatisfy(sameKey)
        }
        if case .mapping(let left, _) = left, case .mapping(let right, _) = right {
            return left.count == right.count
                && zip(left, right).allSatisfy {
                    sameKey($0.key, $1.key) && sameKey($0.value, $1.value)
                }
        }
        return false
    }

    /// The next event, its C memory already freed.
    private mutating func next() throws(YAMLSyntaxError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&event) }
        var copied = Event(
            type: event.type, line: Int(event.start_mark.line) + 1, anchor: nil, text: "",
            plain: false)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            copied.anchor = scalar.anchor.map { String(cString: $0) }
            copied.text = String(
                decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
                as: UTF8.self)
            copied.plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
        case YAML_ALIAS_EVENT:
            copied.text = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        case YAML_SEQUENCE_START_EVENT:
            copied.anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
        case YAML_MAPPING_START_EVENT:
            copied.anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
        default:
            break
        }
        return copied
    }

    /// libyaml's account of why it stopped: "context; problem" at the problem's line.
    private func syntaxError() -> YAMLSyntaxError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return YAMLSyntaxError(line: 0, message: "libyaml ran out of memory")
        case YAML_READER_ERROR:
            // The reader reports a byte offset, not a line.
            let offset = min(Int(state.problem_offset), input.count)
            let line = input[..<offset].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            return YAMLSyntaxError(line: line, message: problem)
        default:
            let context = state.context.map { String(cString: $0) + "; " } ?? ""
            return YAMLSyntaxError(
                line: Int(state.problem_mark.line) + 1, message: context + problem)
        }
    }
}
