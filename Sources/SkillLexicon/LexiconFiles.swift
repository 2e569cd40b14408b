import Foundation

/// Turns the YAML files of one lexicon folder into skills, roles, projects and job titles with
/// locations.
struct LexiconFiles {
    var skills: [Skill] = []
    var roles: [RoleProfile] = []
    var projects: [CapstoneProject] = []
    var titles = TitleVocabulary()

    static let skillKeys: Set<String> = [
        "id", "name", "category", "stage", "aliases", "ambiguous", "implies", "prerequisites",
        "packages", "imports", "learning",
    ]
    static let ambiguousKeys: Set<String> = [
        "form", "case", "when", "context", "reject_before", "reject_after",
    ]
    static let stepKeys: Set<String> = ["title", "hours", "result", "resource"]
    static let roleKeys: Set<String> = [
        "id", "title", "family", "level", "aliases", "summary", "onet", "experience", "education",
        "requirements", "next_roles",
    ]
    static let requirementKeys: Set<String> = [
        "skill", "any_of", "all_of", "min", "importance", "weight", "proficiency",
    ]
    static let projectKeys: Set<String> = ["id", "title", "summary", "skills", "hours", "result"]

    /// Reads every file of `folder`, logging problems; `requireAll` for the built-in folder.
    init(folder: URL, requireAll: Bool, log: ProblemLog) {
        let manager = FileManager.default
        let folderPath = folder.path
        for part in ["skills", "roles"] {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(part).path
            if requireAll, !manager.fileExists(atPath: path, isDirectory: &isDirectory) {
                log.add(SourceLocation(file: folderPath, line: 0), "missing folder \(part)/")
            }
        }
        let skillFiles = Self.yamlFiles(in: folder.appendingPathComponent("skills"))
        let roleFiles = Self.yamlFiles(in: folder.appendingPathComponent("roles"))
        let parsed = Self.parseAll(skillFiles + roleFiles)
        for (file, result) in zip(skillFiles + roleFiles, parsed) {
            for problem in result.problems { log.add(problem.location, problem.message) }
            guard let root = result.node else { continue }
            if skillFiles.contains(file) {
                readSkills(root, file: file.path, log: log)
            } else if let role = Self.role(root, file: file.path, log: log) {
                roles.append(role)
            }
        }
        let projectsFile = folder.appendingPathComponent("projects.yaml")
        if manager.fileExists(atPath: projectsFile.path) {
            if let root = Self.parse(projectsFile, log: log) {
                readProjects(root, file: projectsFile.path, log: log)
            }
        } else if requireAll {
            log.add(SourceLocation(file: folderPath, line: 0), "missing projects.yaml")
        }
        let titlesFile = folder.appendingPathComponent("titles.yaml")
        if manager.fileExists(atPath: titlesFile.path) {
            if let root = Self.parse(titlesFile, log: log) {
                titles = Self.titles(root, file: titlesFile.path, log: log)
            }
        } else if requireAll {
            log.add(SourceLocation(file: folderPath, line: 0), "missing titles.yaml")
        }
    }

    private static func yamlFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// A parsed file, or why it could not be parsed.
    private struct Parsed {
        var node: YAMLNode?
        var problems: [LexiconProblem]
    }

    /// Holds each file's result while the files are parsed on all cores.
    private final class ParsedSlots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Parsed]

        init(count: Int) { slots = Array(repeating: Parsed(node: nil, problems: []), count: count) }

        func set(_ index: Int, _ value: Parsed) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var all: [Parsed] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }

    /// Parses the files in parallel: YAML parsing is most of the load time, and each file is
    /// independent. Results keep the files' order, so problems are reported deterministically.
    private static func parseAll(_ files: [URL]) -> [Parsed] {
        let slots = ParsedSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let log = ProblemLog()
            let node = parse(files[index], log: log)
            slots.set(index, Parsed(node: node, problems: log.problems))
        }
        return slots.all
    }

    private static func parse(_ file: URL, log: ProblemLog) -> YAMLNode? {
        let path = file.path
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else {
            log.add(SourceLocation(file: path, line: 0), "cannot be read as UTF-8 text")
            return nil
        }
        do {
            guard let node = try YAMLNode.parse(text) else {
                log.add(SourceLocation(file: path, line: 1), "the file is empty")
                return nil
            }
            return node
        } catch {
            log.add(
                SourceLocation(file: path, line: error.line), "YAML syntax error: \(error.message)")
            return nil
        }
    }

    private mutating func readSkills(_ root: YAMLNode, file: String, log: ProblemLog) {
        guard
            let top = YAMLFields(
                root, file: file, what: "a skills file", allowed: ["skills"], log: log)
        else { return }
        guard let list = top.node("skills"), case .sequence(let items, _) = list else {
            top.problem("skills", "'skills' must be a list of skills")
            return
        }
        for item in items {
            if let skill = Self.skill(item, file: file, log: log) { skills.append(skill) }
        }
    }

    private static func skill(_ node: YAMLNode, file: String, log: ProblemLog) -> Skill? {
        guard
            let fields = YAMLFields(
                node, file: file, what: "a skill", allowed: skillKeys, log: log)
        else { return nil }
        let id = fields.string("id")
        let name = fields.string("name")
        let category = fields.choice("category", as: SkillCategory.self)
        let stage = fields.choice("stage", as: LearningStage.self)
        var ambiguous: [AmbiguousForm] = []
        if let list = fields.node("ambiguous"), case .sequence(let items, _) = list {
            ambiguous = items.compactMap { ambiguousForm($0, file: file, log: log) }
        } else if fields.node("ambiguous") != nil, fields.node("ambiguous")?.isNull == false {
            fields.problem("ambiguous", "'ambiguous' must be a list")
        }
        var learning: [LearningStep] = []
        if let list = fields.node("learning"), case .sequence(let items, _) = list {
            learning = items.compactMap { step($0, file: file, log: log) }
        } else {
            fields.problem("learning", "'learning' must be a list of 2 to 4 steps")
        }
        guard let id, let name, let category, let stage else { return nil }
        return Skill(
            id: id, name: name, category: category, stage: stage,
            aliases: fields.strings("aliases"),
            ambiguous: ambiguous, implies: fields.strings("implies"),
            prerequisites: fields.strings("prerequisites"), packages: fields.strings("packages"),
            imports: fields.strings("imports"), learning: learning, source: fields.location)
    }

    private static func ambiguousForm(_ node: YAMLNode, file: String, log: ProblemLog)
        -> AmbiguousForm?
    {
        guard
            let fields = YAMLFields(
                node, file: file, what: "an ambiguous form", allowed: ambiguousKeys, log: log)
        else { return nil }
        guard let form = fields.string("form") else { return nil }
        let caseRule = fields.string("case", required: false) ?? "any"
        if caseRule != "any", caseRule != "exact" {
            fields.problem("case", "'case' is '\(caseRule)'; use any or exact")
        }
        var conditions: [AmbiguousForm.Condition] = []
        for text in fields.strings("when") {
            if let condition = AmbiguousForm.Condition(rawValue: text) {
                conditions.append(condition)
            } else {
                fields.problem("when", "'when' has '\(text)'; use skill-list, context or always")
            }
        }
        if conditions.isEmpty {
            fields.problem("when", "ambiguous form '\(form)' needs a 'when' rule")
        }
        let context = fields.strings("context")
        if conditions.contains(.context), context.isEmpty {
            fields.problem(
                "context", "ambiguous form '\(form)' is accepted by context but lists no words")
        }
        return AmbiguousForm(
            form: form, caseSensitive: caseRule == "exact", when: conditions, context: context,
            rejectBefore: fields.strings("reject_before"),
            rejectAfter: fields.strings("reject_after"))
    }

    private static func step(_ node: YAMLNode, file: String, log: ProblemLog) -> LearningStep? {
        guard
            let fields = YAMLFields(
                node, file: file, what: "a learning step", allowed: stepKeys, log: log)
        else { return nil }
        let title = fields.string("title")
        let hours = fields.number("hours")
        let result = fields.string("result")
        if let hours, hours <= 0 || hours > 1_000 {
            fields.problem("hours", "'hours' is \(hours); use a number of hours from 1 to 1000")
        }
        var resourceName: String?
        var resourceURL: String?
        if let resource = fields.node("resource"),
            let resourceFields = YAMLFields(
                resource, file: file, what: "a resource", allowed: ["name", "url"], log: log)
        {
            resourceName = resourceFields.string("name")
            resourceURL = resourceFields.string("url", required: false)
        }
        guard let title, let hours, let result else { return nil }
        return LearningStep(
            title: title, hours: hours, result: result, resourceName: resourceName,
            resourceURL: resourceURL)
    }

    private static func role(_ node: YAMLNode, file: String, log: ProblemLog) -> RoleProfile? {
        guard let fields = YAMLFields(node, file: file, what: "a role", allowed: roleKeys, log: log)
        else { return nil }
        let id = fields.string("id")
        let title = fields.string("title")
        let level = fields.choice("level", as: RoleLevel.self)
        var experience = YearsRange()
        if let node = fields.node("experience"),
            let range = YAMLFields(
                node, file: file, what: "experience", allowed: ["min", "max"], log: log)
        {
            experience.minimum = range.number("min") ?? 0
            experience.maximum = range.number("max", required: false)
            if let maximum = experience.maximum, maximum < experience.minimum {
                range.problem("max", "experience max is below min")
            }
        }
        var education = EducationRequirement()
        if let node = fields.node("education"),
            let degree = YAMLFields(
                node, file: file, what: "education", allowed: ["minimum", "preferred", "fields"],
                log: log)
        {
            education.minimum = degree.choice("minimum", as: Degree.self) ?? .none
            education.preferred = degree.choice("preferred", as: Degree.self, required: false)
            education.fields = degree.strings("fields")
        }
        var requirements: [Requirement] = []
        if let list = fields.node("requirements"), case .sequence(let items, _) = list {
            requirements = items.compactMap { requirement($0, file: file, log: log) }
        } else {
            fields.problem("requirements", "'requirements' must be a list")
        }
        guard let id, let title, let level else { return nil }
        return RoleProfile(
            id: id, title: title, family: fields.string("family", required: false) ?? id,
            level: level, aliases: fields.strings("aliases"),
            summary: fields.string("summary", required: false) ?? "",
            onetCodes: fields.strings("onet"),
            experience: experience, education: education, requirements: requirements,
            nextRoles: fields.strings("next_roles"), source: fields.location)
    }

    private static func requirement(_ node: YAMLNode, file: String, log: ProblemLog) -> Requirement?
    {
        guard
            let fields = YAMLFields(
                node, file: file, what: "a requirement", allowed: requirementKeys, log: log)
        else { return nil }
        var target: Requirement.Target?
        let given = ["skill", "any_of", "all_of"].filter { fields.node($0) != nil }
        if given.count != 1 {
            log.add(fields.location, "a requirement needs exactly one of skill, any_of, all_of")
        } else if let skill = fields.string("skill", required: false) {
            target = .skill(skill)
        } else if fields.node("any_of") != nil {
            let ids = fields.strings("any_of")
            let minimum = fields.integer("min", required: false) ?? 1
            if minimum < 1 || minimum > ids.count {
                fields.problem(
                    "min", "'min' is \(minimum); use 1 to \(ids.count), the list's length")
            }
            target = .anyOf(ids, minimum: minimum)
        } else {
            target = .allOf(fields.strings("all_of"))
        }
        let importance = fields.choice("importance", as: Requirement.Importance.self)
        let weight = fields.integer("weight")
        if let weight, !(1...5).contains(weight) {
            fields.problem("weight", "'weight' is \(weight); use 1 to 5")
        }
        let level = fields.integer("proficiency")
        if let level, Proficiency(rawValue: level) == nil {
            fields.problem("proficiency", "'proficiency' is \(level); use 0 to 4")
        }
        // A value out of range is reported above; the requirement is kept (clamped) so that its
        // skills are still checked and every problem shows in one run.
        guard let target, let importance, let weight, let level else { return nil }
        let proficiency = Proficiency(rawValue: min(max(level, 0), 4)) ?? .none
        return Requirement(
            target: target, importance: importance, weight: min(max(weight, 1), 5),
            proficiency: proficiency, source: fields.location)
    }

    private mutating func readProjects(_ root: YAMLNode, file: String, log: ProblemLog) {
        guard
            let top = YAMLFields(
                root, file: file, what: "the projects file", allowed: ["projects"], log: log),
            let list = top.node("projects"), case .sequence(let items, _) = list
        else {
            log.add(SourceLocation(file: file, line: 1), "'projects' must be a list of projects")
            return
        }
        for item in items {
            guard
                let fields = YAMLFields(
                    item, file: file, what: "a project", allowed: Self.projectKeys, log: log)
            else { continue }
            let id = fields.string("id")
            let title = fields.string("title")
            let hours = fields.number("hours")
            let result = fields.string("result")
            guard let id, let title, let hours, let result else { continue }
            projects.append(
                CapstoneProject(
                    id: id, title: title, summary: fields.string("summary", required: false) ?? "",
                    skills: fields.strings("skills"), hours: hours, result: result,
                    source: fields.location))
        }
    }
}
