import Testing

@testable import SkillExtraction

@Suite struct DateRangeTests {
    let parser = DateRangeParser(today: MonthStamp(year: 2026, month: 11))

    @Test(arguments: [
        ("Jan 2019 - Present", 2019, 1, 2026, 11),
        ("January 2019 to Mar 2021", 2019, 1, 2021, 3),
        ("01/2019 - 06/2021", 2019, 1, 2021, 6),
        ("2019-2021", 2019, 1, 2021, 12),
        ("2017 – 2020", 2017, 1, 2020, 12),
        ("Summer 2021", 2021, 6, 2021, 8),
        ("Sept. 2022 – Current", 2022, 9, 2026, 11),
        ("2016/09 - now", 2016, 9, 2026, 11),
        ("2020-06 - 2023-01", 2020, 6, 2023, 1),
        ("2023-02-01 - Present", 2023, 2, 2026, 11),
        ("Fall 2020 - Spring 2022", 2020, 9, 2022, 5),
        ("Data Engineer, Acme | Jun 2021 – Dec 2022 | Remote", 2021, 6, 2022, 12),
        ("March 2016 to Dec 2018", 2016, 3, 2018, 12),
        ("2019 - Today", 2019, 1, 2026, 11),
    ])
    func readsEveryCommonForm(
        text: String, startYear: Int, startMonth: Int, endYear: Int, endMonth: Int
    ) throws {
        let range = try #require(parser.range(in: text), "no range in \(text)")
        #expect(range.start == MonthStamp(year: startYear, month: startMonth))
        #expect(range.end == MonthStamp(year: endYear, month: endMonth))
    }

    @Test(arguments: [
        "Managed 2019 budgets", "Python, SQL", "Grew revenue 20% - 30%", "Room 2019-B",
    ])
    func findsNoRangeInOrdinaryLines(text: String) {
        #expect(parser.range(in: text) == nil)
    }
}

@Suite struct ExperienceTests {
    @Test func mergesOverlappingRoles() throws {
        let profile = try Shipped.profile(
            """
            Jane Doe

            EXPERIENCE
            Data Analyst, Acme
            Jan 2018 - Dec 2020
            - Reporting in SQL
            Freelance Analyst
            Jan 2020 - Dec 2021
            - Dashboards in Tableau
            """)
        #expect(profile.experienceYears == 4)
    }

    /// A date column that wraps puts the end date first on the next line, before the text.
    @Test func aRangeWrappedOverTwoLinesIsOneEntry() throws {
        let profile = try Shipped.profile(
            """
            Jane Doe

            EXPERIENCE
            June 2020 – Developer, Acme, San Francisco
            Present Working on the web app in React.

            July 2015 – Full Stack Developer, Beta, Boston
            May 2020 Developed and maintained web applications.

            June 2012 – Software Developer, Gamma
            June 2015 Developed features in React.

            Jan 2010 – Tester, Delta
            Tested the 2011 release.

            2008 – Analyst, Epsilon
            2009 – 2010 Teaching assistant
            """)
        // Jun 2020-Nov 2026, Jul 2015-May 2020 and Jun 2012-Jun 2015: 78 + 59 + 37 months. The
        // Delta dash has no date after it on the next line, and the Epsilon line is followed by
        // a range of its own (2009-2010, 24 months, not wrapped into Epsilon's), a teaching
        // assistantship that counts at half: 12 months.
        #expect(profile.experienceYears == 15.5)
    }

    @Test(arguments: [
        "Intern", "Internship", "Trainee", "Co-op", "Apprentice", "Apprenticeship", "Werkstudent",
    ])
    func countsInternshipsAtHalf(word: String) throws {
        let profile = try Shipped.profile(
            """
            Jane Doe

            EXPERIENCE
            Data Science \(word), Acme
            Jan 2020 - Dec 2021
            - Built models in Python
            Data Scientist, Beta
            Jan 2022 - Dec 2023
            - Built models in Python
            """)
        #expect(profile.experienceYears == 3)
    }

    @Test func volunteerWorkCountsAtHalf() throws {
        let profile = try Shipped.profile(
            """
            Jane Doe

            VOLUNTEER EXPERIENCE
            Tutor, Library
            Jan 2020 - Dec 2023
            - Taught Python to teenagers
            """)
        #expect(profile.experienceYears == 2)
    }

    @Test func noDatesMeansNoYears() throws {
        #expect(
            try Shipped.profile("Jane Doe\n\nEXPERIENCE\nAnalyst at Acme\n").experienceYears == 0)
    }

    @Test func everyDateNamePassesTheQuickChecks() {
        for name in DateRangeParser.names {
            #expect(name.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
            #expect(DateRangeParser.nameLengths.contains(name.utf8.count), "\(name)")
        }
        for word in DateRangeParser.presentWords {
            #expect(DateRangeParser.isPresent(word), "\(word)")
            #expect(DateRangeParser.mayBePresent(word.utf8.first ?? 0), "\(word)")
        }
        for word in ["not", "data", "todays", "presently", "currency", "going"] {
            #expect(!DateRangeParser.isPresent(word), "\(word)")
        }
    }

    @Test func monthCountEqualsTheSetOfMonths() {
        func range(_ start: Int, _ end: Int) -> DateRange {
            DateRange(
                start: MonthStamp(year: 2000, month: 1 + start),
                end: MonthStamp(year: 2000, month: 1 + end))
        }
        let cases: [[DateRange]] = [
            [], [range(0, 11)], [range(5, 2)], [range(0, 11), range(6, 20)],
            [range(30, 40), range(0, 5), range(3, 4), range(5, 6)],
            [range(10, 10), range(12, 12), range(11, 11), range(0, 30)],
        ]
        for ranges in cases {
            // The reference: every covered month in a set.
            var months = Set<Int>()
            for range in ranges where range.months > 0 {
                months.formUnion(range.start.index...range.end.index)
            }
            #expect(CareerHistory.coveredMonths(of: ranges) == months.count)
        }
    }
}
