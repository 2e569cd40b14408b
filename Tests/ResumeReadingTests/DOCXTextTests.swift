import Foundation
import Testing
import ZIPFoundation

@testable import ResumeReading

@Suite struct DOCXTextTests {
    /// A DOCX holding only `word/document.xml` with these bytes.
    static func docx(_ xml: Data) throws -> URL {
        let file = try Paths.temporaryFolder().appendingPathComponent("resume.docx")
        let archive = try Archive(url: file, accessMode: .create)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count),
            compressionMethod: .deflate,
            provider: { position, size in xml.subdata(in: Int(position)..<Int(position) + size) })
        return file
    }

    /// A document whose body is `body`, with Word's namespace.
    static func document(_ body: String) -> Data {
        Data(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>\(body)</w:body></w:document>").utf8)
    }

    static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    private func failure(_ url: URL) -> ResumeReadingError? {
        do {
            _ = try ResumeReader().document(at: url)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsHeadingsParagraphsAndEntities() throws {
        let xml = Self.document(
            Self.paragraph("Skills", style: "Heading1")
                + Self.paragraph("Python &amp; SQL, R &lt;tidyverse&gt;")
                + Self.paragraph("Experience", style: "Heading1")
                + Self.paragraph("Data Analyst, Acme, 2020 - 2023"))
        let document = try ResumeReader().document(at: try Self.docx(xml))
        #expect(
            document.lines == [
                "Skills", "Python & SQL, R <tidyverse>", "Experience",
                "Data Analyst, Acme, 2020 - 2023",
            ])
        #expect(document.sections.map(\.kind).contains(.skills))
    }

    /// Foundation's XML parser trapped (SIGILL) on these, which killed a whole batch.
    @Test(arguments: [
        Array("<w:p><w:".utf8) + [0xF4] + Array("></w:p>".utf8),
        Array("<w:p><w:r w:".utf8) + [0xF4, 0x80] + Array("=\"1\"/></w:p>".utf8),
    ])
    func invalidUTF8InANameIsACorruptDOCX(body: [UInt8]) throws {
        var xml = Self.document("")
        let end = try #require(xml.range(of: Data("</w:body>".utf8)))
        xml.replaceSubrange(end.lowerBound..<end.lowerBound, with: body)
        let file = try Self.docx(xml)
        guard case .corruptDOCX(_, let reason) = failure(file) else {
            Issue.record("invalid UTF-8 in a name must be a corrupt DOCX")
            return
        }
        #expect(reason.contains("not well-formed XML at line 1"))
    }

    @Test func anElementWithTwoHundredThousandAttributesIsRefused() throws {
        let attributes = (0..<200_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let file = try Self.docx(Self.document("<w:p \(attributes)><w:r><w:t>x</w:t></w:r></w:p>"))
        #expect(
            failure(file)
                == .corruptDOCX(
                    path: file.path,
                    reason: "an element of word/document.xml has more than 256 attributes"))
    }

    @Test(arguments: [
        // Billion laughs, cut short: the expansion is refused, not merely bounded.
        "<!DOCTYPE w:document [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
        "<!DOCTYPE w:document [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE w:document SYSTEM \"http://example.com/evil.dtd\">",
    ])
    func aDocumentTypeDeclarationIsRefused(doctype: String) throws {
        let xml = Data(
            ("<?xml version=\"1.0\"?>" + doctype
                + "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>&b;&e;</w:t></w:r></w:p>"
                + "</w:body></w:document>").utf8)
        let file = try Self.docx(xml)
        #expect(
            failure(file)
                == .corruptDOCX(
                    path: file.path,
                    reason: "word/document.xml declares a document type, which Word never writes"))
    }

    /// A 47 MB `document.xml` was reported as malformed; it is too large.
    @Test func aPartOverTheLimitIsTooLargeNotMalformed() throws {
        let paragraph = Self.paragraph("Python and SQL")
        let count = DOCXText.partLimit / paragraph.utf8.count + 1
        let file = try Self.docx(
            Self.document(String(repeating: paragraph, count: count)))
        let error = try #require(failure(file))
        #expect(
            error
                == .docxPartTooLarge(
                    path: file.path, part: "word/document.xml", limit: DOCXText.partLimit))
        #expect(error.description.contains("word/document.xml takes the unpacked text over 16 MB"))
    }

    /// The limit holds over all parts: many headers under it each add up past it.
    @Test func theLimitCountsEveryPartRead() throws {
        let header = Data(
            ("<w:hdr xmlns:w=\"w\">" + String(repeating: Self.paragraph("Jane Doe"), count: 60_000)
                + "</w:hdr>").utf8)
        let file = try Self.docx(Self.document(Self.paragraph("Python")))
        let archive = try Archive(url: file, accessMode: .update)
        let count = DOCXText.partLimit / header.count + 1
        for index in 1...count {
            try archive.addEntry(
                with: "word/header\(index).xml", type: .file,
                uncompressedSize: Int64(header.count), compressionMethod: .deflate,
                provider: { position, size in
                    header.subdata(in: Int(position)..<Int(position) + size)
                })
        }
        guard case .docxPartTooLarge(_, let part, _) = failure(file) else {
            Issue.record("the headers together are over the limit")
            return
        }
        #expect(part.hasPrefix("word/header"))
    }

    @Test(arguments: [
        ("<a b=\"1\" c='2'/>", 2, false),
        ("<a b=\"1\" c='2'/>", 1, true),
        ("<a b=\"x=y=z\"/>", 1, false),
        ("<!-- <a b=1 c=2> --><a b=\"1\"/>", 1, false),
        ("<![CDATA[<a b=1 c=2>]]><?pi a=1 b=2?><a/>", 1, false),
        ("<a b=\"1\"><c d=\"1\" e=\"2\"/></a>", 1, true),
    ])
    func countsAttributesPerElement(xml: String, limit: Int, over: Bool) {
        let bytes = Array(xml.utf8)
        let found = bytes.withUnsafeBytes {
            XMLEvents.hasElement(in: $0, withMoreAttributesThan: limit)
        }
        #expect(found == over)
    }
}
