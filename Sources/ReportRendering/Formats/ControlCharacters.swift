/// Characters that would act on a terminal or a document instead of being shown: C0 and C1
/// controls, DEL, and the bidirectional overrides that reorder what a reader sees.
enum ControlCharacters {
    /// `text` with every control character replaced by a visible stand-in: a tab by a space,
    /// C0 controls and DEL by their Unicode control pictures (ESC is `␛`, a newline `␊`), C1
    /// controls and bidirectional overrides by `�`. A file name or resume line can then never
    /// move the cursor, colour the terminal, break a table row or reorder a line.
    static func replaced(in text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: out.append("\u{2421}")
            default: out.append(isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
