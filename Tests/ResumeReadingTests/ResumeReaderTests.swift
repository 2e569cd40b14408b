import Foundation
import Testing
import ZIPFoundation

@testable import ResumeReading

@Suite struct ResumeReaderTests {
    private let reader = ResumeReader()

    @Test(arguments: [
        ("ml-engineer.txt", ResumeFormat.text), ("data-scientist.txt", .text),
        ("data-analyst.txt", .text), ("data-engineer.txt", .text), ("career-changer.txt", .text),
        ("student.txt", .text), ("ml-engineer.pdf", .pdf), ("ml-engineer-two-column.pdf", .pdf),
        ("data-scientist.pdf", .pdf), ("student.pdf", .pdf), ("data-scientist.docx", .docx),
        ("data-analyst.md", .markdown), ("student.html", .html),
        ("jsonresume/ml-engineer.resume.json", .jsonResume),
    ])
    func readsEverySampleWithItsSections(name: String, format: ResumeFormat) throws {
        let document = try reader.document(at: Paths.sample(name))
        #expect(document.format == format)
        let kinds = Set(document.sections.map(\.kind))
        #expect(kinds.isSuperset(of: [.skills, .experience, .education]), "\(name): \(kinds)")
        #expect(document.sections.first?.lines.lowerBound == 0)
        #expect(document.sections.last?.lines.upperBound == document.lines.count - 1)
    }

    @Test func twoColumnPDFKeepsTheSidebarApartFromTheMainColumn() throws {
        let document = try reader.document(at: Paths.sample("ml-engineer-two-column.pdf"))
        let skills = try #require(document.sections.first { $0.kind == .skills })
        let skillLines = skills.lines.map { document.lines[$0] }
        #expect(skillLines.contains("Languages: Python, SQL, C++, Bash"))
        // No line of the sidebar carries words of the summary beside it.
        #expect(!document.lines.contains { $0.contains("Bash") && $0.contains("experience") })
        let summary = try #require(document.sections.first { $0.kind == .summary })
        #expect(
            document.lines[summary.lines].joined(separator: " ").contains("notebook to production"))
    }

    @Test func singleColumnPDFLinesAreWhole() throws {
        let document = try reader.document(at: Paths.sample("ml-engineer.pdf"))
        #expect(document.pageCount >= 1)
        #expect(document.lines.contains { $0.hasPrefix("TECHNICAL SKILLS") })
    }

    @Test func letterSpacedHeadingInTextIsRepaired() throws {
        let document = try reader.document(at: Paths.sample("data-engineer.txt"))
        #expect(document.lines.contains("EXPERIENCE"))
        #expect(document.sections.contains { $0.kind == .experience && $0.heading == "EXPERIENCE" })
    }

    @Test func hyphenatedSkillAtLineEndIsJoined() throws {
        let document = try reader.document(at: Paths.sample("data-scientist.txt"))
        #expect(
            document.lines.contains { $0.contains("scikit-learn") || $0.contains("Scikit-learn") })
        #expect(!document.lines.contains { $0.hasSuffix("scikit-") })
    }

    @Test func docxReadsTablesRowByRow() throws {
        let document = try reader.document(at: Paths.sample("data-scientist.docx"))
        #expect(document.lines.contains { $0.hasPrefix("Languages | R (tidyverse") })
        #expect(document.lines.first == "Dana Placeholder, PhD")
    }

    @Test func htmlDropsScriptsAndStylesAndDecodesEntities() throws {
        let document = try reader.document(at: Paths.sample("student.html"))
        let text = document.lines.joined(separator: "\n")
        #expect(!text.contains("function"))
        #expect(!text.contains("{"))
        #expect(!text.contains("&amp;"))
        #expect(text.contains("&"))
    }

    @Test func jsonResumeKeepsStructuredDates() throws {
        let document = try reader.document(at: Paths.sample("jsonresume/ml-engineer.resume.json"))
        let first = try #require(document.entries.first)
        #expect(first.start == "2023-02-01")
        #expect(first.end == nil)
        #expect(document.lines[first.firstLine].contains(first.organisation))
        #expect(document.section(containing: first.firstLine)?.kind == .experience)
    }

    @Test func aPDFNamedTxtIsReadAsAPDF() throws {
        let folder = try Paths.temporaryFolder()
        let copy = folder.appendingPathComponent("resume.txt")
        try FileManager.default.copyItem(at: Paths.sample("student.pdf"), to: copy)
        #expect(try reader.document(at: copy).format == .pdf)
    }

    @Test func windows1252TextIsReadWithAWarning() throws {
        let folder = try Paths.temporaryFolder()
        let file = folder.appendingPathComponent("cp1252.txt")
        try Data([0x52, 0x65, 0x6E, 0xE9, 0x65, 0x0A, 0x53, 0x4B, 0x49, 0x4C, 0x4C, 0x53, 0x0A])
            .write(to: file)
        let document = try reader.document(at: file)
        #expect(document.lines.first == "Renée")
        #expect(document.warnings.contains { $0.contains("Windows-1252") })
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let folder = try Paths.temporaryFolder()
        let file = folder.appendingPathComponent("utf16.txt")
        var data = Data([0xFF, 0xFE])
        data.append(try #require("Jane Doe\nSKILLS\nPython\n".data(using: .utf16LittleEndian)))
        try data.write(to: file)
        #expect(try reader.document(at: file).lines == ["Jane Doe", "SKILLS", "Python"])
    }
}

@Suite struct BadInputTests {
    private let reader = ResumeReader()

    private func error(reading url: URL, reader: ResumeReader = ResumeReader())
        -> ResumeReadingError?
    {
        do {
            _ = try reader.document(at: url)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/resume.pdf")
        #expect(error(reading: url) == .fileNotFound(path: url.path))
    }

    @Test func directoryGivenAsAFile() throws {
        let folder = try Paths.temporaryFolder()
        #expect(error(reading: folder) == .isDirectory(path: folder.path))
    }

    @Test func emptyFile() throws {
        let file = try Paths.temporaryFolder().appendingPathComponent("empty.txt")
        try Data().write(to: file)
        #expect(error(reading: file) == .empty(path: file.path))
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let file = try Paths.temporaryFolder().appendingPathComponent("locked.txt")
        try Data("SKILLS".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        #expect(error(reading: file) == .unreadable(path: file.path))
    }

    @Test func imageIsUnsupportedAndNamed() throws {
        let file = try Paths.temporaryFolder().appendingPathComponent("photo.pdf")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: file)
        let failure = try #require(error(reading: file))
        #expect(failure == .unsupportedType(path: file.path, detected: "a PNG image"))
        #expect(failure.description.contains("PDF, DOCX"))
    }

    @Test func truncatedPDF() {
        guard case .corruptPDF = error(reading: Paths.fixture("truncated.pdf")) else {
            Issue.record("a truncated PDF must be reported as corrupt")
            return
        }
    }

    @Test func passwordProtectedPDF() {
        let url = Paths.fixture("encrypted.pdf")
        #expect(error(reading: url) == .encryptedPDF(path: url.path))
    }

    @Test func scannedPDFWithNoTextLayer() {
        let url = Paths.fixture("scanned.pdf")
        let failure = error(reading: url)
        #expect(failure == .noTextLayer(path: url.path))
        #expect(failure?.description.contains("OCR is not supported") == true)
    }

    @Test func zipThatIsNotADocx() throws {
        let file = try Paths.temporaryFolder().appendingPathComponent("resume.docx")
        let archive = try Archive(url: file, accessMode: .create)
        let body = Data("hello".utf8)
        try archive.addEntry(
            with: "notes.txt", type: .file, uncompressedSize: Int64(body.count),
            provider: { position, size in body.subdata(in: Int(position)..<Int(position) + size) })
        #expect(error(reading: file) == .notDOCX(path: file.path))
    }

    @Test func invalidJSON() throws {
        let file = try Paths.temporaryFolder().appendingPathComponent("resume.json")
        try Data("{\n  \"basics\": {\n    \"name\": \"Jane\",\n  }\n".utf8).write(to: file)
        guard case .invalidJSON(let path, _) = error(reading: file) else {
            Issue.record("invalid JSON must be reported")
            return
        }
        #expect(path == file.path)
    }

    @Test func binaryGarbage() throws {
        let file = try Paths.temporaryFolder().appendingPathComponent("resume.txt")
        let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        try Data(bytes).write(to: file)
        #expect(error(reading: file) == .binaryContent(path: file.path))
    }

    @Test func fileOverTheSizeLimit() throws {
        let file = try Paths.temporaryFolder().appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 2_000).write(to: file)
        let failure = error(reading: file, reader: ResumeReader(maximumBytes: 1_000))
        #expect(failure == .tooLarge(path: file.path, bytes: 2_000, limit: 1_000))
    }
}

/// Only regular files are read: a FIFO blocked `analyse` and `batch` forever.
@Suite struct SpecialFileTests {
    private func failure(_ path: String) -> ResumeReadingError? {
        do {
            _ = try ResumeReader().document(at: URL(fileURLWithPath: path))
            return nil
        } catch {
            return error
        }
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let fifo = try Paths.temporaryFolder().appendingPathComponent("resume.txt").path
        try #require(mkfifo(fifo, 0o644) == 0)
        #expect(failure(fifo) == .notAFile(path: fifo, kind: "a named pipe (FIFO)"))
    }

    @Test func aDeviceIsRefused() {
        #expect(failure("/dev/zero") == .notAFile(path: "/dev/zero", kind: "a device"))
    }
}
