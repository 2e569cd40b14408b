/// Repairs applied to every line a reader produces, whatever the format.
///
/// PDFs in particular carry ligatures, icon-font glyphs, odd spaces, letter-spaced headings and words
/// broken at a line end; matching works on the repaired text.
enum TextRepair {
    /// Replaces ligatures, turns tabs and unusual spaces into plain spaces, drops private-use (icon)
    /// and zero-width characters, collapses runs of spaces and trims the line.
    static func normalise(_ line: String) -> String {
        var line = line
        let repaired = line.withUTF8 { bytes -> String? in
            if isClean(bytes) { return nil }
            // Written as UTF-8 bytes, read from the line's own bytes: ASCII is handled byte by
            // byte and only other scalars are decoded. The repaired line is never longer than the
            // line (a ligature's letters take no more bytes than the ligature).
            let repaired = String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var lastWasSpace = true
                var index = 0
                while index < bytes.count {
                    let start = index
                    let byte = bytes[index]
                    // Printable ASCII other than a space is kept as it is.
                    if byte &- 0x21 <= 0x7E - 0x21 {
                        out[count] = byte
                        count += 1
                        lastWasSpace = false
                        index += 1
                        continue
                    }
                    let scalar: Unicode.Scalar
                    if byte < 0x80 {
                        scalar = Unicode.Scalar(byte)
                        index += 1
                    } else {
                        let length: Int
                        (scalar, length) = ByteSearch.scalar(in: bytes, at: index)
                        index += length
                    }
                    // Every ligature is at or above U+0132; most scalars skip the table lookup.
                    if scalar.value >= 0x132, let expansion = ligatures[scalar.value] {
                        for letter in expansion.utf8 {
                            out[count] = letter
                            count += 1
                        }
                        lastWasSpace = false
                        continue
                    }
                    if isDropped(scalar) { continue }
                    if isSpace(scalar) {
                        if !lastWasSpace {
                            out[count] = 0x20
                            count += 1
                        }
                        lastWasSpace = true
                        continue
                    }
                    for offset in start..<index {
                        out[count] = bytes[offset]
                        count += 1
                    }
                    lastWasSpace = false
                }
                while count > 0, out[count - 1] == 0x20 { count -= 1 }
                return count
            }
            return hasHyphenRun(repaired) ? collapsingHyphenRuns(repaired) : repaired
        }
        return repaired ?? line
    }

    /// "on--campus" (Word's optional hyphens, printed twice) becomes "on-campus"; a run of
    /// hyphens between two letters or digits is one hyphen. "--help" after a space stays.
    private static func collapsingHyphenRuns(_ line: String) -> String {
        var out = ""
        var pendingHyphens = 0
        var previous: Character = " "
        for char in line {
            if char == "-" {
                pendingHyphens += 1
                continue
            }
            if pendingHyphens > 0 {
                let joinsWords =
                    (previous.isLetter || previous.isNumber) && (char.isLetter || char.isNumber)
                out += String(repeating: "-", count: joinsWords ? 1 : pendingHyphens)
                pendingHyphens = 0
            }
            out.append(char)
            previous = char
        }
        out += String(repeating: "-", count: pendingHyphens)
        return out
    }

    /// Whether `line` has two hyphens in a row.
    private static func hasHyphenRun(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x2D, previous == 0x2D { return true }
                previous = byte
            }
            return false
        }
    }

    /// Printable ASCII with single spaces, no space at either end and no run of hyphens needs no
    /// repair.
    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0x20
        for byte in bytes {
            // One subtraction tells printable ASCII (0x21 to 0x7E) from the rest.
            if byte &- 0x21 > 0x7E - 0x21 {
                if byte != 0x20 || previous == 0x20 { return false }
            } else if byte == 0x2D, previous == 0x2D {
                return false
            }
            previous = byte
        }
        return previous != 0x20 || bytes.isEmpty
    }

    /// Joins letter-spaced words ("D ATA  S C I E N C E" becomes "DATA SCIENCE").
    ///
    /// A line qualifies when it is all capital letters and most of its space-separated pieces are
    /// single letters. Runs of two or more spaces in `raw` mark word breaks; without them the
    /// pieces are joined into one word.
    static func joinLetterSpacing(_ raw: String) -> String? {
        // Cheap test first: a letter-spaced heading has no lower-case ASCII letter.
        var bytes = raw
        let quick = bytes.withUTF8 { bytes -> Bool? in
            if bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
            // An ASCII line's pieces and single letters, counted without splitting it: most
            // lines without a lower-case letter ("SQL, AWS", "2019 - 2021") fail here.
            guard ByteSearch.isASCII(bytes) else { return nil }
            var pieces = 0
            var singles = 0
            var length = 0
            for byte in bytes {
                if byte == 0x20 {
                    if length == 1 { singles += 1 }
                    length = 0
                    continue
                }
                if length == 0 { pieces += 1 }
                length += 1
            }
            if length == 1 { singles += 1 }
            return pieces >= 4 && Double(singles) / Double(pieces) >= 0.6
        }
        if quick == false { return nil }
        if quick == true {
            // An ASCII line of the right shape: capitals and "&" only, joined on its bytes. A run
            // of two or more spaces is a word break; single spaces are dropped.
            return bytes.withUTF8 { bytes -> String? in
                guard bytes.allSatisfy({ $0 == 0x20 || ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x26 })
                else { return nil }
                var joined: [UInt8] = []
                joined.reserveCapacity(bytes.count)
                var spaces = 0
                for byte in bytes {
                    if byte == 0x20 {
                        spaces += 1
                        continue
                    }
                    if spaces >= 2, !joined.isEmpty { joined.append(0x20) }
                    spaces = 0
                    joined.append(byte)
                }
                return String(decoding: joined, as: UTF8.self)
            }
        }
        let pieces = raw.split(separator: " ", omittingEmptySubsequences: true)
        guard pieces.count >= 4 else { return nil }
        let singles = pieces.filter { $0.count == 1 }.count
        guard Double(singles) / Double(pieces.count) >= 0.6 else { return nil }
        guard pieces.allSatisfy({ $0.allSatisfy { $0.isLetter && $0.isUppercase || $0 == "&" } })
        else { return nil }
        let words = raw.split(separator: "  ", omittingEmptySubsequences: true)
        if words.count > 1 {
            return words.map { $0.split(separator: " ").joined() }.joined(separator: " ")
        }
        return pieces.joined()
    }

    /// Joins words split by a hyphen at a line end.
    ///
    /// "develop-" + "ment" becomes "development"; a compound or a name keeps its hyphen
    /// ("Scikit-" + "learn" becomes "Scikit-learn", "data-" + "driven" becomes "data-driven").
    static func joinHyphenation(_ lines: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            var line = lines[index]
            while index + 1 < lines.count, let joined = joinedAcrossBreak(line, lines[index + 1]) {
                line = joined
                index += 1
            }
            result.append(line)
            index += 1
        }
        return result
    }

    /// `first` and `second` as one line when `first` ends in a word broken by a hyphen.
    static func joinedAcrossBreak(_ first: String, _ second: String) -> String? {
        guard first.utf8.last == UInt8(ascii: "-"), first.count >= 3 else { return nil }
        let beforeHyphen = first.dropLast()
        guard let lastChar = beforeHyphen.last, lastChar.isLetter else { return nil }
        guard let firstNext = second.first, firstNext.isLetter, firstNext.isLowercase else {
            return nil
        }
        let leftWord = String(beforeHyphen.split(separator: " ").last ?? "")
        let rightWord = String(
            second.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." })
        guard leftWord.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        let keepsHyphen =
            leftWord.first?.isUppercase == true
            || leftWord.contains("-")
            || leftWord.count <= 3
            || compoundFirstParts.contains(leftWord.lowercased())
            || compoundSecondParts.contains(rightWord.lowercased().trimmingSuffix("."))
        return keepsHyphen
            ? String(first) + second
            : String(beforeHyphen) + second
    }

    private static let ligatures: [UInt32: String] = [
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st",
        0xFB06: "st", 0x0132: "IJ", 0x0133: "ij", 0x2010: "-", 0x2011: "-",
    ]

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: return true  // private use
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return true  // zero-width, soft hyphen
        case 0x0000...0x0008, 0x000B...0x001F, 0x007F, 0xFFFD: return true  // controls
        default: return false
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    private static let compoundFirstParts: Set<String> = [
        "self", "well", "cross", "multi", "non", "semi", "pre", "post", "end", "real", "long",
        "high", "low", "full", "open", "top", "state", "hands", "data", "machine", "deep",
        "cutting",
        "fine", "large", "small", "mid", "off", "cost", "time", "client", "server", "user",
        "customer", "front", "back", "mission", "detail", "results", "team", "fast", "event",
        "test", "domain", "model", "cloud", "micro", "inter", "intra", "sub", "anti", "over",
        "under", "problem", "decision", "research",
    ]

    private static let compoundSecondParts: Set<String> = [
        "driven", "based", "oriented", "facing", "focused", "scale", "level", "end", "time",
        "world", "learn", "like", "free", "specific", "aware", "first", "ready", "critical",
        "related", "quality", "friendly", "making", "solving", "term", "source", "stack", "side",
        "commerce", "native", "tuning", "tuned", "house", "sensitive", "intensive", "wide",
        "centric", "minded", "grade", "ended", "value", "known",
    ]
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
