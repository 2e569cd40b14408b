import ResumeReading
import SkillLexicon
import Testing

@testable import SkillExtraction

@Suite struct SkillExtractorTests {
    static let resume = """
        Jane Doe
        jane.doe@example.com | 555-0100 | github.com/janedoe-python

        SKILLS
        Python, SQL, Docker (basic)

        EXPERIENCE
        Data Scientist, Acme
        Jan 2019 - Dec 2023
        - Trained models in Python and scikit-learn.
        Analyst, Beta
        Jan 2016 - Dec 2018
        - Automated reports in Python and SQL.

        PROJECTS
        - Churn model served with FastAPI.

        EDUCATION
        M.S. in Statistics, 2015

        CERTIFICATIONS
        AWS Certified Machine Learning - Specialty
        """

    @Test func evidenceCarriesSectionLineAndText() throws {
        let profile = try Shipped.profile(Self.resume)
        let python = try #require(profile.skill("python"))
        #expect(python.evidence.map(\.line) == [5, 10, 13])
        #expect(python.evidence.map(\.section) == [.skills, .experience, .experience])
        #expect(python.evidence.map(\.kind) == [.listed, .used, .used])
        #expect(python.evidence[1].text == "- Trained models in Python and scikit-learn.")
    }

    @Test func proficiencyFollowsTheRule() throws {
        let profile = try Shipped.profile(Self.resume)
        // Used in two dated roles spanning eight years: expert.
        #expect(profile.skill("python")?.proficiency == .expert)
        #expect(profile.skill("python")?.yearsUsed == 8)
        #expect(profile.skill("python")?.lastUsed == 2023)
        // Used in the 2016-2018 role: three years, practitioner.
        #expect(profile.skill("sql")?.proficiency == .practitioner)
        // Used in a project: working.
        #expect(profile.skill("fastapi")?.proficiency == .working)
        // Listed as basic: awareness.
        #expect(profile.skill("docker")?.proficiency == .awareness)
    }

    @Test func statedYearsCount() throws {
        let profile = try Shipped.profile(
            "Jane Doe\n\nSUMMARY\nAnalyst with 7+ years of SQL and Tableau.\n\nSKILLS\nPython (2 yrs), Excel: 4 years\n"
        )
        #expect(profile.skill("sql")?.statedYears == 7)
        #expect(profile.skill("sql")?.proficiency == .expert)
        #expect(profile.skill("tableau")?.statedYears == 7)
        #expect(profile.skill("python")?.statedYears == 2)
        #expect(profile.skill("excel")?.statedYears == 4)
        #expect(profile.skill("excel")?.proficiency == .practitioner)
    }

    @Test func theYearsHintPassesEveryYearWordInAnyCase() {
        for word in StatedDurations.yearWords {
            for line in ["Python (3 \(word))", "PYTHON: 3 \(word.uppercased())", "x\(word)"] {
                #expect(LineHints(of: line).mayStateYears, "\(line)")
            }
        }
        #expect(!LineHints(of: "Built pipelines in Python and SQL every day").mayStateYears)
    }

    /// The hints read eight bytes at a time: each marker is found at every position of lines of
    /// every length, across the eight-byte steps and at the ends.
    @Test func lineHintsFindTheirMarkersAnywhere() {
        for length in 0..<20 {
            let plain = String(repeating: "a", count: length)
            #expect(
                !LineHints(of: plain).mayHoldPersonalData && !LineHints(of: plain).mayStateYears)
            for position in 0...length {
                let prefix = String(plain.prefix(position))
                let suffix = String(plain.dropFirst(position))
                for (marker, personal, years) in [
                    ("@", true, false), (".x", true, false), (". ", false, false),
                    ("HTTP", true, false), ("hTt", false, false), ("Yr", false, true),
                    ("yEaR", false, true), ("ye", false, false), ("3.5 YEARS", true, true),
                ] {
                    // The a's after a marker never complete a shorter one ("hTt" + "a").
                    let hints = LineHints(of: prefix + marker + suffix)
                    #expect(hints.mayHoldPersonalData == personal, "\(prefix + marker + suffix)")
                    #expect(hints.mayStateYears == years, "\(prefix + marker + suffix)")
                }
            }
        }
    }

    @Test func impliedSkillsAreMarkedAndLowest() throws {
        let profile = try Shipped.profile("Jane Doe\n\nSKILLS\nPyTorch\n")
        let implied = profile.skills.filter(\.implied)
        #expect(!implied.isEmpty)
        #expect(
            implied.allSatisfy {
                $0.proficiency == .awareness && $0.impliedBy == "pytorch" && $0.evidence.isEmpty
            })
        #expect(profile.skill("python")?.implied == true)
    }

    @Test func contactDetailsNeverBecomeEvidence() throws {
        let profile = try Shipped.profile(Self.resume)
        let lines = Set(profile.skills.flatMap(\.evidence).map(\.line))
        #expect(!lines.contains(1) && !lines.contains(2))
        #expect(profile.skills.flatMap(\.evidence).allSatisfy { !$0.text.contains("@") })
    }

    @Test func certificationsAreCertified() throws {
        let profile = try Shipped.profile(Self.resume)
        let certificate = try #require(profile.skills.first { $0.skill.category == .certification })
        #expect(certificate.evidence.first?.kind == .certified)
        #expect(certificate.proficiency >= .working)
    }

    @Test func resumeWithNoSkillsGivesAnEmptyList() throws {
        let profile = try Shipped.profile(
            "Jane Doe\n\nEXPERIENCE\nShift supervisor at a bakery, Jan 2019 - Present\n- Opened the shop every morning.\n"
        )
        #expect(profile.skills.isEmpty)
        #expect(profile.experienceYears > 7)
    }

    /// One test per family: a clear positive, and a near miss that must not match.
    @Test(arguments: [
        (
            "Trained models in TensorFlow and Keras.", "tensorflow",
            "The tensor of the spring was measured."
        ),
        (
            "Cleaned data with NumPy and pandas in Jupyter notebooks.", "numpy",
            "Numbers in a spreadsheet."
        ),
        (
            "Orchestrated jobs with Apache Airflow and dbt.", "dbt",
            "Completed DBT therapy training."
        ),
        ("Stored events in PostgreSQL and MongoDB.", "postgresql", "Posted updates to the team."),
        ("Deployed on AWS SageMaker with Terraform.", "sagemaker", "Sage advice from mentors."),
        ("Tracked experiments with MLflow and DVC.", "mlflow", "Improved the flow of work."),
        ("Ran containers on Kubernetes with Helm.", "kubernetes", "Took the helm of the project."),
        ("Built dashboards in Tableau and Looker.", "tableau", "A tableau of photographs."),
        (
            "Wrote unit tests with pytest; code review every day.", "unit-testing",
            "A unit of the army."
        ),
        ("Studied linear algebra and calculus.", "linear-algebra", "Followed a linear plan."),
        ("Built RAG pipelines with LangChain.", "langchain", "Managed a supply chain."),
        (
            "Presented to stakeholders; strong communication skills.", "communication",
            "Communication protocols for radios."
        ),
    ])
    func skillFamilies(positive: String, id: String, negative: String) throws {
        #expect(
            try Shipped.skills("Jane Doe\n\nEXPERIENCE\n\(positive)\n").contains(id), "\(positive)")
        #expect(
            !(try Shipped.skills("Jane Doe\n\nEXPERIENCE\n\(negative)\n").contains(id)),
            "\(negative)")
    }
}
