import Foundation

/// Turns the bytes of a text file into a string.
enum TextDecoding {
    struct Decoded {
        var text: String
        var warning: String?
    }

    /// Decodes UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark, falling
    /// back to Windows-1252 for bytes that are not valid UTF-8; nil when the bytes are binary.
    static func decode(_ data: Data) -> Decoded? {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { return nil }
            return looksBinary(text) ? nil : Decoded(text: text, warning: nil)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        // Searching the raw buffer, not through Data's iterator, which is much slower per byte.
        if body.withUnsafeBytes({ $0.contains(0) }) { return nil }
        if let text = String(validating: body, as: UTF8.self) {
            return looksBinary(text) ? nil : Decoded(text: text, warning: nil)
        }
        guard let text = String(data: Data(body), encoding: .windowsCP1252), !looksBinary(text)
        else { return nil }
        return Decoded(
            text: text,
            warning: "the file is not valid UTF-8; it was read as Windows-1252")
    }

    /// True when the first bytes of a file already show that ``decode(_:)`` would find it binary
    /// (a NUL byte outside UTF-16), so the rest need not be read.
    static func startsBinary(_ head: Data) -> Bool {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
        return head.withUnsafeBytes { $0.contains(0) }
    }

    /// True when more than one character in twenty (of the first 65,536) is a control character
    /// other than white space: C0 and C1 controls, DEL and U+FFFD.
    private static func looksBinary(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(looksBinary)
    }

    /// ``looksBinary(_:)`` read from valid UTF-8: a scalar starts at every byte that is not a
    /// continuation byte (10xxxxxx); C1 controls are C2 80-9F and U+FFFD is EF BF BD.
    private static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var controls = 0
        var total = 0
        var index = 0
        let base = UnsafeRawPointer(bytes.baseAddress)
        while index < bytes.count, total < 65_536 {
            // Eight printable ASCII bytes at a time (0x20 to 0x7E: no high bit, none below 0x20,
            // no 0x7F) are eight scalars and no control; any other word is read byte by byte.
            if let base, index + 8 <= bytes.count, total + 8 <= 65_536 {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highBits: UInt64 = 0x8080_8080_8080_8080
                let below20 = (word &- ones &* 0x20) & ~word & highBits
                let delete = word ^ (ones &* 0x7F)
                let isDelete = (delete &- ones) & ~delete & highBits
                if word & highBits == 0, below20 == 0, isDelete == 0 {
                    total += 8
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            index += 1
            if byte & 0xC0 == 0x80 { continue }
            total += 1
            switch byte {
            case 0x09, 0x0A, 0x0D, 0x0C: continue
            case 0x00...0x1F, 0x7F: controls += 1
            case 0xC2:
                if index < bytes.count, (0x80...0x9F).contains(bytes[index]) { controls += 1 }
            case 0xEF:
                if index + 1 < bytes.count, bytes[index] == 0xBF, bytes[index + 1] == 0xBD {
                    controls += 1
                }
            default: continue
            }
        }
        return total > 0 && controls * 20 > total
    }

    /// Splits text into lines on LF, CRLF, CR and the Unicode line separators.
    static func lines(of text: String) -> [String] {
        var text = text
        // Cut from the bytes: slicing the string by its indices validates every index. The breaks
        // are ASCII, so every cut falls between characters' bytes.
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x0A || byte == 0x0D else {
                    index += 1
                    continue
                }
                lines.append(
                    String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self
                    ))
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            }
            lines.append(
                String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
    }
}
