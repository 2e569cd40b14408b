import SkillLexicon
import Testing

@testable import SkillExtraction

@Suite struct EducationParserTests {
    private func first(_ line: String) throws -> EducationRecord? {
        try Shipped.profile("Jane Doe\n\nEDUCATION\n\(line)\n").education.first
    }

    @Test(arguments: [
        (
            "B.S. in Computer Science, State University, 2016", Degree.bachelor,
            Optional("Computer Science")
        ),
        ("BSc Mathematics, Example College, 2014", .bachelor, "Mathematics"),
        ("B.Tech in Electronics, IIT Example, 2015", .bachelor, "Electronics"),
        ("B.E. in Mechanical Engineering, 2012", .bachelor, "Mechanical Engineering"),
        ("Bachelor of Science in Statistics, 2010", .bachelor, "Statistics"),
        ("M.S. in Data Science, 2019", .master, "Data Science"),
        ("MSc Artificial Intelligence, 2020", .master, "Artificial Intelligence"),
        ("M.Tech in Computer Science, 2018", .master, "Computer Science"),
        ("MBA, Example Business School, 2017", .master, nil),
        ("PhD in Statistics, Example University, 2016", .doctorate, "Statistics"),
        ("Ph.D. in Physics, 2011", .doctorate, "Physics"),
        (
            "Associate of Science in Information Technology, 2009", .associate,
            "Information Technology"
        ),
        ("BA, Political Science Aug 2018", .bachelor, "Political Science"),
        ("Associate in Science (Database Administration)", .associate, "Science"),
        ("Bachelor’s of Technology, Computer Science", .bachelor, "Technology"),
    ])
    func readsDegreesAndTheirAbbreviations(line: String, degree: Degree, field: String?) throws {
        let record = try #require(try first(line), "no degree in \(line)")
        #expect(record.degree == degree)
        #expect(record.field == field)
        #expect(record.status == .completed)
    }

    @Test func everyDegreeFormPassesTheQuickChecks() {
        for form in EducationParser.forms {
            #expect(EducationParser.mayStartDegree(form.utf8.first ?? 0), "\(form)")
            #expect(form.utf8.count <= EducationParser.longestForm, "\(form)")
        }
    }

    @Test func aNextDegreesStatusIsNotThisOnes() throws {
        let education = try Shipped.profile(
            "Jane Doe\n\nEDUCATION\nB.S. in Statistics, 2018\nM.Sc. Data Science, expected May 2027\n"
        ).education
        #expect(education.map(\.status) == [.completed, .inProgress])
    }

    @Test func degreeInProgress() throws {
        let record = try #require(try first("B.S. in Computer Science, expected May 2027"))
        #expect(record.status == .inProgress)
    }

    @Test(arguments: [
        "Boston, MA", "MS Excel and MS Office", "We can be reached", "Guest Experience Associate",
        "Worked with 7 associates in retail",
    ])
    func ordinaryWordsAreNotDegrees(line: String) throws {
        #expect(try first(line) == nil)
    }

    @Test func aDegreeLeftUnfinishedIsNotTheHighest() throws {
        let profile = try Shipped.profile(
            "Jane Doe\n\nEDUCATION\nPhD Cognitive Science (ABD)\nMSc Physics, 2012\n")
        #expect(profile.education.first?.status == .incomplete)
        #expect(profile.highestDegree?.degree == .master)
    }

    @Test func aTemplatesPlaceholderDegreeIsNone() throws {
        let profile = try Shipped.profile(
            "Jane Doe\n\nEDUCATION\nPh.D. in Your Discipline\nYour University\n")
        #expect(profile.education.isEmpty)
    }

    @Test func highestDegreeWins() throws {
        let profile = try Shipped.profile(
            "Jane Doe\n\nEDUCATION\nB.S. in Mathematics, 2010\nM.S. in Statistics, 2012\n")
        #expect(profile.highestDegree?.degree == .master)
    }

    @Test func fieldOfADegreeIsNotASkill() throws {
        let found = try Shipped.skills("Jane Doe\n\nEDUCATION\nB.S. in Computer Science, 2016\n")
        #expect(!found.contains("computer-science"))
    }
}
