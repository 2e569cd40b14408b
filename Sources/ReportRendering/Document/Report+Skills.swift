import SkillExtraction

extension Report {
    /// The skills a resume shows, without matching roles (`analyse --skills`).
    public static func skills(_ profile: SkillProfile) -> Report {
        let degrees =
            profile.education.isEmpty
            ? [Fact("Education", "no degree found")]
            : profile.education.map { Fact("Education", education($0)) }
        let direct = profile.skills.filter { !$0.implied }
        let implied = profile.skills.filter(\.implied)
        let items = direct.map { found in
            var details = [found.proficiency.name]
            if let stated = found.statedYears { details.append("\(number(stated)) years stated") }
            if found.yearsUsed > 0 {
                details.append("\(number(found.yearsUsed)) years in dated roles")
            }
            return Item(
                lead: found.skill.name, "(\(details.joined(separator: ", ")))",
                quote: found.strongestEvidence.map(quote))
        }
        var blocks: [Block] = [
            .facts([Fact("Experience", experience(profile.experienceYears))] + degrees)
        ]
        if let career = career(profile.history) { blocks.append(career) }
        blocks += [
            .section(
                "Skills found (\(direct.count))",
                items.isEmpty ? [.note("None.")] : [.bullets(items)])
        ]
        if !implied.isEmpty {
            blocks.append(
                .section(
                    "Implied by those (\(implied.count))",
                    [.note(implied.map(\.skill.name).joined(separator: ", "))]))
        }
        return Report(title: title("SkillGap skills", of: profile.document), blocks: blocks)
    }
}
