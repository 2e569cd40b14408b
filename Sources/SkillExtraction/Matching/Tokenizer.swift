import ResumeReading

/// A word or a punctuation mark of a line, with its position.
struct Token: Equatable {
    /// The text as written.
    var text: String
    /// The lowercased text, used as the matching key.
    private(set) var key: String
    /// ``TokenVocabulary/hash(_:)`` of the key, worked out once, as the token is cut.
    private(set) var keyHash: UInt64
    /// Punctuation (",", "/", "(", "•", ...) rather than a word.
    var isPunctuation: Bool
    /// The offsets of the token in its line, in Unicode scalars.
    var start: Int
    var end: Int

    /// A token whose key's hash is `keyHash` when the caller has it, else worked out here.
    init(
        text: String, key: String, isPunctuation: Bool, start: Int, end: Int,
        keyHash: UInt64? = nil
    ) {
        self.text = text
        self.key = key
        self.keyHash = keyHash ?? TokenVocabulary.hash(key)
        self.isPunctuation = isPunctuation
        self.start = start
        self.end = end
    }

    /// Makes the token match nothing: a mark no name or rule has.
    mutating func mask() {
        key = Self.maskedKey
        keyHash = TokenVocabulary.hash(Self.maskedKey)
        isPunctuation = true
    }

    static let maskedKey = "\u{0}"
}

/// Splits a line into tokens that keep technical names whole.
///
/// A word is a run of letters and digits; `.`, `-`, `&`, `_` and `'` stay inside it when a letter
/// or digit follows ("Node.js", "scikit-learn", "R&D", "go-to"), `+` and `#` stay at its end
/// ("C++", "C#") and a leading `.` before letters stays at its start (".NET"). Every other
/// non-space character is a punctuation token of its own, so "CI/CD" is `CI`, `/`, `CD` and a
/// list "Python, R" keeps its comma. Works on Unicode scalars: grapheme clusters are not needed
/// to find word boundaries, and scalars are much faster to walk.
enum Tokenizer {
    static func tokens(of line: String) -> [Token] {
        var line = line
        return line.withUTF8 { bytes in
            // Most lines are ASCII: their scalars are their bytes, so tokens are cut from the
            // bytes without copying the scalars or their string indices into arrays. Most other
            // lines are ASCII words with a few marks ("•", "–") or spaces, and are cut the same
            // way from one byte per scalar.
            if ByteSearch.isASCII(bytes) { return asciiTokens(bytes, marks: []) }
            if let (compact, marks) = compacted(bytes) {
                return compact.withUnsafeBufferPointer { asciiTokens($0, marks: marks) }
            }
            return unicodeTokens(bytes)
        }
    }

    /// The tokens of ASCII bytes, one per scalar, in which the bytes at the positions of `marks`
    /// stand for those non-ASCII marks.
    private static func asciiTokens(
        _ bytes: UnsafeBufferPointer<UInt8>, marks: [(position: Int, scalar: Unicode.Scalar)]
    ) -> [Token] {
        var tokens: [Token] = []
        // Lists of short names ("R, Go, C") have a token for every three bytes or so.
        tokens.reserveCapacity(bytes.count / 3 + 2)
        let asciiMarks = asciiMarks
        let markHashes = asciiMarkHashes
        var nextMark = 0
        scanASCII(bytes) { start, end, isPunctuation in
            // A punctuation mark is one byte: its string and hash are made once, not per token.
            if isPunctuation {
                if nextMark < marks.count, marks[nextMark].position == start {
                    let text = String(marks[nextMark].scalar)
                    nextMark += 1
                    tokens.append(
                        Token(text: text, key: text, isPunctuation: true, start: start, end: end))
                    return
                }
                let mark = Int(bytes[start])
                tokens.append(
                    Token(
                        text: asciiMarks[mark], key: asciiMarks[mark], isPunctuation: true,
                        start: start, end: end, keyHash: markHashes[mark]))
                return
            }
            let word = asciiWord(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            tokens.append(
                Token(
                    text: word.text, key: word.key, isPunctuation: false, start: start, end: end,
                    keyHash: word.hash))
        }
        return tokens
    }

    /// A line whose non-ASCII scalars are all spaces or marks (no letter, digit or joiner) as one
    /// byte per scalar: ASCII as it is, a space for a space, and a stand-in byte for each mark,
    /// whose position and scalar are listed; nil for other lines. The tokenizer treats a space
    /// and a mark the same whichever scalar it is, so the bytes cut into the same tokens.
    private static func compacted(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        [UInt8], [(position: Int, scalar: Unicode.Scalar)]
    )? {
        var compact: [UInt8] = []
        compact.reserveCapacity(bytes.count)
        var marks: [(position: Int, scalar: Unicode.Scalar)] = []
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                compact.append(byte)
                offset += 1
                continue
            }
            let (scalar, length) = ByteSearch.scalar(in: bytes, at: offset)
            offset += length
            if scalar.properties.isWhitespace {
                compact.append(0x20)
                continue
            }
            if isWordScalar(scalar) || isJoiner(scalar) { return nil }
            marks.append((compact.count, scalar))
            compact.append(0x01)
        }
        return (compact, marks)
    }

    /// The tokens of a line with non-ASCII characters, from its UTF-8 bytes: the scalars are
    /// decoded once, with the byte offset of each, so a token's text is a copy of its bytes and
    /// no string index is walked.
    static func unicodeTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var offsets: [Int] = []
        offsets.reserveCapacity(bytes.count + 1)
        var offset = 0
        while offset < bytes.count {
            let (scalar, length) = ByteSearch.scalar(in: bytes, at: offset)
            scalars.append(scalar)
            offsets.append(offset)
            offset += length
        }
        offsets.append(bytes.count)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        scan(scalars) { start, end, isPunctuation in
            let slice = UnsafeBufferPointer(rebasing: bytes[offsets[start]..<offsets[end]])
            if !isPunctuation, ByteSearch.isASCII(slice) {
                let word = asciiWord(slice)
                tokens.append(
                    Token(
                        text: word.text, key: word.key, isPunctuation: false, start: start,
                        end: end, keyHash: word.hash))
                return
            }
            let text = String(decoding: slice, as: UTF8.self)
            tokens.append(
                Token(
                    text: text, key: isPunctuation ? text : text.lowercased(),
                    isPunctuation: isPunctuation, start: start, end: end))
        }
        return tokens
    }

    /// Every ASCII character as a string, for punctuation tokens.
    private static let asciiMarks = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// The hash of each of ``asciiMarks``.
    private static let asciiMarkHashes = asciiMarks.map(TokenVocabulary.hash)

    /// An ASCII word as written and lowercased (the same string when it has no capital), each
    /// copied from its bytes (ASCII needs none of the UTF-8 validation `String(decoding:as:)`
    /// does for every word), and the key's hash, in the same pass that looks for capitals.
    @inline(__always)
    private static func asciiWord(_ word: UnsafeBufferPointer<UInt8>) -> (
        text: String, key: String, hash: UInt64
    ) {
        var hash = TokenVocabulary.hashSeed
        var capitals = false
        for byte in word {
            // A capital is a byte from 0x41 to 0x5A: one subtraction and compare.
            let isCapital = byte &- 0x41 < 26
            capitals = capitals || isCapital
            hash = TokenVocabulary.hashStep(hash, isCapital ? byte | 0x20 : byte)
        }
        let text = String(unsafeUninitializedCapacity: word.count) { buffer in
            _ = buffer.initialize(from: word)
            return word.count
        }
        let finished = TokenVocabulary.hashFinish(hash)
        guard capitals else { return (text, text, finished) }
        let key = String(unsafeUninitializedCapacity: word.count) { buffer in
            for index in 0..<word.count {
                let byte = word[index]
                buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return word.count
        }
        return (text, key, finished)
    }

    /// Finds the tokens of a line given as its scalars, and hands each one's scalar offsets to
    /// `emit`, with whether it is punctuation.
    @inline(__always)
    private static func scan<Scalars: RandomAccessCollection>(
        _ scalars: Scalars, emit: (_ start: Int, _ end: Int, _ isPunctuation: Bool) -> Void
    ) where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar.value == 0x20 || (!scalar.isASCII && scalar.properties.isWhitespace)
                || scalar.value == 0x09
            {
                index += 1
                continue
            }
            let startsDotWord =
                scalar == "." && index + 1 < count && scalars[index + 1].properties.isAlphabetic
                && (index == 0 || !isWordScalar(scalars[index - 1]))
            if isWordScalar(scalar) || startsDotWord {
                let start = index
                index += 1
                while index < count {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        index += 1
                    } else if isJoiner(current), index + 1 < count,
                        isWordScalar(scalars[index + 1]),
                        isWordScalar(scalars[index - 1])
                    {
                        index += 1
                    } else {
                        break
                    }
                }
                while index < count, scalars[index] == "+" || scalars[index] == "#",
                    isWordScalar(scalars[index - 1]) || scalars[index - 1] == "+"
                {
                    index += 1
                }
                emit(start, index, false)
                continue
            }
            emit(index, index + 1, true)
            index += 1
        }
    }

    /// What ``scanASCII(_:emit:)`` needs to know of an ASCII byte.
    private enum ByteClass: UInt8 {
        case space, word, joiner, other
    }

    /// The class of each ASCII byte: the scalar rules above, as a table.
    private static let byteClasses: [ByteClass] = (0..<128).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        if value == 0x20 || value == 0x09 { return .space }
        if isWordScalar(scalar) { return .word }
        if isJoiner(scalar) { return .joiner }
        return .other
    }

    /// ``scan(_:emit:)`` for bytes below 0x80, one per scalar, reading each byte's class from a
    /// table instead of testing ranges: the same tokens, found with fewer steps per byte.
    @inline(__always)
    private static func scanASCII(
        _ bytes: UnsafeBufferPointer<UInt8>,
        emit: (_ start: Int, _ end: Int, _ isPunctuation: Bool) -> Void
    ) {
        byteClasses.withUnsafeBufferPointer { classes in
            let count = bytes.count
            var index = 0
            func isWord(_ position: Int) -> Bool { classes[Int(bytes[position])] == .word }
            while index < count {
                let byte = bytes[index]
                let kind = classes[Int(byte)]
                if kind == .space {
                    index += 1
                    continue
                }
                // ".NET": a full stop before a letter, not after a word, starts a word.
                let startsDotWord =
                    byte == UInt8(ascii: ".") && index + 1 < count
                    && (bytes[index + 1] | 0x20) &- 0x61 < 26 && (index == 0 || !isWord(index - 1))
                if kind == .word || startsDotWord {
                    let start = index
                    index += 1
                    while index < count {
                        let next = classes[Int(bytes[index])]
                        if next == .word {
                            index += 1
                        } else if next == .joiner, index + 1 < count, isWord(index + 1),
                            isWord(index - 1)
                        {
                            index += 1
                        } else {
                            break
                        }
                    }
                    while index < count,
                        bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "#"),
                        isWord(index - 1) || bytes[index - 1] == UInt8(ascii: "+")
                    {
                        index += 1
                    }
                    emit(start, index, false)
                    continue
                }
                emit(index, index + 1, true)
                index += 1
            }
        }
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    @inline(__always)
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "_", "-", "&", "'", "’": return true
        default: return false
        }
    }
}
