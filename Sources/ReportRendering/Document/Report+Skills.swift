import SkillExtraction

extension Report {
    /// The skills a resume shows, without matching roles (`analyse --skills`).
    public static func skills(_ profile: SkillProfile) -> Report {
        let degrees =
            profile.education.isEmpty
            ? [Fact("Education", "no degree found")]
            : profile.education.map { Fact("Education", education($0)) }
        let direct = profile.skills.filter { !$0.implied }
        let implied = profile.skills.filter { $0.implied && $0.unstated == nil }
        let items = direct.map { found in
            var details = [found.proficiency.name]
            if let stated = found.statedYears { details.append("\(number(stated)) years stated") }
            if found.yearsUsed > 0 {
                details.append("\(number(found.yearsUsed)) years in dated roles")
            }
            if let basis = found.careerBasis {
                details.append("\(basis), a role that uses \(found.skill.name)")
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
        if let unstated = unstated(profile) { blocks.append(unstated) }
        if !implied.isEmpty {
            blocks.append(
                .section(
                    "Implied by those (\(implied.count))",
                    [.note(implied.map(\.skill.name).joined(separator: ", "))]))
        }
        return Report(title: title("SkillGap skills", of: profile.document), blocks: blocks)
    }

    /// The core skills the person's roles imply but the resume never names.
    static func unstated(_ profile: SkillProfile) -> Block? {
        let skills = profile.skills.filter { $0.unstated != nil }
        guard !skills.isEmpty else { return nil }
        let items = skills.map { found in
            Item(lead: found.skill.name, "(implied by \(found.unstated ?? ""))")
        }
        return .section(
            "Unstated skills (\(skills.count))",
            [
                .note(
                    "Your titles imply these, but your resume never names them: name them where you used them."
                ),
                .bullets(items),
            ])
    }
}
