import ResumeReading

/// One dated role of a resume's experience: who, where, when, and how much it counts.
public struct CareerRole: Sendable, Equatable {
    /// What kind of post a role was; only jobs count in full.
    public enum Kind: String, Sendable, CaseIterable {
        case job
        case internship
        case volunteer
        case research
        case teaching
    }

    /// The title as written ("Senior Data Scientist"); empty when the resume gives none.
    public var title: String
    /// The employer as written; empty when the resume gives none.
    public var organisation: String
    /// "Utrecht, Netherlands", "Remote"; nil when not given.
    public var location: String?
    /// The first month of the role.
    public var start: MonthStamp
    /// The last month counted: the end as written, or `--as-of` for a current role or a later end.
    public var end: MonthStamp
    /// The role runs to "present" (the `--as-of` month).
    public var isCurrent: Bool
    /// Job, internship, volunteer work, research or teaching, from the title and the section.
    public var kind: Kind
    /// 1 for a job; 1/2 for internships, volunteer work and student research or teaching posts.
    public var weight: Double
    /// The 0-based index of the role's first line in the document.
    public var firstLine: Int
    /// The 0-based index of the role's last line in the document.
    public var lastLine: Int
    /// The role family the title names: a profiled family id, "other", or "unknown".
    public var family: String
    /// The family's display name ("Data Scientist", "Software Engineer"); empty when unknown.
    public var familyName: String
    /// The seniority the title states ("senior", "intern"), if any.
    public var seniority: String?
    /// Problems with the role's dates, one sentence each (an end before the start).
    public var warnings: [String]

    /// The months the role covers, both ends included; 0 when its dates are inconsistent.
    public var months: Int { max(0, end.index - start.index + 1) }

    /// The role's dates as a range.
    public var range: DateRange { DateRange(start: start, end: end) }

    public init(
        title: String, organisation: String, location: String? = nil, start: MonthStamp,
        end: MonthStamp, isCurrent: Bool = false, kind: Kind = .job, weight: Double = 1,
        firstLine: Int = 0, lastLine: Int = 0, family: String = "unknown",
        familyName: String = "", seniority: String? = nil, warnings: [String] = []
    ) {
        self.title = title
        self.organisation = organisation
        self.location = location
        self.start = start
        self.end = end
        self.isCurrent = isCurrent
        self.kind = kind
        self.weight = weight
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.family = family
        self.familyName = familyName
        self.seniority = seniority
        self.warnings = warnings
    }
}

/// The dated roles of a resume and the professional years they add up to.
public struct CareerHistory: Sendable, Equatable {
    /// The roles in the order the resume gives them.
    public var roles: [CareerRole]
    /// The month "present" stands for.
    public var asOf: MonthStamp

    public init(roles: [CareerRole] = [], asOf: MonthStamp = MonthStamp(year: 2000, month: 1)) {
        self.roles = roles
        self.asOf = asOf
    }

    /// Professional years: each month weighs the most of the roles covering it (1 for a job,
    /// 1/2 for an internship, volunteer work or a student post), so overlaps are merged and an
    /// internship during a job adds nothing; rounded to a tenth.
    public var years: Double {
        Self.years(months: Self.weightedMonths(of: roles.map { ($0.range, $0.weight) }))
    }

    /// One line that explains ``years``: "7.6 years: 3 jobs, 1 internship at half".
    public var explanation: String {
        let counted = roles.filter { $0.months > 0 }
        guard !counted.isEmpty else { return "no dated roles" }
        var parts: [String] = []
        for kind in CareerRole.Kind.allCases {
            let ofKind = counted.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            let full = ofKind.filter { $0.weight >= 1 }.count
            let half = ofKind.count - full
            let noun = Self.noun(kind)
            if full > 0 { parts.append("\(full) \(full == 1 ? noun.0 : noun.1)") }
            if half > 0 { parts.append("\(half) \(half == 1 ? noun.0 : noun.1) at half") }
        }
        let merged = Self.weightedMonths(of: counted.map { ($0.range, $0.weight) })
        let summed = counted.reduce(0.0) { $0 + Double($1.months) * $1.weight }
        let overlaps = summed - merged >= 1 ? ", overlaps counted once" : ""
        let years = Self.years(months: merged)
        return "\(Self.text(years)) \(years == 1 ? "year" : "years"): "
            + parts.joined(separator: ", ") + overlaps
    }

    /// Months as years, rounded to a tenth.
    public static func years(months: Double) -> Double {
        (months / 12 * 10).rounded() / 10
    }

    /// A number of years as a report writes it: "7", "7.6".
    public static func text(_ years: Double) -> String {
        years == years.rounded() ? String(Int(years)) : "\(years)"
    }

    private static func noun(_ kind: CareerRole.Kind) -> (String, String) {
        switch kind {
        case .job: return ("job", "jobs")
        case .internship: return ("internship", "internships")
        case .volunteer: return ("volunteer role", "volunteer roles")
        case .research: return ("research post", "research posts")
        case .teaching: return ("teaching post", "teaching posts")
        }
    }

    /// Months covered by `ranges`, each month weighing the most of the ranges that cover it.
    ///
    /// The weights are few (1, 1/2, 1/4): the months covered by ranges of weight `w` or more are
    /// counted for each weight, highest first, and each layer adds its step in weight.
    public static func weightedMonths(of ranges: [(DateRange, Double)]) -> Double {
        let weights = Set(ranges.map(\.1).filter { $0 > 0 }).sorted(by: >)
        var total = 0.0
        for (position, weight) in weights.enumerated() {
            let below = position + 1 < weights.count ? weights[position + 1] : 0
            let layer = ranges.filter { $0.1 >= weight }.map(\.0)
            total += Double(coveredMonths(of: layer)) * (weight - below)
        }
        return total
    }

    /// How many distinct months `ranges` cover, from the ranges merged in order rather than from
    /// a set of every month.
    public static func coveredMonths(of ranges: [DateRange]) -> Int {
        var count = 0
        var coveredTo = Int.min
        for range in ranges.filter({ $0.months > 0 }).sorted(by: { $0.start < $1.start }) {
            let first = max(range.start.index, coveredTo + 1)
            if range.end.index >= first { count += range.end.index - first + 1 }
            coveredTo = max(coveredTo, range.end.index)
        }
        return count
    }
}
