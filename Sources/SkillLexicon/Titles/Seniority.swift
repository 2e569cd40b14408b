/// How senior a job title says its holder is, from intern to director.
///
/// The order is the order of the cases: a title with two seniority words ("Senior Manager") takes
/// the higher one.
public enum Seniority: String, Sendable, Codable, CaseIterable, Comparable {
    case intern, trainee, junior, associate, mid, senior, staff, principal, lead, head, manager
    case director

    public static func < (lhs: Seniority, rhs: Seniority) -> Bool {
        rank(lhs) < rank(rhs)
    }

    private static func rank(_ value: Seniority) -> Int {
        allCases.firstIndex(of: value) ?? 0
    }
}
