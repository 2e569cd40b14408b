/// Reads the visible text of an HTML page: block elements become lines, headings are marked,
/// list items become bullets, table cells are joined with " | ", scripts, styles and comments
/// are dropped and entities decoded.
enum HTMLText {
    static func lines(of html: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current = ""
        var currentIsHeading = false
        var skipping: String?
        var rowHasCell = false

        func breakLine() {
            let text = HTMLEntities.decode(current)
            let cleaned = text.split(separator: " ", omittingEmptySubsequences: true).joined(
                separator: " ")
            if !cleaned.isEmpty {
                lines.append(SourceLine(text: cleaned, isHeading: currentIsHeading))
            }
            current = ""
            currentIsHeading = false
        }

        var index = html.startIndex
        while index < html.endIndex {
            let char = html[index]
            if char == "<" {
                if html[index...].hasPrefix("<!--") {
                    let end = html.range(of: "-->", range: index..<html.endIndex)?.upperBound
                    index = end ?? html.endIndex
                    continue
                }
                guard let close = html[index...].firstIndex(of: ">") else { break }
                let tag = Tag(html[html.index(after: index)..<close])
                index = html.index(after: close)
                if let skipped = skipping {
                    if tag.isClosing && tag.name == skipped { skipping = nil }
                    continue
                }
                if !tag.isClosing && !tag.isSelfClosing && hiddenElements.contains(tag.name) {
                    skipping = tag.name
                    continue
                }
                switch tag.name {
                case "br":
                    breakLine()
                case "li" where !tag.isClosing:
                    breakLine()
                    current = "• "
                case "tr":
                    breakLine()
                    rowHasCell = false
                case "td", "th":
                    if !tag.isClosing {
                        if rowHasCell { current += " | " }
                        rowHasCell = true
                    }
                case _ where headingElements.contains(tag.name):
                    breakLine()
                    currentIsHeading = !tag.isClosing
                case _ where blockElements.contains(tag.name):
                    breakLine()
                default:
                    break
                }
                continue
            }
            if skipping == nil {
                current.append(char.isWhitespace ? " " : char)
            }
            index = html.index(after: index)
        }
        breakLine()
        return lines
    }

    private static let hiddenElements: Set<String> = [
        "script", "style", "head", "noscript", "template", "svg", "iframe", "object",
    ]
    private static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "ul", "ol",
        "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "blockquote", "pre", "hr", "address",
        "figure", "figcaption", "form", "fieldset", "body", "html", "title",
    ]

    private struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool

        init(_ body: Substring) {
            isClosing = body.hasPrefix("/")
            isSelfClosing = body.hasSuffix("/")
            let trimmed = body.drop { $0 == "/" || $0 == "!" || $0 == "?" }
            name = String(trimmed.prefix { $0.isLetter || $0.isNumber }).lowercased()
        }
    }
}

/// Decodes HTML character references: the common named ones and every numeric one.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            guard char == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                out.append(char)
                index = text.index(after: index)
                continue
            }
            let name = text[text.index(after: index)..<semicolon]
            if let decoded = decodeReference(name) {
                out += decoded
                index = text.index(after: semicolon)
            } else {
                out.append(char)
                index = text.index(after: index)
            }
        }
        return out
    }

    private static func decodeReference(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[String(name)]
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
        "mdash": "—", "hellip": "…", "bull": "•", "middot": "·", "copy": "©", "reg": "®",
        "trade": "™", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«",
        "raquo": "»", "deg": "°", "plusmn": "±", "times": "×", "euro": "€", "pound": "£",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à",
        "acirc": "â", "auml": "ä", "atilde": "ã", "aring": "å", "iacute": "í", "igrave": "ì",
        "icirc": "î", "iuml": "ï", "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö",
        "otilde": "õ", "oslash": "ø", "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü",
        "ntilde": "ñ", "ccedil": "ç", "szlig": "ß", "Eacute": "É", "Aacute": "Á", "Oacute": "Ó",
        "Uacute": "Ú", "Ntilde": "Ñ", "Ccedil": "Ç", "Ouml": "Ö", "Uuml": "Ü", "Auml": "Ä",
        "shy": "", "zwj": "", "zwnj": "", "ensp": " ", "emsp": " ", "thinsp": " ", "rarr": "→",
        "larr": "←", "check": "✓",
    ]
}
