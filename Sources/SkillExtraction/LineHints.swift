/// What a line's bytes say before its tokens are looked at, in one pass: whether it may hold an
/// e-mail address or a link (which the extractor masks) and whether it may state years ("5+
/// years", "3 yrs", which ``StatedDurations`` reads).
///
/// Most lines hold neither, and most bytes are none of the few that can start either ("@", ".",
/// "h" and "y" in either case): eight bytes at a time are passed over when none is among them.
struct LineHints {
    /// An "@", a full stop inside a word, or "http" in any case.
    var mayHoldPersonalData = false
    /// "yr" or "year" in any case: every one of ``StatedDurations/yearWords`` starts so.
    var mayStateYears = false

    init(of line: String) {
        var line = line
        self = line.withUTF8(Self.init(bytes:))
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress)
        var index = 0
        while index < count {
            // Eight bytes at a time; a group with a byte that may start a marker is read byte by
            // byte (a marker may run on past the group).
            var end = min(index + 8, count)
            if let base, index + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Setting bit 0x20 lowercases an ASCII letter (and maps no other byte to h or y).
                let lower = word | Self.ones &* 0x20
                if !Self.has(word, 0x40) && !Self.has(word, 0x2E) && !Self.has(lower, 0x68)
                    && !Self.has(lower, 0x79)
                {
                    index = end
                    continue
                }
            } else {
                end = count
            }
            while index < end {
                read(bytes, at: index)
                if mayHoldPersonalData && mayStateYears { return }
                index += 1
            }
        }
    }

    /// Looks for a marker starting at `index`.
    @inline(__always)
    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        let byte = bytes[index]
        let rest = bytes.count - index - 1
        switch byte | 0x20 {
        case 0x60 where byte == UInt8(ascii: "@"):
            mayHoldPersonalData = true
        // A full stop inside a word: a letter, a digit or a non-ASCII byte follows it.
        case 0x2E where byte == UInt8(ascii: "."):
            if rest >= 1, bytes[index + 1] >= 0x80 || Self.isAlphanumeric(bytes[index + 1]) {
                mayHoldPersonalData = true
            }
        case UInt8(ascii: "h"):
            if rest >= 3, bytes[index + 1] | 0x20 == UInt8(ascii: "t"),
                bytes[index + 2] | 0x20 == UInt8(ascii: "t"),
                bytes[index + 3] | 0x20 == UInt8(ascii: "p")
            {
                mayHoldPersonalData = true
            }
        case UInt8(ascii: "y"):
            if rest >= 1, bytes[index + 1] | 0x20 == UInt8(ascii: "r") {
                mayStateYears = true
            } else if rest >= 3, bytes[index + 1] | 0x20 == UInt8(ascii: "e"),
                bytes[index + 2] | 0x20 == UInt8(ascii: "a"),
                bytes[index + 3] | 0x20 == UInt8(ascii: "r")
            {
                mayStateYears = true
            }
        default:
            break
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always)
    private static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & (ones &* 0x80) != 0
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
