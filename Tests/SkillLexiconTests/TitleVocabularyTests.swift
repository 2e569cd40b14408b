import Foundation
import Testing

@testable import SkillLexicon

/// How titles are classified: the rules on a small vocabulary written here, then the shipped
/// vocabulary on real titles.
@Suite struct TitleVocabularyTests {
    /// A vocabulary small enough to read in one go, with one entry of each shape.
    static let small = TitleVocabulary(
        families: [
            .init(
                family: "data-scientist", name: "Data Scientist", titles: ["data scientist"],
                fields: ["data science"]),
            .init(
                family: "ml-engineer", name: "Machine Learning Engineer",
                titles: ["machine learning engineer"], fields: ["machine learning"],
                research: "ml-researcher"),
            .init(
                family: "ml-researcher", name: "Machine Learning Researcher",
                titles: ["machine learning research scientist"]),
            .init(
                family: "data-analyst", name: "Data Analyst", titles: ["data analyst"],
                fields: ["analytics", "analytics engineering"]),
            .init(
                family: "other", name: "Software Engineer",
                titles: ["software engineer", "developer"]),
            .init(family: "other", name: "Product Manager", titles: ["product manager"]),
            .init(
                family: "other", name: "Engineering Manager", titles: ["engineering manager"],
                seniority: .manager),
            .init(family: "other", name: "Scientist", titles: ["scientist"]),
        ],
        seniority: [
            .intern: ["intern"], .junior: ["junior"], .senior: ["senior"], .lead: ["lead"],
            .head: ["head"], .manager: ["manager"], .associate: ["associate"],
        ],
        kinds: [
            .internship: ["intern"], .research: ["research assistant", "research associate"],
            .teaching: ["teaching assistant"], .volunteer: ["volunteer"],
        ],
        heads: ["engineer", "intern", "head", "manager", "lead", "research assistant"],
        abbreviations: ["sr": "senior", "ml": "machine learning", "ds": "data scientist"])

    struct Case: CustomTestStringConvertible, Sendable {
        var title: String
        var family: String
        var seniority: Seniority?
        var kind: PostKind?
        var matched: String?

        init(
            _ title: String, _ family: String, _ seniority: Seniority? = nil,
            _ kind: PostKind? = nil, matched: String? = nil
        ) {
            self.title = title
            self.family = family
            self.seniority = seniority
            self.kind = kind
            self.matched = matched
        }

        var testDescription: String { title }

        func check(_ found: TitleClass) {
            #expect(found.family == family, "\(title): family")
            #expect(found.seniority == seniority, "\(title): seniority")
            #expect(found.kind == kind, "\(title): kind")
            if let matched { #expect(found.matched == matched, "\(title): matched") }
        }
    }

    @Test(arguments: [
        // Case, punctuation and abbreviations do not matter; words count whole.
        Case("SENIOR DATA SCIENTIST", "data-scientist", .senior, matched: "data scientist"),
        Case("Sr. DS", "data-scientist", .senior, matched: "data scientist"),
        Case("Sr ML Engineer", "ml-engineer", .senior, matched: "machine learning engineer"),
        Case("Senior Data Scientist, Marketing", "data-scientist", .senior),
        Case("Big-Data-Scientists Club", "unknown"),
        Case("Metadata Scientist", "other", matched: "scientist"),
        // The longest form wins over the forms inside it.
        Case(
            "Machine Learning Research Scientist", "ml-researcher",
            matched: "machine learning research scientist"),
        // A profiled family beats `other`, wherever it stands.
        Case("Software Engineer / Data Analyst", "data-analyst", matched: "data analyst"),
        Case("Software Engineer, Machine Learning", "ml-engineer", matched: "machine learning"),
        // Of two profiled titles the longer wins, then a whole title over a field, then the first.
        Case("Data Analyst / Data Scientist", "data-analyst"),
        // Words count as written: "ML Engineer" is two words, not three.
        Case("Data Scientist / ML Engineer", "data-scientist"),
        Case("Analytics Lead / Data Scientist", "data-scientist", .lead),
        Case("Data Analyst / Head of Data Science", "data-scientist", .head),
        // A field is a title only next to a head word.
        Case("Head of Data Science", "data-scientist", .head, matched: "data science"),
        Case("Machine Learning Intern", "ml-engineer", .intern, .internship),
        Case("Data Science", "unknown"),
        Case("Analytics Lead", "data-analyst", .lead),
        // A seniority word inside a title is the title's; the entry may give one instead.
        Case("Product Manager", "other"),
        Case("Senior Product Manager", "other", .senior),
        Case("Engineering Manager", "other", .manager),
        Case("Senior Engineering Manager", "other", .manager),
        Case("Analytics Engineering Manager", "data-analyst", .manager),
        // A research post in an ML field is an ML researcher's; otherwise the family is unknown.
        Case("Research Assistant, Machine Learning", "ml-researcher", nil, .research),
        Case("Research Assistant", "unknown", nil, .research),
        Case("Research Associate", "unknown", nil, .research),
        Case("Volunteer Teaching Assistant", "unknown", nil, .volunteer),
        Case("Teaching Assistant", "unknown", nil, .teaching),
        // Levels after a title.
        Case("Data Scientist I", "data-scientist", .junior),
        Case("Data Scientist II", "data-scientist", .mid),
        Case("Software Engineer III", "other", .senior),
        Case("Software Engineer L6", "other", .staff),
        Case("Senior Software Engineer 2", "other", .senior),
        Case("Developer, Level 2", "other", .mid),
        Case("I.T. Developer", "other"),
    ])
    func classifiesBySmallVocabulary(_ example: Case) {
        example.check(Self.small.classify(example.title))
    }

    @Test func unknownTitlesKeepNoNameAndNoForm() {
        let found = Self.small.classify("Chief Happiness Officer")
        #expect(found == TitleClass(family: "unknown", familyName: "", matched: ""))
    }

    @Test func anEmptyVocabularyKnowsNoTitle() {
        #expect(TitleVocabulary().classify("Data Scientist").family == "unknown")
    }

    @Test func familyNamesComeFromTheEntry() {
        #expect(Self.small.classify("Developer").familyName == "Software Engineer")
        #expect(Self.small.classify("ML Engineer").familyName == "Machine Learning Engineer")
    }

    @Test func aLaterVocabularyTakesFormsOverAndAddsToEntries() {
        let user = TitleVocabulary(
            families: [
                .init(family: "data-scientist", name: "Data Scientist", titles: ["quant"]),
                .init(family: "other", name: "Scientist Manager", titles: ["product manager"]),
            ],
            seniority: [.staff: ["fellow"]], kinds: [:], heads: [],
            abbreviations: ["ds": "data science"])
        let merged = Self.small.adding(user)
        #expect(merged.classify("Quant").family == "data-scientist")
        #expect(merged.classify("Product Manager").familyName == "Scientist Manager")
        #expect(merged.classify("Fellow Data Scientist").seniority == .staff)
        // The user's abbreviation replaces the built-in one: "DS Intern" is a data science intern.
        #expect(merged.classify("DS Intern").family == "data-scientist")
        #expect(merged.classify("Sr. DS").family == "unknown")
        #expect(merged.families.count == Self.small.families.count + 1)
    }

    @Test(arguments: ["Data & Analytics Lead", "Data and Analytics Lead"])
    func ampersandIsAnd(title: String) {
        #expect(TitleVocabulary.words(of: title) == ["data", "and", "analytics", "lead"])
    }

    @Test func wordsAreLowercaseLettersAndDigits() {
        #expect(
            TitleVocabulary.words(of: "Sr. Data-Eng. (L5), Master's, Ingénieur ÉTUDES")
                == ["sr", "data", "eng", "l5", "masters", "ingénieur", "études"])
    }
}

/// The shipped `Lexicons/titles.yaml` on real titles: those of the labelled resumes
/// (shared/eval/dev-careers.tsv) and the examples of issue #12.
@Suite struct ShippedTitleTests {
    static let vocabulary: TitleVocabulary = {
        (try? LexiconLoader().load(builtIn: LexiconIntegrityTests.folder).titles)
            ?? TitleVocabulary()
    }()

    typealias Case = TitleVocabularyTests.Case

    @Test(arguments: [
        Case("MIS Executive | Data Analyst", "data-analyst"),
        Case("Data Analyst – Snowflake Developer", "data-analyst"),
        Case("Sales Executive", "other"),
        Case("Analytics Engineer", "data-engineer"),
        Case("Digital Media Analyst", "unknown"),
        Case("Research Assistant", "unknown", nil, .research),
        Case("Researcher", "unknown", nil, .research),
        Case("Machine Learning Intern", "ml-engineer", .intern, .internship),
        Case("Junior Engineer", "other", .junior),
        Case("Quant Researcher", "other"),
        Case("Research Intern", "unknown", .intern, .internship),
        Case("Data Analytics Intern", "data-analyst", .intern, .internship),
        Case("Research & Data Analytics Intern", "data-analyst", .intern, .internship),
        Case("Product Data Analyst", "data-analyst"),
        Case("Tax Accountant", "other"),
        Case("Graduate Research Assistant", "unknown", nil, .research),
        Case("Senior Software Engineer", "other", .senior),
        Case("Research Fellow (Machine Learning)", "ml-researcher", nil, .research),
        Case("Technology Business Analyst Internship", "other", .intern, .internship),
        Case("Python Developer Intern", "other", .intern, .internship),
        Case("Desktop and Systems Support Specialist", "other"),
        Case("Academic Intern", "unknown", .intern, .internship),
        Case("Supplemental Instruction Leader", "unknown", nil, .teaching),
        Case("Principal AI Engineer", "genai-engineer", .principal),
        Case("DevOps Engineer / Lead ML Engineer", "ml-engineer", .lead),
        Case("Test Automation Engineer", "other"),
        Case("Senior Data Engineer, contractor", "data-engineer", .senior),
        Case("Process Engineer", "other"),
        Case("Tutoring", "unknown", nil, .teaching),
        Case("Guest Experience Associate", "other"),
        Case("Delivery Driver", "other"),
        Case("Volunteer Swim Coach", "other", nil, .volunteer),
        Case("Teaching Assistant for Programming for the Web", "unknown", nil, .teaching),
        Case("Software Engineer (Front-End)", "other"),
        Case("MERN Stack Developer", "other"),
        Case("Fullstack Javascript Engineer", "other"),
        // The examples of issue #12.
        Case("Sr Data Eng.", "data-engineer", .senior),
        Case("ML Eng", "ml-engineer"),
        Case("MLE", "ml-engineer"),
        Case("SDE II", "other", .mid),
        Case("SWE III", "other", .senior),
        Case("Jr. Analyst", "unknown", .junior),
        Case("Machine Learning Research Scientist", "ml-researcher"),
        Case("Data Engineering Manager", "data-engineer", .manager),
        Case("Business Intelligence Analyst", "data-analyst"),
        Case("Head of Data Science", "data-scientist", .head),
        Case("Co-op Student", "unknown", .intern, .internship),
        Case("Werkstudent Data Science", "data-scientist", .intern, .internship),
        Case("Staff Nurse", "other"),
        Case("UI/UX Designer", "other"),
        Case("GenAI Engineer", "genai-engineer"),
        Case("NLP Research Intern", "ml-researcher", .intern, .internship),
        Case("Computer Vision Engineer II", "computer-vision-engineer", .mid),
        Case("VP of Machine Learning", "ml-engineer", .director),
        Case("Data Entry Clerk", "other"),
        Case("Senior Manager", "other", .manager),
        Case("Graduate Trainee", "unknown", .trainee, .internship),
        Case("Graduate Data Scientist", "data-scientist", .junior),
        Case("Research Associate", "unknown", nil, .research),
        Case("HR Manager", "other", .manager),
        Case("Senior Data Engineer L5", "data-engineer", .senior),
        Case("Data Engineer L5", "data-engineer", .senior),
    ])
    func classifiesRealTitles(_ example: Case) {
        example.check(Self.vocabulary.classify(example.title))
    }

    @Test(arguments: [
        "Internships:", "Remote", "Jan 2020 – Present", "2019 - 2021", "Acme Corporation",
        "Crompton Greaves Consumer Electricals Ltd.", "IMPACT", "Job Title 1", "Freelance Work",
        "Member", "Applied Artificial Intelligence & Machine Learning", "",
    ])
    func nonTitlesAreUnknown(text: String) {
        let found = Self.vocabulary.classify(text)
        #expect(found.family == "unknown")
        #expect(found.familyName.isEmpty && found.matched.isEmpty)
        #expect(found.seniority == nil && found.kind == nil)
    }

    @Test(arguments: [
        ("Business Analyst", "Business Analyst"), ("Software Engineer", "Software Engineer"),
        ("Registered Nurse", "Nurse"), ("High School Teacher", "Teacher"),
        ("SRE", "Site Reliability Engineer"), ("DBA", "Database Administrator"),
        ("QA Engineer", "QA / Test Engineer"), ("Cloud Engineer", "Cloud Engineer"),
        ("Mechanical Engineer", "Mechanical Engineer"), ("Physicist", "Scientist"),
        ("Help Desk Technician", "IT Support"), ("Retail Sales Associate", "Retail"),
        ("Network Administrator", "Network Engineer"), ("HR Manager", "Human Resources"),
        ("Project Manager", "Project Manager"), ("Full-Stack Developer", "Full-Stack Developer"),
    ])
    func titlesOutsideDataHaveANamedOtherFamily(title: String, name: String) {
        let found = Self.vocabulary.classify(title)
        #expect(found.family == "other")
        #expect(found.familyName == name)
    }
}
