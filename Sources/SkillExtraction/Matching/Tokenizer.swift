/// A word or a punctuation mark of a line, with its position.
struct Token: Equatable {
    /// The text as written.
    var text: String
    /// The lowercased text, used as the matching key.
    var key: String
    /// Punctuation (",", "/", "(", "•", ...) rather than a word.
    var isPunctuation: Bool
    /// The offsets of the token in its line, in Unicode scalars.
    var start: Int
    var end: Int
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
        // Most lines are ASCII: their scalars are their bytes, so tokens are cut from the bytes
        // without copying the scalars or their string indices into arrays.
        let ascii = line.utf8.withContiguousStorageIfAvailable { bytes -> [Token]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 4)
            let marks = asciiMarks
            scan(bytes.lazy.map { Unicode.Scalar($0) }) { start, end, isPunctuation in
                // A punctuation mark is one byte: its string is made once, not per token.
                if isPunctuation {
                    let text = marks[Int(bytes[start])]
                    tokens.append(
                        Token(text: text, key: text, isPunctuation: true, start: start, end: end))
                    return
                }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let text = String(decoding: word, as: UTF8.self)
                let key = lowercasedASCII(word, text)
                tokens.append(
                    Token(
                        text: text, key: key, isPunctuation: isPunctuation, start: start, end: end))
            }
            return tokens
        }
        if let ascii, let tokens = ascii { return tokens }

        let view = line.unicodeScalars
        let scalars = Array(view)
        // Positions in the line, so a token's text is a slice of it, not a rebuilt string.
        var positions = Array(view.indices)
        positions.append(view.endIndex)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        scan(scalars) { start, end, isPunctuation in
            if isPunctuation {
                let text = String(Character(scalars[start]))
                tokens.append(
                    Token(text: text, key: text, isPunctuation: true, start: start, end: end))
            } else {
                let word = String(view[positions[start]..<positions[end]])
                tokens.append(
                    Token(
                        text: word, key: word.lowercased(), isPunctuation: false, start: start,
                        end: end))
            }
        }
        return tokens
    }

    /// Every ASCII character as a string, for punctuation tokens.
    private static let asciiMarks = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// The lowercased form of an ASCII word; `text` itself when it has no capital.
    private static func lowercasedASCII(_ word: UnsafeBufferPointer<UInt8>, _ text: String)
        -> String
    {
        guard word.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            for (offset, byte) in word.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return word.count
        }
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
