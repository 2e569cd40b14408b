import Foundation
import ResumeReading
import SkillLexicon

@testable import SkillExtraction

/// A small lexicon and hand-made profiles, so every score can be worked out on paper.
enum Fixtures {
    static func skill(
        _ id: String, stage: LearningStage = .core, prerequisites: [String] = [], hours: Double = 10
    ) -> Skill {
        Skill(
            id: id, name: id.capitalized, category: .language, stage: stage,
            prerequisites: prerequisites,
            learning: [
                LearningStep(title: "Learn \(id)", hours: hours / 2, result: "a notebook"),
                LearningStep(title: "Use \(id)", hours: hours / 2, result: "a project"),
            ])
    }

    static let lexicon = Lexicon(
        skills: [
            skill("python", stage: .foundation), skill("pytorch", prerequisites: ["python"]),
            skill("tensorflow", prerequisites: ["python"]),
            skill("linear-algebra", stage: .foundation),
            skill("probability", stage: .foundation, hours: 20),
            skill("statistics", stage: .foundation, prerequisites: ["probability"]),
            skill("docker", hours: 8),
            skill("kubernetes", stage: .advanced, prerequisites: ["docker"]),
        ],
        roles: [],
        projects: [
            CapstoneProject(
                id: "stats-project", title: "Stats", summary: "",
                skills: ["statistics", "probability"],
                hours: 20, result: "a report"),
            CapstoneProject(
                id: "serving", title: "Serving", summary: "",
                skills: ["docker", "kubernetes", "statistics"],
                hours: 30, result: "a service"),
        ])

    static let role = RoleProfile(
        id: "mle", title: "ML Engineer", family: "mle", level: .junior,
        experience: YearsRange(minimum: 2, maximum: 4),
        education: EducationRequirement(
            minimum: .bachelor, preferred: .master, fields: ["computer science"]),
        requirements: [
            Requirement(
                target: .skill("python"), importance: .required, weight: 5, proficiency: .working),
            Requirement(
                target: .anyOf(["pytorch", "tensorflow"], minimum: 1), importance: .required,
                weight: 3,
                proficiency: .working),
            Requirement(
                target: .allOf(["linear-algebra", "statistics"]), importance: .required, weight: 2,
                proficiency: .awareness),
        ])

    static func found(_ id: String, _ level: Proficiency, implied: Bool = false) -> FoundSkill {
        FoundSkill(
            skill: lexicon.skill(id) ?? skill(id), proficiency: level, implied: implied,
            impliedBy: implied ? "x" : nil,
            evidence: implied
                ? [] : [Evidence(kind: .listed, section: .skills, line: 3, text: "\(id)")],
            statedYears: nil, yearsUsed: 0, lastUsed: nil)
    }

    static func profile(
        _ skills: [FoundSkill], years: Double = 3, education: [EducationRecord] = []
    ) -> SkillProfile {
        let document = ResumeDocument(
            sourcePath: "test.txt", format: .text, pageCount: 1, lines: ["Jane"], sections: [])
        return SkillProfile(
            document: document, skills: skills, experienceYears: years, education: education)
    }

    static func degree(
        _ degree: Degree, field: String?, status: EducationRecord.Status = .completed
    )
        -> EducationRecord
    {
        EducationRecord(
            degree: degree, written: degree.rawValue, field: field, status: status, line: 0)
    }
}
