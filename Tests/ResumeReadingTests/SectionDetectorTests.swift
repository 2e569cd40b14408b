import Foundation
import Testing

@testable import ResumeReading

@Suite struct SectionDetectorTests {
    @Test func whitespaceIsFoundationsWhitespaceSet() {
        for scalar: Unicode.Scalar in [" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{200B}"] {
            #expect(SectionDetector.isWhitespace(scalar))
        }
        for scalar: Unicode.Scalar in ["a", "\n", "\u{200D}", "-", ":"] {
            #expect(!SectionDetector.isWhitespace(scalar))
        }
        // The check replaced swift-corelibs-foundation's set, scalar for scalar.
        #if os(Linux)
            for value in UInt32(0)...0x3_FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(
                    SectionDetector.isWhitespace(scalar)
                        == CharacterSet.whitespaces.contains(scalar),
                    "U+\(String(value, radix: 16))")
            }
        #endif
    }

    @Test func byteSearchFindsBytesInPlace() {
        #expect(ByteSearch.contains(9, in: "a\tb"))
        #expect(!ByteSearch.contains(9, in: "café – ok"))
        let text = "Résumé: skills"
        #expect(ByteSearch.index(of: UInt8(ascii: ":"), in: text) == text.firstIndex(of: ":"))
        #expect(ByteSearch.isASCII("plain text, 12345678"))
        #expect(!ByteSearch.isASCII("twelve bytes é"))
        #expect(!ByteSearch.isASCII("é"))
        #expect(ByteSearch.isASCII(""))
    }

    private func kinds(_ lines: [String]) -> [SectionKind] {
        SectionDetector().sections(of: lines.map { SourceLine(text: $0) }).map(\.kind)
    }

    @Test(arguments: [
        ("TECHNICAL SKILLS", SectionKind.skills), ("Core Competencies", .skills),
        ("Professional Experience", .experience), ("WORK HISTORY", .experience),
        ("Employment:", .experience), ("Academic Background", .education),
        ("Certifications & Licenses", .certifications), ("Selected Publications", .publications),
        ("Honors and Awards", .awards), ("Hobbies", .interests), ("Personal Projects", .projects),
        ("Professional Summary", .summary), ("EXPERIENCE & INTERNSHIPS", .experience),
    ])
    func recognisesHeadingVariants(heading: String, kind: SectionKind) {
        #expect(
            kinds(["Jane Doe", "jane@example.com", heading, "something under it"]).last == kind)
    }

    @Test func splitsContactFromSummaryBeforeTheFirstHeading() {
        let lines = [
            "Jane Doe", "jane@example.com | 555-0100",
            "Data scientist with eight years of experience in experimentation and forecasting.",
            "SKILLS", "Python, R",
        ]
        let sections = SectionDetector().sections(of: lines.map { SourceLine(text: $0) })
        #expect(sections.map(\.kind) == [.contact, .summary, .skills])
        #expect(sections.map(\.lines) == [0...1, 2...2, 3...4])
    }

    @Test func inlineLabelStartsASectionAndKeepsItsContent() {
        #expect(
            kinds(["Jane Doe", "Skills: Python, SQL", "Education: B.S. Mathematics"]) == [
                .contact, .skills, .education,
            ])
    }

    @Test func languageLabelsInsideSkillsAreNotSections() {
        #expect(
            kinds(["Jane Doe", "SKILLS", "Languages: Python, R, Go", "Tools: Docker"]) == [
                .contact, .skills,
            ])
    }

    @Test func humanLanguagesAreTheirOwnSection() {
        #expect(
            kinds(["Jane Doe", "Languages: English, Spanish (fluent)"]) == [.contact, .languages])
        #expect(kinds(["Jane Doe", "Languages: Python, SQL"]) == [.contact, .skills])
    }

    @Test func aRoleTitleIsNotAHeading() {
        #expect(
            kinds([
                "Jane Doe", "VOLUNTEER EXPERIENCE", "YMCA, Pomona", "Volunteer",
                "- Coached swimmers",
            ]) == [
                .contact, .experience,
            ])
    }

    @Test func sentencesAndCompanyNamesAreNotHeadings() {
        #expect(
            kinds(["Jane Doe", "SKILLS", "I have strong skills in Python.", "ACME CORP"]) == [
                .contact, .skills,
            ])
    }
}
