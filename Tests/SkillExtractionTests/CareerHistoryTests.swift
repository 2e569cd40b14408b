import SkillExtraction
import Testing

/// Each layout pattern of a dated role, as the lines a resume gives it.
@Suite struct CareerHistoryTests {
    /// The roles of a resume whose experience section holds `entries`.
    static func roles(_ entries: String) throws -> [CareerRole] {
        try Shipped.profile("Jane Doe\njane@example.com\n\nEXPERIENCE\n\n" + entries).history.roles
    }

    static func summary(_ role: CareerRole) -> String {
        "\(role.title) | \(role.organisation) | \(role.start.text) | "
            + (role.isCurrent ? "present" : role.end.text)
    }

    @Test(arguments: [
        // Title | Organisation | dates on one line.
        (
            "Data Analyst | Acme Corp | Jan 2020 - Mar 2022",
            "Data Analyst | Acme Corp | 2020-01 | 2022-03"
        ),
        // Title, Organisation, City, dates.
        (
            "Software Developer, Beta Ltd, Boston, MA, May 2016 - Present",
            "Software Developer | Beta Ltd | 2016-05 | present"
        ),
        // Title at Organisation.
        (
            "Data Scientist at Gamma Labs 2018 - 2021",
            "Data Scientist | Gamma Labs | 2018-01 | 2021-12"
        ),
        // Organisation — Title.
        (
            "Delta Inc — Machine Learning Engineer, 2019 - 2020",
            "Machine Learning Engineer | Delta Inc | 2019-01 | 2020-12"
        ),
        // Organisation on the line above, title and dates below.
        (
            "Epsilon Analytics, Austin, TX\nSenior Data Engineer (Mar 2021 – Present)",
            "Senior Data Engineer | Epsilon Analytics | 2021-03 | present"
        ),
        // Title on the line above the organisation and its dates.
        (
            "Business Intelligence Analyst\nZeta Retail Group    June 2017 - Aug 2019",
            "Business Intelligence Analyst | Zeta Retail Group | 2017-06 | 2019-08"
        ),
        // Title, dates, organisation: three lines.
        (
            "Delivery Driver\n04/2019 – 06/2020\nEta Logistics",
            "Delivery Driver | Eta Logistics | 2019-04 | 2020-06"
        ),
        // Organisation(Title, mentor).
        (
            "Theta Research(Research Intern, Dr. Smith) May 2022 - Aug 2022",
            "Research Intern | Theta Research | 2022-05 | 2022-08"
        ),
        // Two titles joined by a pipe are one title.
        (
            "Iota Electricals Ltd.\nMIS Executive | Data Analyst | Jan 2023 - Jun 2024",
            "MIS Executive | Data Analyst | Iota Electricals Ltd. | 2023-01 | 2024-06"
        ),
    ])
    func readsTitleAndOrganisationInEveryCommonShape(entry: String, expected: String) throws {
        let roles = try Self.roles(entry + "\n• Built reports in SQL.\n")
        try #require(roles.count == 1)
        #expect(Self.summary(roles[0]) == expected)
    }

    @Test func aSentenceGoingOnAboveADateIsNotItsTitle() throws {
        let roles = try Self.roles(
            """
            2014 - 2016 - We4IT GmbH
            IT Consultant
            Integrated the BPMN engine and the
            modeler in the product
            2012 - 2014 - University of Bremen
            Scientific Employee / Software Development
            Built an assessment framework
            """)
        #expect(
            roles.map(\.title) == ["IT Consultant", "Scientific Employee / Software Development"])
    }

    @Test func theCityAfterATitleThatEndsTheOrganisationTooIsThePlace() throws {
        let roles = try Self.roles(
            "Process Engineer Noida\nSamsung Display Noida\n2023 - 2024\n• Yield.\n")
        #expect(roles.first?.title == "Process Engineer")
        #expect(roles.first?.location == "Noida")
    }

    @Test func promotionsUnderOneOrganisationShareIt() throws {
        let roles = try Self.roles(
            """
            Kappa Bank
            Senior Data Scientist | Jan 2022 - Present
            • Led the churn models.

            Data Scientist | Jan 2019 - Dec 2021
            • Built the churn models.
            """)
        #expect(roles.map(\.title) == ["Senior Data Scientist", "Data Scientist"])
        #expect(roles.map(\.organisation) == ["Kappa Bank", "Kappa Bank"])
    }

    @Test func aStackedDateColumnIsPairedWithTheEntriesAfterIt() throws {
        let profile = try Shipped.profile(
            """
            Jane Doe

            PROFESSIONAL EXPERIENCE

            Current
            |
            08/2023

            2021
            |
            2020

            Data Analyst
            Lambda Media Amsterdam, Netherlands

            • Dashboards in Tableau.

            Engineer
            Mu Technical Office Athens, Greece

            • Cost estimation with Excel.
            """)
        let roles = profile.history.roles
        #expect(
            roles.map(Self.summary) == [
                "Data Analyst | Lambda Media Amsterdam | 2023-08 | present",
                "Engineer | Mu Technical Office Athens | 2020-01 | 2021-12",
            ])
        // Aug 2023 - Nov 2026 (40 months) and 2020-2021 (24 months).
        #expect(profile.experienceYears == 5.3)
    }

    @Test func datesOfDegreesAndCoursesInAnExperienceSectionAreNotRoles() throws {
        let roles = try Self.roles(
            """
            Bachelor of Technology, Computer Science    January 2021 - June 2025

            Machine Learning Intern    August 2023 - September 2023
            Nu Interns
            • Trained models.

            Project Management Simulation Training, Xi Consulting, 2011 / 11
            • A two-day course.
            """)
        #expect(roles.map(\.title) == ["Machine Learning Intern"])
    }

    @Test func studentPostsAndInternshipsCountAtHalfAndOverlapsOnce() throws {
        let profile = try Shipped.profile(
            """
            Jane Doe

            EXPERIENCE
            Data Scientist, Omicron Health, Jan 2022 - Dec 2023
            • Models.
            Graduate Research Assistant, Pi University, Jan 2020 - Dec 2021
            • Papers.
            Teaching Assistant, Pi University, Jan 2021 - Dec 2021
            • Recitations.
            Summer Intern, Rho Labs, Jun 2023 - Aug 2023
            • Dashboards.
            """)
        let kinds = profile.history.roles.map { "\($0.kind.rawValue) \($0.weight)" }
        #expect(kinds == ["job 1.0", "research 0.5", "teaching 0.5", "internship 0.5"])
        // 24 months of the job, 24 of student posts at half; the internship falls in the job.
        #expect(profile.experienceYears == 3)
        #expect(
            profile.history.explanation
                == "3 years: 1 job, 1 internship at half, 1 research post at half, 1 teaching post at half, overlaps counted once"
        )
    }

    @Test func anEndBeforeTheStartIsAWarningNotNegativeYears() throws {
        let profile = try Shipped.profile(
            "Jane Doe\n\nEXPERIENCE\nData Analyst, Sigma Co, 2021 - 2019\n• Reports.\n")
        let role = try #require(profile.history.roles.first)
        #expect(role.months == 0)
        #expect(role.warnings.first?.contains("before it starts") == true)
        #expect(profile.experienceYears == 0)
    }

    @Test func aRoleThatStartsAfterTodayCountsNothing() throws {
        let profile = try Shipped.profile(
            """
            Jane Doe

            EXPERIENCE
            Data Scientist, Acme Corp
            2027 - 2029
            Data Analyst, Beta Inc
            2020 - 2022
            """)
        #expect(profile.experienceYears == 3)
        let future = try #require(profile.history.roles.first)
        #expect(future.months == 0)
        #expect(future.warnings.first?.hasPrefix("starts (2027-01) after 2026-11") == true)
    }

    @Test func theNextEntrysTitleIsNeitherThisOnesOrganisationNorLost() throws {
        let roles = try Self.roles(
            "Data Analyst\n2019 - 2020\n\nData Engineer\n2020 - 2022\nBeta Inc\n• Pipelines.\n")
        #expect(roles.map(\.title) == ["Data Analyst", "Data Engineer"])
        #expect(roles.map(\.organisation) == ["", "Beta Inc"])
    }

    @Test func onlyATitleUnderAHeadingOrganisationSharesIt() throws {
        let roles = try Self.roles(
            """
            Senior Data Scientist | Acme Corp | 2021 - Present
            • Models.
            Freelance Data Scientist | 2018 - 2020
            • Projects.
            """)
        #expect(roles.map(\.organisation) == ["Acme Corp", ""])
    }

    @Test func aPostAtAnOrganisationNamedForTrainingIsARole() throws {
        let roles = try Self.roles(
            "Data Engineer, Global Training Solutions Ltd\n2016 - 2018\n• Pipelines.\n")
        #expect(roles.map(\.title) == ["Data Engineer"])
    }

    @Test func coOpInAnOrganisationsNameIsNoInternship() throws {
        let roles = try Self.roles(
            "Data Scientist | Co-op Insurance | 2022 - Present\n• Pricing.\n")
        #expect(roles.first?.title == "Data Scientist")
        #expect(roles.first?.kind == .job)
    }

    @Test func theSecondLineOfAWrappedDateIsNotTheOrganisation() throws {
        let roles = try Self.roles("Data Analyst\nJune 2014 –\nPresent Working on dashboards\n")
        #expect(roles.first?.title == "Data Analyst")
        #expect(roles.first?.organisation == "")
        #expect(roles.first?.isCurrent == true)
    }

    @Test func aTechnologiesLineInsideARoleDoesNotEndTheSection() throws {
        let roles = try Self.roles(
            """
            Data Engineer | Tau Corp | Jan 2020 - Dec 2020
            Technologies: AWS, Airflow, Spark
            • Pipelines.
            Data Engineer | Upsilon Inc | Jan 2021 - Dec 2022
            • More pipelines.
            """)
        #expect(roles.map(\.organisation) == ["Tau Corp", "Upsilon Inc"])
    }
}

@Suite struct CareerFamilyTests {
    @Test func eachRoleGetsTheFamilyAndSeniorityItsTitleNames() throws {
        let roles = try CareerHistoryTests.roles(
            """
            Sr. Data Scientist | Phi Insurance | Jan 2021 - Present
            • Pricing models.
            Software Engineer | Chi Systems | Jan 2017 - Dec 2020
            • Services.
            Chief Happiness Wizard | Psi Co | Jan 2015 - Dec 2016
            • Morale.
            """)
        #expect(roles.map(\.family) == ["data-scientist", "other", "unknown"])
        #expect(roles.map(\.familyName) == ["Data Scientist", "Software Engineer", ""])
        #expect(roles.first?.seniority == "senior")
    }
}
