import ResumeReading

/// The text and JSON forms of `skillgap read`.
public enum DocumentText {
    /// The document's lines, each section opened by a marker line `== kind: heading (lines a-b) ==`.
    public static func render(_ document: ResumeDocument) -> String {
        var out = ""
        for section in document.sections {
            let heading = section.heading.map { ": \($0)" } ?? ""
            out += "== \(section.kind.rawValue)\(heading) (lines \(section.lines.lowerBound + 1)-"
            out += "\(section.lines.upperBound + 1)) ==\n"
            for index in section.lines { out += document.lines[index] + "\n" }
        }
        return out
    }
}
