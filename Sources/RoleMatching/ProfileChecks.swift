import SkillExtraction
import SkillLexicon

/// The education and experience checks shown beside the score.
enum ProfileChecks {
    static func education(_ profile: SkillProfile, role: RoleProfile) -> Check {
        let wanted = role.education
        let completed = profile.education.filter { $0.status == .completed }.max {
            $0.degree < $1.degree
        }
        let inProgress = profile.education.filter { $0.status == .inProgress }.max {
            $0.degree < $1.degree
        }
        guard wanted.minimum > .none else {
            return Check(status: .met, reason: "no degree required")
        }
        if let completed, completed.degree >= wanted.minimum {
            var reason = "\(describe(completed)) meets the \(wanted.minimum.rawValue) minimum"
            if let preferred = wanted.preferred, completed.degree < preferred {
                reason += "; \(preferred.rawValue) preferred"
            }
            if !wanted.fields.isEmpty, let field = completed.field,
                !fieldMatches(field, wanted.fields)
            {
                return Check(
                    status: .partlyMet,
                    reason: reason
                        + ", but \(field) is not among the listed fields (\(wanted.fields.joined(separator: ", ")))"
                )
            }
            return Check(status: .met, reason: reason)
        }
        if let inProgress, inProgress.degree >= wanted.minimum {
            return Check(
                status: .partlyMet,
                reason:
                    "\(describe(inProgress)) is in progress; the role asks for a completed \(wanted.minimum.rawValue)"
            )
        }
        if let completed {
            return Check(
                status: .notMet,
                reason: "\(describe(completed)) is below the \(wanted.minimum.rawValue) minimum")
        }
        return Check(
            status: .notMet,
            reason: "no degree found in the resume; the role asks for a \(wanted.minimum.rawValue)")
    }

    static func experience(_ profile: SkillProfile, role: RoleProfile) -> Check {
        let years = profile.experienceYears
        let range = role.experience
        let wanted =
            range.maximum.map { "\(format(range.minimum))-\(format($0)) years" }
            ?? "\(format(range.minimum))+ years"
        let have = "\(format(years)) years of dated experience"
        if years >= range.minimum {
            if let maximum = range.maximum, years > maximum + 1 {
                return Check(
                    status: .met,
                    reason: "\(have), above the \(wanted) range: a more senior level may fit")
            }
            return Check(status: .met, reason: "\(have) for \(wanted)")
        }
        if years >= range.minimum / 2 {
            return Check(status: .partlyMet, reason: "\(have); the role asks for \(wanted)")
        }
        return Check(status: .notMet, reason: "\(have); the role asks for \(wanted)")
    }

    private static func describe(_ record: EducationRecord) -> String {
        let field = record.field.map { " in \($0)" } ?? ""
        return "\(record.written)\(field) (\(record.degree.rawValue))"
    }

    private static func fieldMatches(_ field: String, _ fields: [String]) -> Bool {
        let lower = field.lowercased()
        return fields.contains { wanted in
            let target = wanted.lowercased()
            return lower.contains(target) || target.contains(lower)
                || (target == "computer science" && lower.hasPrefix("cs"))
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
