import SkillExtraction
import SkillLexicon
import Testing

/// Years in a role family count for the skills the resume names, and its core skills are
/// implied when it never names them.
@Suite struct CareerCreditTests {
    static let dataScientist = """
        Jane Doe

        SKILLS
        Python, SQL, pandas

        EXPERIENCE
        Data Scientist | Acme Health | Jan 2020 - Present
        • Built churn models for the retention team.
        """

    @Test func aListedSkillGetsTheYearsOfARoleThatUsesIt() throws {
        let profile = try Shipped.profile(Self.dataScientist)
        let python = try #require(profile.skill("python"))
        // January 2020 to November 2026: 6.9 years as a data scientist, a role that uses Python.
        #expect(python.careerYears == 6.9)
        #expect(python.careerBasis == "6.9 years as Data Scientist")
        #expect(python.proficiency == .expert)
        #expect(python.yearsUsed == 0)
    }

    @Test func statedYearsStillWin() throws {
        let profile = try Shipped.profile(
            Self.dataScientist.replacingOccurrences(
                of: "Python, SQL", with: "Python (2 years), SQL"))
        let python = try #require(profile.skill("python"))
        // Two stated years of a listed skill: awareness, as the stated years say.
        #expect(python.careerBasis == nil)
        #expect(python.statedYears == 2)
        #expect(python.proficiency == .awareness)
    }

    @Test func aRoleOutsideTheProfiledFamiliesCreditsNothing() throws {
        let profile = try Shipped.profile(
            Self.dataScientist.replacingOccurrences(of: "Data Scientist", with: "Store Manager"))
        #expect(profile.skill("python")?.careerBasis == nil)
        #expect(profile.skill("python")?.proficiency == .awareness)
    }

    @Test func coreSkillsOfAFamilyHeldAYearAreUnstatedWhenNeverNamed() throws {
        let profile = try Shipped.profile(Self.dataScientist)
        let unstated = profile.skills.filter { $0.unstated != nil }
        #expect(!unstated.isEmpty)
        for found in unstated {
            #expect(found.implied)
            #expect(found.proficiency == .working)
            #expect(found.evidence.isEmpty)
            #expect(found.unstated == "6.9 years as Data Scientist")
        }
        // Named skills are never unstated.
        #expect(!unstated.contains { ["python", "sql", "pandas"].contains($0.skill.id) })
    }

    @Test func lessThanAYearImpliesNothing() throws {
        let profile = try Shipped.profile(
            Self.dataScientist.replacingOccurrences(of: "Jan 2020", with: "Jun 2026"))
        #expect(profile.skills.allSatisfy { $0.unstated == nil })
    }

    @Test func theHeadlineUnderTheNameNamesTheRole() throws {
        let profile = try Shipped.profile(
            "Jane Doe\nAspiring Data Scientist | Python • SQL\njane@example.com\n\nSKILLS\nPython\n"
        )
        #expect(profile.headline?.family == "data-scientist")
        let none = try Shipped.profile("Jane Doe\njane@example.com\n\nSKILLS\nPython\n")
        #expect(none.headline == nil)
        let address = try Shipped.profile(
            "Jane Doe\ndata.engineer.jane@example.com | 555-0100\n\nSKILLS\nPython\n")
        #expect(address.headline == nil)
        let later = try Shipped.profile(
            "Jane Doe\n\nSKILLS\nPython\n\nSUMMARY\nData scientist with six years of churn models.\n"
        )
        #expect(later.headline?.family == "data-scientist")
    }
}
