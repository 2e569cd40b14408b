import SkillLexicon

/// Plain-text tables for the lexicon commands.
public enum LexiconText {
    /// One row per role, with the family that `--role` and `roles show` also accept.
    public static func roleTable(_ roles: [RoleProfile]) -> String {
        let rows = roles.map {
            [$0.id, $0.family, $0.title, $0.level.rawValue, String($0.requirements.count)]
        }
        return table(header: ["ID", "FAMILY", "TITLE", "LEVEL", "REQUIREMENTS"], rows: rows)
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
        out += "Experience: \(years(role.experience))\n"
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

    /// The levels of one role family side by side: each level's years and education, then the
    /// minimum proficiency each level asks of each skill, so what grows from junior to senior reads
    /// across a row.
    ///
    /// An `any_of` group is one row, since any of its skills will do; the skills of `all_of` and
    /// single requirements get a row each.
    public static func family(_ roles: [RoleProfile], in lexicon: Lexicon) -> String {
        let order = RoleLevel.allCases
        let levels = roles.sorted {
            (order.firstIndex(of: $0.level) ?? 0, $0.id) < (
                order.firstIndex(of: $1.level) ?? 0, $1.id
            )
        }
        guard let first = levels.first else { return "" }
        var out = "\(first.title) (\(first.family)), \(levels.count) levels\n"
        out += table(
            header: ["ID", "LEVEL", "EXPERIENCE", "EDUCATION", "REQUIREMENTS"],
            rows: levels.map {
                [
                    $0.id, $0.level.rawValue, years($0.experience),
                    "\($0.education.minimum.rawValue) or above", String($0.requirements.count),
                ]
            })
        var rows: [(label: String, weight: Int, cells: [Requirement?])] = []
        var rowOfKey: [String: Int] = [:]
        for (column, role) in levels.enumerated() {
            for requirement in role.requirements {
                let keyed: [(key: String, label: String)]
                switch requirement.target {
                case .anyOf(let ids, _):
                    keyed = [
                        (
                            ids.sorted().joined(separator: " "),
                            clip(describe(requirement.target, in: lexicon), 48)
                        )
                    ]
                case .skill(let id): keyed = [(id, lexicon.skill(id)?.name ?? id)]
                case .allOf(let ids): keyed = ids.map { ($0, lexicon.skill($0)?.name ?? $0) }
                }
                for (key, label) in keyed {
                    let row =
                        rowOfKey[key]
                        ?? {
                            rows.append((label, 0, Array(repeating: nil, count: levels.count)))
                            rowOfKey[key] = rows.count - 1
                            return rows.count - 1
                        }()
                    rows[row].weight = max(rows[row].weight, requirement.weight)
                    // A skill named by two requirements of one level counts at the higher minimum.
                    if let held = rows[row].cells[column],
                        held.proficiency >= requirement.proficiency
                    {
                        continue
                    }
                    rows[row].cells[column] = requirement
                }
            }
        }
        let sorted = rows.enumerated().sorted {
            ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset)
        }.map(\.element)
        out += "\nMinimum proficiency by level (in parentheses: preferred, not required):\n"
        out += table(
            header: ["SKILLS"] + levels.map { $0.level.rawValue.uppercased() },
            rows: sorted.map { row in
                [row.label]
                    + row.cells.map { requirement in
                        guard let requirement else { return "-" }
                        let name = requirement.proficiency.name
                        return requirement.importance == .preferred ? "(\(name))" : name
                    }
            })
        out += "\nOne level in full: skillgap roles show \(first.id)\n"
        return out
    }

    static func years(_ range: YearsRange) -> String {
        range.maximum.map { "\(Report.number(range.minimum))-\(Report.number($0)) years" }
            ?? "\(Report.number(range.minimum))+ years"
    }

    /// `text` cut to `count` characters, ending in an ellipsis when cut.
    private static func clip(_ text: String, _ count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count - 1)) + "…"
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
