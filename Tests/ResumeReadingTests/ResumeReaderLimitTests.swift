import Foundation
import Testing

@testable import ResumeReading

/// The limits that bound what a hostile or broken file costs, and the PDF library's own messages.
@Suite struct ResumeReaderLimitTests {
    private func file(_ name: String, _ data: Data) throws -> URL {
        let url = try Paths.temporaryFolder().appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    private func error(reading url: URL, with reader: ResumeReader) -> ResumeReadingError? {
        do {
            _ = try reader.document(at: url)
            return nil
        } catch {
            return error
        }
    }

    private static let resumeLine = "Jane Doe, Data Engineer: Python, SQL and Docker every day"

    @Test func aPDFOverThePageLimitIsRefusedNamingTheOption() throws {
        let url = try file(
            "long.pdf", TestPDF.data(pages: Array(repeating: Self.resumeLine, count: 3)))
        let failure = try #require(error(reading: url, with: ResumeReader(maximumPages: 2)))
        #expect(failure == .tooManyPages(path: url.path, pages: 3, limit: 2))
        #expect(failure.description.contains("--max-pages"))
        let document = try ResumeReader(maximumPages: 3).document(at: url)
        #expect(document.pageCount == 3)
    }

    @Test func aPDFOverTheTextLimitIsRefused() throws {
        let url = try file(
            "dense.pdf", TestPDF.data(pages: Array(repeating: Self.resumeLine, count: 4)))
        let reader = ResumeReader(maximumTextBytes: 2 * Self.resumeLine.utf8.count)
        #expect(
            error(reading: url, with: reader)
                == .tooMuchText(path: url.path, limit: reader.maximumTextBytes))
        #expect(try ResumeReader().document(at: url).lines.count >= 4)
    }

    @Test func aTextFileOverTheTextLimitIsRefusedNamingTheOption() throws {
        let text = String(repeating: "Python, SQL, Docker\n", count: 100)
        let url = try file("long.txt", Data(text.utf8))
        let failure = try #require(error(reading: url, with: ResumeReader(maximumTextBytes: 1_000)))
        #expect(failure == .tooMuchText(path: url.path, limit: 1_000))
        #expect(failure.description.contains("--max-text"))
        #expect(try ResumeReader(maximumTextBytes: 2_000).document(at: url).lines.count == 100)
    }

    @Test func markupIsMeasuredByTheTextItHolds() throws {
        // 3,000 bytes of HTML holding 300 of text: within a 1,000-byte text limit.
        let padding = String(repeating: "<span class=\"x\"></span>", count: 110)
        let html = "<html><body><h1>Skills</h1>\(padding)<p>\(Self.resumeLine)</p></body></html>"
        let url = try file("resume.html", Data(html.utf8))
        #expect(html.utf8.count > 2_000)
        let document = try ResumeReader(maximumTextBytes: 1_000).document(at: url)
        #expect(document.lines.contains(Self.resumeLine))
    }

    @Test func aJSONResumeWithTooManyEntriesIsRefusedNamingTheOption() throws {
        let jobs = (0..<3).map { "{\"name\": \"Company \($0)\", \"position\": \"Engineer\"}" }
        let json = "{\"basics\": {\"name\": \"Jane\"}, \"work\": [\(jobs.joined(separator: ","))]}"
        let url = try file("resume.json", Data(json.utf8))
        let failure = try #require(error(reading: url, with: ResumeReader(maximumEntries: 2)))
        #expect(failure == .tooManyEntries(path: url.path, entries: 3, limit: 2))
        #expect(failure.description.contains("--max-entries"))
        #expect(try ResumeReader(maximumEntries: 3).document(at: url).entries.count == 3)
    }

    @Test func binaryBytesAtTheStartRefuseAFileWithoutReadingTheRest() throws {
        // /dev/zero never ends: read to the size limit, it was refused as too large. It is a
        // device, refused before any byte is read.
        let url = URL(fileURLWithPath: "/dev/zero")
        #expect(
            error(reading: url, with: ResumeReader(maximumBytes: 1_000_000_000))
                == .notAFile(path: url.path, kind: "a device"))
    }

    @Test func theLibraryMessagesAboutABrokenImageAreKeptOnlyWhenAsked() throws {
        let url = try file(
            "image.pdf", TestPDF.data(pages: [Self.resumeLine], after: TestPDF.brokenInlineJPEG))
        let quiet = try ResumeReader().document(at: url)
        #expect(quiet.lines.contains(Self.resumeLine))
        #expect(!quiet.warnings.contains { $0.contains("JPEG") })
        // Captured rather than printed: the message is there to be kept.
        let verbose = try ResumeReader(keepsLibraryMessages: true).document(at: url)
        #expect(
            verbose.warnings.contains {
                $0.hasPrefix("the PDF library said: ") && $0.contains("Corrupt JPEG data")
            })
    }
}

@Suite struct SectionLookupTests {
    @Test func everyLineIsInTheSectionThatHoldsIt() throws {
        // Hundreds of sections, each looked up for every line.
        let block = ["SKILLS", "Python, SQL", "EXPERIENCE", "Data Engineer", "EDUCATION", "B.S."]
        let text = Array(repeating: block.joined(separator: "\n"), count: 200).joined(
            separator: "\n")
        let url = try Paths.temporaryFolder().appendingPathComponent("headings.txt")
        try Data(text.utf8).write(to: url)
        let document = try ResumeReader().document(at: url)
        #expect(document.sections.count >= 600)
        for index in document.lines.indices {
            let expected = document.sections.first { $0.lines.contains(index) }
            #expect(document.section(containing: index) == expected)
        }
        #expect(document.section(containing: document.lines.count) == nil)
    }
}
