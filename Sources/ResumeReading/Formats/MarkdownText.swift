/// Reads Markdown as lines of plain text: headings marked, list markers as bullets, emphasis,
/// code marks and link targets removed.
enum MarkdownText {
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var inFence = false
        for raw in TextDecoding.lines(of: text) {
            let trimmed = raw.trimmingLeadingSpaces()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence {
                result.append(SourceLine(text: raw))
                continue
            }
            if trimmed.allSatisfy({ $0 == "-" || $0 == "=" || $0 == "*" || $0 == "_" || $0 == " " }
            ),
                trimmed.count >= 3
            {
                // A setext underline makes the line above a heading; a rule is a break.
                if trimmed.first != "*", trimmed.first != "_", let last = result.indices.last,
                    !result[last].text.isEmpty
                {
                    result[last].isHeading = true
                } else {
                    result.append(SourceLine(text: ""))
                }
                continue
            }
            if trimmed.hasPrefix("#") {
                let heading = trimmed.drop { $0 == "#" }.trimmingLeadingSpaces()
                result.append(SourceLine(text: inline(String(heading)), isHeading: true))
                continue
            }
            var line = Substring(trimmed)
            var prefix = ""
            if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
                line = line.dropFirst(2)
                prefix = "• "
            } else if let dot = line.firstIndex(where: { $0 == "." || $0 == ")" }),
                line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty,
                line[line.index(after: dot)...].first == " "
            {
                line = line[line.index(dot, offsetBy: 2)...]
                prefix = "• "
            }
            while line.first == ">" { line = line.dropFirst().drop { $0 == " " } }
            result.append(SourceLine(text: prefix + inline(String(line))))
        }
        return result
    }

    /// Removes inline markup: links and images keep their text, emphasis and code marks go.
    static func inline(_ text: String) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            if char == "!" || char == "[" {
                let open = char == "!" ? text.index(after: index) : index
                if open < text.endIndex, text[open] == "[",
                    let close = text[open...].firstIndex(of: "]")
                {
                    let after = text.index(after: close)
                    if after < text.endIndex, text[after] == "(",
                        let end = text[after...].firstIndex(of: ")")
                    {
                        out += text[text.index(after: open)..<close]
                        index = text.index(after: end)
                        continue
                    }
                }
            }
            if char == "*" || char == "`" || (char == "_" && isMarkupUnderscore(text, index)) {
                index = text.index(after: index)
                continue
            }
            out.append(char)
            index = text.index(after: index)
        }
        return out
    }

    /// An underscore is emphasis when it does not sit between two letters (snake_case stays).
    private static func isMarkupUnderscore(_ text: String, _ index: String.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let nextIndex = text.index(after: index)
        let after = nextIndex < text.endIndex ? text[nextIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}

extension StringProtocol {
    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
