import Foundation
import Testing

@testable import SkillLexicon

/// The lexicons the product ships: they load cleanly and cover what the role profiles need.
@Suite struct LexiconIntegrityTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lexicons")

    @Test func shippedLexiconsHaveNoProblems() throws {
        let (_, problems) = try LexiconLoader().check(builtIn: Self.folder)
        #expect(
            problems.isEmpty, "\(problems.prefix(20).map(\.description).joined(separator: "\n"))")
    }

    @Test func shippedLexiconsAreLargeEnough() throws {
        let lexicon = try LexiconLoader().load(builtIn: Self.folder)
        #expect(lexicon.skills.count >= 450)
        #expect(lexicon.projects.count >= 15)
        let roles = Set(lexicon.roles.map(\.id))
        #expect(
            roles.isSuperset(of: [
                "ml-engineer-junior", "ml-engineer-mid", "ml-engineer-senior", "mlops-engineer",
                "data-scientist", "data-engineer", "data-analyst", "nlp-engineer",
                "computer-vision-engineer", "ml-researcher", "ml-infrastructure-architect",
                "genai-engineer",
            ]))
    }

    @Test func everyRoleSkillExistsAndEveryRoleHasProjects() throws {
        let lexicon = try LexiconLoader().load(builtIn: Self.folder)
        for role in lexicon.roles {
            let ids = Set(role.requirements.flatMap(\.target.skillIDs))
            #expect(ids.allSatisfy { lexicon.skill($0) != nil }, "\(role.id)")
            let covering = lexicon.projects.filter { !Set($0.skills).isDisjoint(with: ids) }
            #expect(covering.count >= 2, "\(role.id) has too few capstone projects")
        }
    }

    /// Every row of the TAXONOMY table of traps is covered by a rule, not by a plain alias.
    @Test(arguments: [
        "R", "C", "Go", "Spark", "Excel", "REST", "CV", "NLP", "GCP", "Julia", "Ray", "Dash",
        "Flask", "Airflow", "Kafka", "Hive", "Pig", "Beam", "Storm", "Swift", "Rust", "Shell",
        "pandas", "torch", "DL", "EDA", "ML", "LLM",
    ])
    func trapFormsAreRuledNotPlain(form: String) throws {
        let lexicon = try LexiconLoader().load(builtIn: Self.folder)
        let plain = lexicon.skills.filter {
            $0.plainForms.contains { $0.lowercased() == form.lowercased() }
        }
        #expect(plain.isEmpty, "\(form) is a plain alias of \(plain.map(\.id))")
        let ruled = lexicon.skills.filter {
            $0.ambiguous.contains { $0.form.lowercased() == form.lowercased() }
        }
        #expect(!ruled.isEmpty, "\(form) has no rule")
    }
}
