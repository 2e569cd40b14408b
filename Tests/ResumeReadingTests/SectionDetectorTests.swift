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

    /// The scalars ``HeadingShape/simpleScalarCount(_:)`` accepts never join a neighbour into
    /// one character, so counting them counts characters; others make it give up.
    @Test func simpleScalarsAreCharactersOfTheirOwn() {
        var accepted: [Unicode.Scalar] = []
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value),
                HeadingShape.simpleScalarCount(String(scalar)) != nil
            else { continue }
            accepted.append(scalar)
            for text in ["a\(scalar)b", " \(scalar) ", "\(scalar)\(scalar)", "é\(scalar)"] {
                #expect(
                    HeadingShape.simpleScalarCount(text) == text.count,
                    "U+\(String(value, radix: 16))")
            }
        }
        // Neighbouring accepted scalars, a fixed sample of pairs.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let first = accepted[Int(state >> 33) % accepted.count]
            let second = accepted[Int(state >> 13 & 0xFFFFF) % accepted.count]
            let text = "\(first)\(second)"
            #expect(HeadingShape.simpleScalarCount(text) == text.count)
        }
        for text in ["Cafe\u{301}", "\u{1100}\u{1161}", "a\u{200D}b", "\u{1F1FA}\u{1F1F8}", "日本"] {
            #expect(HeadingShape.simpleScalarCount(text) == nil)
        }
    }

    @Test func connectorsAreReadFromBytesInAnyCase() {
        let letterConnectors = HeadingVocabulary.connectors.filter { $0.first?.isLetter == true }
        for connector in letterConnectors {
            for form in [connector, connector.uppercased(), connector.capitalized] {
                #expect(Array(form.utf8).withUnsafeBufferPointer(HeadingShape.isConnector))
            }
        }
        for word in ["an", "on", "to", "fir", "andy", "ofx", "thee", "a"] {
            #expect(!Array(word.utf8).withUnsafeBufferPointer(HeadingShape.isConnector), "\(word)")
        }
    }

    @Test(arguments: [
        ("jane.doe@example.com", true), ("Priya Samplewood", true), ("github.com/jane", true),
        ("Seattle, WA | 555-0142", true), ("+1 555 014 2222 333", true),
        ("Built models and pipelines for the team in Python and SQL daily.", false),
        ("Led the team.", false), ("One two three four five six seven eight nine", false),
    ])
    func contactLinesAreToldApartAlikeInASCIIAndNot(line: String, contact: Bool) {
        #expect(SectionDetector.looksLikeContact(line) == contact)
        // The same line with a non-ASCII letter in front takes the other path, to the same answer.
        #expect(SectionDetector.looksLikeContact("é" + line) == contact)
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
