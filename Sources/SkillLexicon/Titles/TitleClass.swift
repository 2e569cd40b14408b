/// What a job title says: the role family, the seniority and the kind of post.
public struct TitleClass: Sendable, Equatable {
    /// A role family id ("data-scientist"), `other` for a family without role profiles, or
    /// `unknown` when no title form matched.
    public var family: String
    /// The family's display name ("Data Scientist", "Software Engineer"); empty when unknown.
    public var familyName: String
    /// Nil when the title names no seniority.
    public var seniority: Seniority?
    /// Internship, research, teaching or volunteer when the title says so; nil otherwise.
    public var kind: PostKind?
    /// The vocabulary form that decided the family, as the file spells it; empty when unknown.
    public var matched: String

    /// The family id of a title that matched no form.
    public static let unknownFamily = "unknown"
    /// The family id of titles whose family has no role profiles.
    public static let otherFamily = "other"

    public init(
        family: String, familyName: String, seniority: Seniority? = nil, kind: PostKind? = nil,
        matched: String
    ) {
        self.family = family
        self.familyName = familyName
        self.seniority = seniority
        self.kind = kind
        self.matched = matched
    }
}
