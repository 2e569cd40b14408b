/// What a part of a resume is about.
public enum SectionKind: String, Sendable, Codable, CaseIterable {
    case contact, summary, skills, experience, projects, education, certifications, publications
    case awards, languages, interests, other
}

/// A run of lines under one heading (or before the first heading).
public struct ResumeSection: Sendable, Equatable, Codable {
    public var kind: SectionKind
    /// The heading as written, nil for the text before the first heading.
    public var heading: String?
    /// The 0-based indices of the section's lines in ``ResumeDocument/lines``, heading included.
    public var lines: ClosedRange<Int>

    public init(kind: SectionKind, heading: String?, lines: ClosedRange<Int>) {
        self.kind = kind
        self.heading = heading
        self.lines = lines
    }
}
