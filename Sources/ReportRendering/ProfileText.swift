import Foundation
import ResumeReading
import SkillExtraction
import SkillLexicon

/// The plain-text form of a skill profile.
public enum ProfileText {
    public static func render(_ profile: SkillProfile) -> String {
        var out = "\(profile.document.sourcePath) (\(profile.document.format.rawValue))\n"
        out += "Experience: \(TextLayout.number(profile.experienceYears)) years from dated roles\n"
        for record in profile.education {
            let field = record.field.map { " in \($0)" } ?? ""
            let status = record.status == .inProgress ? " (in progress)" : ""
            out += "Education: \(record.degree.rawValue) (\(record.written))\(field)\(status)\n"
        }
        let direct = profile.skills.filter { !$0.implied }
        let implied = profile.skills.filter(\.implied)
        out += "\nSkills found (\(direct.count)):\n"
        if direct.isEmpty { out += "  none\n" }
        for found in direct {
            let years = found.statedYears.map { ", \(TextLayout.number($0)) years stated" } ?? ""
            let used =
                found.yearsUsed > 0
                ? ", \(TextLayout.number(found.yearsUsed)) years in dated roles" : ""
            out += "  \(found.skill.name) [\(found.proficiency.name)\(years)\(used)]\n"
            if let strongest = found.strongestEvidence {
                out +=
                    "    line \(strongest.line) (\(strongest.section.rawValue)): \(strongest.text)\n"
            }
        }
        if !implied.isEmpty {
            out += "\nImplied by those (\(implied.count)): "
            out += implied.map(\.skill.name).joined(separator: ", ") + "\n"
        }
        return out
    }

}
