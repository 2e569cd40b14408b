import Foundation

/// Finds section headings in a resume's lines and divides the lines into sections.
///
/// A heading is a short line that names a known section ("Technical Skills", "WORK HISTORY",
/// "Education:") in capitals, title case, with a colon, or marked as a heading by its source. A
/// line such as "Skills: Python, SQL" starts a section and keeps its content. The lines before the
/// first heading are contact details, then a summary if prose follows them.
struct SectionDetector {
    func sections(of lines: [SourceLine]) -> [ResumeSection] {
        guard !lines.isEmpty else { return [] }
        var starts: [(index: Int, kind: SectionKind, heading: String)] = []
        var currentKind: SectionKind?
        for (index, line) in lines.enumerated() {
            if let (kind, heading) = heading(of: line, inside: currentKind) {
                // A name set in a title style is not a section, nor is a repeat of the current one
                // ("Area | Skills" heading a table under "Technical Skills").
                if kind == .other, starts.isEmpty { continue }
                if kind == currentKind, HeadingVocabulary.exactKind(of: heading) == nil { continue }
                starts.append((index, kind, heading))
                currentKind = kind
            }
        }
        var sections: [ResumeSection] = []
        let firstHeading = starts.first?.index ?? lines.count
        if firstHeading > 0 {
            sections += leadingSections(Array(lines[0..<firstHeading]))
        }
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].index - 1 : lines.count - 1
            sections.append(
                ResumeSection(kind: start.kind, heading: start.heading, lines: start.index...end))
        }
        return sections
    }

    /// The kind and heading text when `line` is a section heading.
    func heading(of line: SourceLine, inside current: SectionKind?) -> (SectionKind, String)? {
        // Lines arrive normalised: trimmed, single spaces.
        let text = line.text
        // Counting characters walks the line: a line of at most 60 bytes needs no count, and an
        // ASCII line has as many characters as bytes.
        let bytes = text.utf8.count
        guard !text.isEmpty, bytes <= 240,
            bytes <= 60
                || (!ByteSearch.isASCII(text)
                    && (HeadingShape.simpleScalarCount(text) ?? text.count) <= 60)
        else { return nil }
        // Most lines have no colon at all, and the byte search is far cheaper than a character
        // one; a colon is one byte, so its UTF-8 position is a position in the text.
        if let colon = ByteSearch.index(of: UInt8(ascii: ":"), in: text) {
            let label = String(text[..<colon])
            let rest = text[text.index(after: colon)...]
            if rest.unicodeScalars.allSatisfy(Self.isWhitespace) {
                return standaloneHeading(label, marked: true)
            }
            // Sub-labels inside a skills section ("Languages: Python, R") are not new sections.
            guard let kind = HeadingVocabulary.exactKind(of: label) else { return nil }
            if current == .skills, [.skills, .languages, .other].contains(kind) { return nil }
            // "Technologies: AWS, GitHub" under a role or a project lists what it used: the
            // entry goes on after it.
            if current == .experience || current == .projects, kind == .skills { return nil }
            if kind == .languages, !HeadingVocabulary.namesHumanLanguage(String(rest)) {
                return (.skills, label)
            }
            return (kind, label)
        }
        return standaloneHeading(text, marked: line.isHeading)
    }

    private func standaloneHeading(_ text: String, marked: Bool) -> (SectionKind, String)? {
        let shape = HeadingShape(text)
        guard shape.words >= 1, shape.words <= HeadingShape.maximumWords, !shape.endsClause,
            shape.letters >= 3
        else {
            return nil
        }
        let key = HeadingVocabulary.key(text)
        if let kind = HeadingVocabulary.exactKind(ofKey: key), !shape.hasNumber {
            return (kind, text)
        }
        guard marked || shape.allCaps || shape.titleCase, shape.words <= 5,
            !ByteSearch.contains(UInt8(ascii: "|"), in: text)
        else {
            return nil
        }
        if let kind = HeadingVocabulary.keywordKind(ofKey: key) { return (kind, text) }
        return marked ? (.other, text) : nil
    }

    /// Splits the lines before the first heading into contact details and a summary.
    private func leadingSections(_ lines: [SourceLine]) -> [ResumeSection] {
        var contactEnd = -1
        for (index, line) in lines.enumerated() {
            if line.text.isEmpty { continue }
            if Self.looksLikeContact(line.text) { contactEnd = index } else { break }
        }
        if contactEnd < 0 {
            return [ResumeSection(kind: .summary, heading: nil, lines: 0...(lines.count - 1))]
        }
        var sections = [ResumeSection(kind: .contact, heading: nil, lines: 0...contactEnd)]
        if contactEnd + 1 < lines.count {
            let rest = lines[(contactEnd + 1)...]
            let kind: SectionKind = rest.allSatisfy({ $0.text.isEmpty }) ? .contact : .summary
            if kind == .contact {
                sections[0].lines = 0...(lines.count - 1)
            } else {
                sections.append(
                    ResumeSection(
                        kind: .summary, heading: nil, lines: (contactEnd + 1)...(lines.count - 1)))
            }
        }
        return sections
    }

    /// A name, a title, an address, an e-mail, a phone number or a link: short and not prose.
    static func looksLikeContact(_ text: String) -> Bool {
        var text = text
        if let ascii = text.withUTF8(asciiLooksLikeContact) { return ascii }
        let lower = Array(text.lowercased().utf8)
        for marker in contactMarkers where ByteSearch.contains(marker, in: lower) { return true }
        let digits: Int
        let visible: Int
        if lower.allSatisfy({ $0 < 0x80 }) {
            digits = lower.count { $0 >= 0x30 && $0 <= 0x39 }
            visible = lower.count { $0 != 0x20 && !(0x09...0x0D).contains($0) }
        } else {
            digits = text.filter(\.isNumber).count
            visible = text.filter { !$0.isWhitespace }.count
        }
        if digits >= 7 && digits * 2 >= visible { return true }
        let words = text.split(separator: " ").count
        return words <= 8 && text.last != "."
    }
}

extension SectionDetector {
    /// ``looksLikeContact(_:)`` read from the bytes of an ASCII line, lowercased as they are
    /// compared; nil for other lines.
    fileprivate static func asciiLooksLikeContact(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard ByteSearch.isASCII(bytes) else { return nil }
        for marker in contactMarkers {
            let marker = marker.utf8
            guard bytes.count >= marker.count else { continue }
            for start in 0...(bytes.count - marker.count)
            where zip(bytes[start...], marker).allSatisfy({ Self.lowercased($0) == $1 }) {
                return true
            }
        }
        var digits = 0
        var visible = 0
        var words = 0
        var inWord = false
        for byte in bytes {
            if byte &- 0x30 < 10 { digits += 1 }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { visible += 1 }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        if digits >= 7 && digits * 2 >= visible { return true }
        return words <= 8 && bytes.last != UInt8(ascii: ".")
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Text that only contact details hold, lowercased, as bytes.
    fileprivate static let contactMarkers = ["@", "http", "www.", "linkedin", "github.com"]

    /// Foundation's `CharacterSet.whitespaces`: a tab, a zero-width space or a space separator
    /// (general category Zs), without building the set for every line.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}"
            || scalar.properties.generalCategory == .spaceSeparator
    }

}

/// What ``SectionDetector`` checks in a line that might be a heading: its words and letters.
///
/// Most lines are ASCII, and asking `Character` whether it is a letter costs a Unicode property
/// lookup per character, so an ASCII line is read from its bytes (a letter is A-Z or a-z, a digit
/// 0-9, a word a run of bytes other than a space); other lines are read by characters.
struct HeadingShape {
    /// Words separated by spaces.
    var words = 0
    var letters = 0
    /// The line ends with ".", "," or ";".
    var endsClause = false
    var hasNumber = false
    /// No letter is lower case.
    var allCaps = true
    /// Every word starts with a capital, or is a connector ("and", "of").
    var titleCase = true

    /// Lines with more words are not headings; their shape is read only this far.
    static let maximumWords = 6

    init(_ text: String) {
        if !readASCII(text) { readCharacters(text) }
    }

    /// False, having read nothing, when the line is not ASCII.
    private mutating func readASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard ByteSearch.isASCII(bytes) else { return false }
            var wordStart = -1
            var firstLetter: UInt8 = 0
            var last: UInt8 = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                last = byte
                if byte == 0x20 {
                    if wordStart >= 0 {
                        endWord(
                            UnsafeBufferPointer(rebasing: bytes[wordStart..<index]), firstLetter)
                    }
                    wordStart = -1
                    firstLetter = 0
                    continue
                }
                if wordStart < 0 {
                    wordStart = index
                    words += 1
                    // A heading has at most six words: the rest of a longer line is not read.
                    if words > Self.maximumWords { return true }
                }
                let isUpper = byte &- 0x41 < 26
                let isLower = byte &- 0x61 < 26
                if isUpper || isLower {
                    letters += 1
                    if isLower { allCaps = false }
                    if firstLetter == 0 { firstLetter = byte }
                } else if byte &- 0x30 < 10 {
                    hasNumber = true
                }
            }
            if wordStart >= 0 {
                endWord(UnsafeBufferPointer(rebasing: bytes[wordStart...]), firstLetter)
            }
            endsClause =
                last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
            return true
        }
    }

    /// A word whose first letter is lower case keeps the line title case only as a connector.
    private mutating func endWord(_ word: UnsafeBufferPointer<UInt8>, _ firstLetter: UInt8) {
        guard titleCase, firstLetter >= 0x61 else { return }
        titleCase = Self.isConnector(word)
    }

    /// Whether an ASCII word is one of ``HeadingVocabulary/connectors`` in any case, compared on
    /// its bytes (the connectors a word with a lower-case letter can be are words of letters).
    static func isConnector(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        func matches(_ connector: StaticString) -> Bool {
            guard connector.utf8CodeUnitCount == word.count else { return false }
            let letters = connector.utf8Start
            for index in 0..<word.count where word[index] | 0x20 != letters[index] {
                return false
            }
            return true
        }
        switch word.count {
        case 2: return matches("of") || matches("in")
        case 3: return matches("and") || matches("the") || matches("for")
        default: return false
        }
    }

    /// The number of scalars of `text` when each of them is a character of its own (no scalar
    /// joins the one before it: no combining marks, joiners, variation selectors or scripts
    /// whose letters combine), so counting scalars counts characters; nil for other text.
    static func simpleScalarCount(_ text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0x2100...0x214F,
                0x2190...0x21FF, 0x2500...0x25FF:
                count += 1
            default:
                return nil
            }
        }
        return count
    }

    private mutating func readCharacters(_ text: String) {
        // Most lines read here are longer than a heading: when each scalar is a character, its
        // words are counted from the scalars, without breaking the text into characters.
        if Self.simpleScalarCount(text) != nil {
            var pieces = 0
            var inWord = false
            for scalar in text.unicodeScalars {
                if scalar == " " {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    pieces += 1
                }
            }
            if pieces > Self.maximumWords {
                words = Self.maximumWords + 1
                return
            }
        }
        let words = text.split(
            maxSplits: Self.maximumWords, omittingEmptySubsequences: true,
            whereSeparator: { $0 == " " })
        self.words = words.count
        // More pieces than the most words a heading has: the rest of the line is not read.
        if words.count > Self.maximumWords { return }
        if let last = text.last { endsClause = last == "." || last == "," || last == ";" }
        let letters = text.filter(\.isLetter)
        self.letters = letters.count
        hasNumber = text.contains(where: \.isNumber)
        allCaps = letters.allSatisfy(\.isUppercase)
        titleCase = words.allSatisfy { word in
            guard let first = word.first(where: \.isLetter) else { return true }
            return first.isUppercase || HeadingVocabulary.connectors.contains(word.lowercased())
        }
    }
}
