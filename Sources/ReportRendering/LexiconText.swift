import SkillLexicon

/// Plain-text tables for the lexicon commands.
public enum LexiconText {
    public static func roleTable(_ roles: [RoleProfile]) -> String {
        let rows = roles.map {
            [$0.id, $0.title, $0.level.rawValue, String($0.requirements.count)]
        }
        return table(header: ["ID", "TITLE", "LEVEL", "REQUIREMENTS"], rows: rows)
    }

    public static func skillTable(_ skills: [Skill]) -> String {
        let rows = skills.map { skill in
            let forms = skill.aliases + skill.ambiguous.map { "\($0.form) (by rule)" }
            return [skill.id, skill.name, skill.category.rawValue, forms.joined(separator: ", ")]
        }
        return table(header: ["ID", "NAME", "CATEGORY", "ALIASES"], rows: rows)
    }

    public static func role(_ role: RoleProfile, in lexicon: Lexicon) -> String {
        var out = "\(role.title) (\(role.id)), \(role.level.rawValue)\n"
        if !role.summary.isEmpty { out += role.summary + "\n" }
        if !role.aliases.isEmpty { out += "Also called: \(role.aliases.joined(separator: ", "))\n" }
        if !role.onetCodes.isEmpty { out += "O*NET: \(role.onetCodes.joined(separator: ", "))\n" }
        let years =
            role.experience.maximum.map {
                "\(Report.number(role.experience.minimum))-\(Report.number($0)) years"
            }
            ?? "\(Report.number(role.experience.minimum))+ years"
        out += "Experience: \(years)\n"
        var education = "Education: \(role.education.minimum.rawValue) or above"
        if let preferred = role.education.preferred {
            education += ", \(preferred.rawValue) preferred"
        }
        if !role.education.fields.isEmpty {
            education += " (\(role.education.fields.joined(separator: ", ")))"
        }
        out += education + "\n\nRequirements, by weight:\n"
        let sorted = role.requirements.enumerated().sorted {
            ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset)
        }.map(\.element)
        let rows = sorted.map { requirement -> [String] in
            [
                String(requirement.weight), requirement.importance.rawValue,
                requirement.proficiency.name, describe(requirement.target, in: lexicon),
            ]
        }
        out += table(header: ["WEIGHT", "IMPORTANCE", "AT LEAST", "SKILLS"], rows: rows)
        if !role.nextRoles.isEmpty {
            let next = role.nextRoles.map { id in
                lexicon.role(id).map { "\($0.title) (\(id))" } ?? id
            }
            out += "\nNext roles: \(next.joined(separator: ", "))\n"
        }
        return out
    }

    static func describe(_ target: Requirement.Target, in lexicon: Lexicon) -> String {
        func name(_ id: String) -> String { lexicon.skill(id)?.name ?? id }
        switch target {
        case .skill(let id): return name(id)
        case .anyOf(let ids, let minimum):
            return "\(minimum) of: " + ids.map(name).joined(separator: ", ")
        case .allOf(let ids): return "all of: " + ids.map(name).joined(separator: ", ")
        }
    }

    /// Columns padded to their widest cell; the last column is not padded.
    public static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1
                    ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
