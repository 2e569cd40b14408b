/// Searches a string's UTF-8 bytes in place.
///
/// Iterating `String.utf8` goes through its generic iterator, several times slower per byte than
/// a loop over the bytes themselves, and these searches run for every line of every resume.
package enum ByteSearch {
    /// Whether `text` holds `byte`.
    package static func contains(_ byte: UInt8, in text: String) -> Bool {
        offset(of: byte, in: text) != nil
    }

    /// The offset of the first `byte` in `text`'s UTF-8, if any.
    package static func offset(of byte: UInt8, in text: String) -> Int? {
        var text = text
        return text.withUTF8 { $0.firstIndex(of: byte) }
    }

    /// The index in `text` of its first `byte`, an ASCII byte, which always starts a character.
    package static func index(of byte: UInt8, in text: String) -> String.Index? {
        offset(of: byte, in: text).map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// Whether `bytes` hold `marker` anywhere.
    package static func contains(_ marker: some StringProtocol, in bytes: [UInt8]) -> Bool {
        let marker = Array(marker.utf8)
        guard let first = marker.first, bytes.count >= marker.count else { return false }
        return (0...(bytes.count - marker.count)).contains {
            bytes[$0] == first && bytes[$0..<($0 + marker.count)].elementsEqual(marker)
        }
    }

    /// Whether `text` is all ASCII, read eight bytes at a time.
    package static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isASCII)
    }

    /// Whether `bytes` are all ASCII, read eight at a time.
    package static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        return bytes[index...].allSatisfy { $0 < 0x80 }
    }

    /// The scalar whose UTF-8 starts at `offset` of valid UTF-8 `bytes`, and its length in bytes.
    @inline(__always)
    package static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
        Unicode.Scalar, length: Int
    ) {
        let lead = UInt32(bytes[offset])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length > 1 else { return (Unicode.Scalar(UInt8(lead)), 1) }
        var value = lead & (0xFF >> UInt32(length + 1))
        for index in 1..<length {
            value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
