import Foundation
import ResumeReading
import SkillLexicon
import Testing

@testable import RoleMatching
@testable import SkillExtraction

@Suite struct JobPostingReaderTests {
    static let lexicon: Lexicon = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons")
        do { return try LexiconLoader().load(builtIn: folder) } catch { fatalError("\(error)") }
    }()
    static let reader = JobPostingReader(
        extractor: SkillExtractor(lexicon: lexicon, today: MonthStamp(year: 2026, month: 11)))

    private func role(_ text: String) throws -> RoleProfile {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "posting-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        return try Self.reader.role(from: ResumeReader().document(at: url))
    }

    private func importance(_ role: RoleProfile, _ id: String) -> Requirement.Importance? {
        role.requirements.first { $0.target.skillIDs.contains(id) }?.importance
    }

    @Test func splitsRequiredFromPreferredBySection() throws {
        let posting = try role(
            """
            Senior Data Engineer

            About us
            We love Kubernetes and Rust.

            Requirements
            - 5+ years of experience with Python and SQL
            - Strong experience with Apache Airflow

            Nice to have
            - Terraform
            - dbt

            Benefits
            - Free Docker stickers
            """)
        #expect(importance(posting, "python") == .required)
        #expect(importance(posting, "sql") == .required)
        #expect(importance(posting, "airflow") == .required)
        #expect(importance(posting, "terraform") == .preferred)
        #expect(importance(posting, "dbt") == .preferred)
        #expect(importance(posting, "kubernetes") == nil)
        #expect(importance(posting, "docker") == nil)
        #expect(posting.experience.minimum == 5)
        #expect(posting.level == .senior)
        #expect(posting.title == "Senior Data Engineer")
        let airflow = posting.requirements.first { $0.target.skillIDs.contains("airflow") }
        #expect(airflow?.weight == 5 && airflow?.proficiency == .practitioner)
    }

    @Test func sentenceMarkersMakeSkillsPreferred() throws {
        let posting = try role(
            """
            Data Scientist
            Requirements: 3+ years in data science; strong Python and SQL; Tableau is a plus.
            Experience with Spark would be great, and knowledge of R is preferred.
            """)
        #expect(importance(posting, "python") == .required)
        #expect(importance(posting, "tableau") == .preferred)
        #expect(importance(posting, "r") == .preferred)
        #expect(posting.experience.minimum == 3)
    }

    @Test func skillsJoinedByOrBecomeOneChoice() throws {
        let posting = try role(
            "ML Engineer\nRequirements:\n- Experience with TensorFlow, PyTorch, or JAX\n- Docker and Kubernetes\n"
        )
        let choice = posting.requirements.first { $0.target.skillIDs.contains("pytorch") }
        #expect(choice?.target == .anyOf(["tensorflow", "pytorch", "jax"], minimum: 1))
        #expect(posting.requirements.contains { $0.target == .skill("docker") })
        #expect(posting.requirements.contains { $0.target == .skill("kubernetes") })
    }

    @Test func degreesBecomeTheEducationRequirement() throws {
        let posting = try role(
            "Researcher\nRequirements:\n- Master's or PhD degree in Computer Science, Statistics, or a related field\n- Python\n"
        )
        #expect(posting.education.minimum == .master)
        #expect(posting.education.preferred == .doctorate)
        #expect(posting.education.fields.contains("computer science"))
        #expect(!posting.requirements.contains { $0.target.skillIDs.contains("computer-science") })
    }

    @Test func aPostingWithNoSkillsIsAnError() throws {
        #expect(throws: JobPostingError.self) {
            _ = try role(
                "Shift Supervisor\nWe need someone friendly who likes mornings and bread.\n")
        }
    }
}
