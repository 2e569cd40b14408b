import Foundation

/// Decides a file's format from its first bytes, using the extension only to tell text formats
/// apart; a PDF named `.txt` is still a PDF.
enum FormatSniffer {
    enum Kind: Equatable {
        case pdf
        case zip
        case textual
        /// A known binary type SkillGap does not read, named for the user.
        case unsupported(String)
    }

    static func kind(of head: Data) -> Kind {
        let bytes = [UInt8](head.prefix(1024))
        // "%PDF-" anywhere in the first kilobyte (some producers put bytes before it).
        if ByteSearch.contains("%PDF-", in: bytes) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
            || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
        {
            return .zip
        }
        for (signature, name) in signatures where bytes.starts(with: signature) {
            return .unsupported(name)
        }
        if bytes.count >= 12, bytes[4..<8].elementsEqual("ftyp".utf8) {
            return .unsupported("an image or video (ISO media)")
        }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)),
            bytes[8..<12].elementsEqual("WEBP".utf8)
        {
            return .unsupported("a WebP image")
        }
        return .textual
    }

    /// The text format of decoded text, from its extension and content.
    static func textFormat(of text: Substring, extension ext: String) -> ResumeFormat {
        switch ext {
        case "json": return .jsonResume
        case "html", "htm", "xhtml": return .html
        case "md", "markdown", "mdown", "mkd": return .markdown
        default: break
        }
        let start = text.drop { $0.isWhitespace }
        if start.first == "{" { return .jsonResume }
        // Every HTML sign starts with "<", which lowercasing neither makes nor removes: a head
        // without one is plain text, and most heads are. Most resumes have no "<" at all, which a
        // pass over the bytes shows without counting the head's characters.
        let hasAngle =
            start.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "<")) }
            ?? start.utf8.contains(UInt8(ascii: "<"))
        guard hasAngle,
            start.prefix(512).utf8.contains(UInt8(ascii: "<"))
        else { return .text }
        let head = start.prefix(512).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<body") {
            return .html
        }
        return .text
    }

    private static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        (Array("BM".utf8), "a BMP image"),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Word .doc file (save it as DOCX or PDF)"),
        (Array("{\\rtf".utf8), "an RTF document (save it as DOCX or PDF)"),
        ([0x1F, 0x8B], "a gzip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
    ]
}
