/// A line as a format reader produced it, before sections are found.
struct SourceLine: Equatable {
    var text: String
    /// The source marked the line as a heading (a DOCX heading style, an HTML or Markdown heading).
    var isHeading = false
}
