/// The kind of post a title names: a job, or an internship, volunteer, research or teaching post.
public enum PostKind: String, Sendable, Codable, CaseIterable {
    case job, internship, volunteer, research, teaching
}
