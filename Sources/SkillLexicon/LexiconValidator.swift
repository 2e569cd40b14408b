/// Checks what no single entry can check alone: references, aliases shared by two skills and
/// cycles of prerequisites or implied skills.
struct LexiconValidator {
    let lexicon: Lexicon
    let log: ProblemLog

    func validate() {
        checkSkills()
        checkAliases()
        checkCycles()
        checkRoles()
        checkProjects()
        checkTitles()
    }

    /// Title families must be families the role profiles have, or `other`.
    private func checkTitles() {
        let families = Set(lexicon.roles.map(\.family))
        let known = (families.sorted() + [TitleClass.otherFamily]).joined(separator: ", ")
        for entry in lexicon.titles.families {
            if entry.family != TitleClass.otherFamily, !families.contains(entry.family) {
                log.add(
                    entry.source,
                    "title family '\(entry.family)' (\(entry.name)) has no role profile; "
                        + "use one of \(known)")
            }
            if let research = entry.research, !families.contains(research) {
                log.add(
                    entry.source,
                    "'research: \(research)' of \(entry.name) names no role family; "
                        + "use one of \(families.sorted().joined(separator: ", "))")
            }
        }
    }

    private func checkSkills() {
        for skill in lexicon.skills {
            if skill.id.isEmpty
                || !skill.id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" })
                || skill.id.first == "-" || skill.id.last == "-"
            {
                log.add(
                    skill.source, "skill id '\(skill.id)' must be lowercase letters, digits and '-'"
                )
            }
            if !(2...4).contains(skill.learning.count) {
                log.add(
                    skill.source,
                    "skill '\(skill.id)' has \(skill.learning.count) learning steps; give 2 to 4")
            }
            for id in skill.implies where lexicon.skill(id) == nil {
                log.add(skill.source, "skill '\(skill.id)' implies unknown skill '\(id)'")
            }
            for id in skill.prerequisites where lexicon.skill(id) == nil {
                log.add(skill.source, "skill '\(skill.id)' has unknown prerequisite '\(id)'")
            }
            if skill.implies.contains(skill.id) || skill.prerequisites.contains(skill.id) {
                log.add(skill.source, "skill '\(skill.id)' names itself")
            }
        }
    }

    /// One form may point to one skill only, or matching could not tell them apart.
    private func checkAliases() {
        var owners: [String: Skill] = [:]
        for skill in lexicon.skills {
            let forms = Set(skill.plainForms.map { $0.lowercased() })
            for form in forms.sorted() {
                if let owner = owners[form], owner.id != skill.id {
                    log.add(
                        skill.source,
                        "alias '\(form)' of '\(skill.id)' is already claimed by '\(owner.id)' (\(owner.source))"
                    )
                } else {
                    owners[form] = skill
                }
            }
        }
        var exactOwners: [String: Skill] = [:]
        for skill in lexicon.skills {
            for form in skill.ambiguous {
                let key = form.caseSensitive ? form.form : form.form.lowercased()
                if let owner = exactOwners[key], owner.id != skill.id {
                    log.add(
                        skill.source,
                        "ambiguous form '\(form.form)' of '\(skill.id)' is already claimed by '\(owner.id)'"
                    )
                }
                exactOwners[key] = skill
            }
        }
    }

    /// Cycles of prerequisites (no learning order exists) and of implied skills (each would
    /// stand for the others).
    private func checkCycles() {
        checkCycles(of: \.prerequisites, named: "prerequisite cycle")
        checkCycles(of: \.implies, named: "implies cycle")
    }

    /// Depth-first search over one relation between skills, naming the first cycle through each
    /// skill at the skill that closes it. The search keeps its own stack: a chain of thousands of
    /// skills in a user's lexicon must not overflow the thread's.
    private func checkCycles(of relation: KeyPath<Skill, [String]>, named name: String) {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var reported = Set<String>()
        for root in lexicon.skills where marks[root.id] == nil {
            // Each frame is a skill on the current path and how many of its edges were followed.
            var stack: [(id: String, edges: [String], next: Int)] = [
                (root.id, root[keyPath: relation], 0)
            ]
            marks[root.id] = .visiting
            while let top = stack.last {
                guard top.next < top.edges.count else {
                    marks[top.id] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let next = top.edges[top.next]
                guard let skill = lexicon.skill(next), next != top.id else { continue }
                switch marks[next] {
                case .visiting:
                    let start = stack.firstIndex { $0.id == next } ?? 0
                    let cycle = stack[start...].map(\.id) + [next]
                    let key = Set(cycle).sorted().joined(separator: ",")
                    if reported.insert(key).inserted {
                        log.add(skill.source, "\(name): \(cycle.joined(separator: " -> "))")
                    }
                case .done:
                    continue
                case nil:
                    marks[next] = .visiting
                    stack.append((next, skill[keyPath: relation], 0))
                }
            }
        }
    }

    private func checkRoles() {
        for role in lexicon.roles {
            if role.requirements.isEmpty {
                log.add(role.source, "role '\(role.id)' has no requirements")
            }
            for requirement in role.requirements {
                if requirement.target.skillIDs.isEmpty {
                    log.add(requirement.source, "a requirement of '\(role.id)' names no skill")
                }
                for id in requirement.target.skillIDs where lexicon.skill(id) == nil {
                    log.add(requirement.source, "role '\(role.id)' requires unknown skill '\(id)'")
                }
            }
            for id in role.nextRoles where lexicon.role(id) == nil {
                log.add(role.source, "role '\(role.id)' leads to unknown role '\(id)'")
            }
            if role.nextRoles.contains(role.id) {
                log.add(role.source, "role '\(role.id)' names itself as its next role")
            }
        }
    }

    private func checkProjects() {
        for project in lexicon.projects {
            if project.skills.isEmpty {
                log.add(project.source, "project '\(project.id)' names no skills")
            }
            for id in project.skills where lexicon.skill(id) == nil {
                log.add(project.source, "project '\(project.id)' names unknown skill '\(id)'")
            }
            if project.hours <= 0 {
                log.add(project.source, "project '\(project.id)' needs a positive number of hours")
            }
        }
    }
}
