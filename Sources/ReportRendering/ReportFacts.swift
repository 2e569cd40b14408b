import Foundation
import RoleMatching
import SkillExtraction
import SkillLexicon

/// What every report format shows, worked out once: the candidate line, strengths and coverage.
struct ReportFacts {
    let profile: SkillProfile
    let lexicon: Lexicon

    var levelFit: String { RoleMatcher.levelFit(years: profile.experienceYears).rawValue }

    var education: String {
        guard let degree = profile.highestDegree else { return "no degree found" }
        let field = degree.field.map { " in \($0)" } ?? ""
        let status = degree.status == .inProgress ? ", in progress" : ""
        return "\(degree.written)\(field) (\(degree.degree.rawValue)\(status))"
    }

    var skillCounts: (direct: Int, implied: Int) {
        let direct = profile.skills.filter { !$0.implied }.count
        return (direct, profile.skills.count - direct)
    }

    /// The met requirements' skills found directly, best first, at most six.
    static func strengths(of match: RoleMatch) -> [Credit] {
        Array(
            match.requirements.filter { $0.status == .met }.flatMap(\.found).filter { !$0.implied }
                .prefix(6))
    }

    static func label(_ kind: Gap.Kind) -> String {
        switch kind {
        case .critical: return "critical"
        case .strengthen: return "strengthen"
        case .niceToHave: return "nice to have"
        }
    }

    static func gapName(_ gap: Gap) -> String {
        gap.kind == .strengthen
            ? "\(gap.name) (\(gap.current.name) to \(gap.required.name))" : gap.name
    }
}
