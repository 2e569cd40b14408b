import Foundation

/// Reads a resume file of any supported format into a ``ResumeDocument``.
///
/// Every limit is far beyond a real resume and keeps a hostile file's time and memory bounded:
/// a file is refused by its size and its first bytes before it is read in full, a PDF by its
/// page count before any page is read, and any file by the length of its text once extracted.
public struct ResumeReader: Sendable {
    /// Files larger than this many bytes are refused.
    public var maximumBytes: Int
    /// PDFs with more pages than this are refused.
    public var maximumPages: Int
    /// Documents whose extracted text is longer than this many bytes of UTF-8 are refused.
    public var maximumTextBytes: Int
    /// JSON Resumes with more entries than this (jobs, schools, skills, projects, ... together)
    /// are refused.
    public var maximumEntries: Int
    /// Whether what the PDF library prints about damaged parts of a file (libjpeg's "Corrupt JPEG
    /// data" about a broken image) becomes warnings; it is silenced either way.
    public var keepsLibraryMessages: Bool

    public init(
        maximumBytes: Int = 50_000_000, maximumPages: Int = 50, maximumTextBytes: Int = 2_000_000,
        maximumEntries: Int = 1_000, keepsLibraryMessages: Bool = false
    ) {
        self.maximumBytes = maximumBytes
        self.maximumPages = maximumPages
        self.maximumTextBytes = maximumTextBytes
        self.maximumEntries = maximumEntries
        self.keepsLibraryMessages = keepsLibraryMessages
    }

    /// Reads the file at `url`; the format comes from its content.
    public func document(at url: URL) throws(ResumeReadingError) -> ResumeDocument {
        let path = url.relativePath
        let file = try open(path)
        defer { close(file.descriptor) }
        switch FormatSniffer.kind(of: file.head) {
        case .pdf:
            return try pdfDocument(path: path)
        case .zip:
            let lines = try DOCXText.lines(ofFileAt: url, path: path)
            return try assemble(lines, path: path, format: .docx, pages: 1)
        case .unsupported(let name):
            throw .unsupportedType(path: path, detected: name)
        case .textual:
            // Binary bytes at the start refuse the file before the rest of it is read.
            if TextDecoding.startsBinary(file.head) { throw .binaryContent(path: path) }
            let data = try readRest(of: file, path: path)
            return try textDocument(data, path: path, extension: Self.fileExtension(of: path))
        }
    }

    /// The lowercased extension of the file named by `path` ("txt"; "" for ".bashrc" or "notes"),
    /// as `URL.pathExtension` gives it, without parsing a URL.
    static func fileExtension(of path: String) -> String {
        let name = path[(path.lastIndex(of: "/").map(path.index(after:)) ?? path.startIndex)...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// True when the file starts like a PDF (batch readers send PDFs to worker processes).
    public static func looksLikePDF(at url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        return FormatSniffer.kind(of: head) == .pdf
    }

    /// What a file that is neither a regular file nor a folder is: reading a FIFO or a device
    /// could block forever or never end.
    static func specialKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "a special file"
        }
    }

    /// An open file, its status and its first bytes.
    private struct OpenFile {
        var descriptor: Int32
        var size: Int
        var isRegular: Bool
        /// Up to the first 1,024 bytes, which tell the file's type.
        var head: Data
    }

    /// Opens the file at `path` and reads its first bytes, with one `open`, one `fstat` and its
    /// reads: for a resume of a few kilobytes, separate existence, type, permission and size
    /// checks cost more than reading it. The caller closes the descriptor.
    private func open(_ path: String) throws(ResumeReadingError) -> OpenFile {
        // Non-blocking, so that opening a FIFO returns at once and it is refused below.
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG: throw .fileNotFound(path: path)
            case EISDIR: throw .isDirectory(path: path)
            default: throw .unreadable(path: path)
            }
        }
        do throws(ResumeReadingError) {
            var status = stat()
            guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path) }
            if status.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path: path) }
            if let kind = Self.specialKind(status.st_mode) {
                throw .notAFile(path: path, kind: kind)
            }
            let size = Int(status.st_size)
            if size > maximumBytes {
                throw .tooLarge(path: path, bytes: size, limit: maximumBytes)
            }
            var file = OpenFile(
                descriptor: descriptor, size: size, isRegular: status.st_mode & S_IFMT == S_IFREG,
                head: Data())
            file.head = try read(from: file, upTo: 1024, after: Data(), path: path)
            if file.head.isEmpty { throw .empty(path: path) }
            return file
        } catch {
            close(descriptor)
            throw error
        }
    }

    /// The whole file: its head and the rest, never more than one byte past the size limit.
    private func readRest(of file: OpenFile, path: String) throws(ResumeReadingError) -> Data {
        if file.isRegular, file.head.count >= file.size { return file.head }
        return try read(from: file, upTo: maximumBytes + 1, after: file.head, path: path)
    }

    /// `start` followed by the file's next bytes, to its end or to `limit` bytes in all. A regular
    /// file is read to its size; anything else (a device, a pipe) to its end, and never more than
    /// one byte past the size limit.
    private func read(from file: OpenFile, upTo limit: Int, after start: Data, path: String)
        throws(ResumeReadingError) -> Data
    {
        // Stopping at the size saves the read that would return nothing, and system calls are a
        // good part of reading a small file.
        var bytes = [UInt8](repeating: 0, count: min(limit, max(file.size + 1, 4096)))
        bytes.replaceSubrange(0..<start.count, with: start)
        var count = start.count
        while count < limit {
            if count == bytes.count {
                bytes += [UInt8](repeating: 0, count: min(bytes.count, limit - bytes.count))
            }
            let room = bytes.count - count
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(file.descriptor, buffer.baseAddress.map { $0 + count }, room)
            }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { throw .unreadable(path: path) }
            if read == 0 { break }
            count += read
            if count > maximumBytes {
                throw .tooLarge(path: path, bytes: count, limit: maximumBytes)
            }
            if file.isRegular, file.size > 0, count >= file.size { break }
        }
        return Data(bytes[0..<count])
    }

    private func pdfDocument(path: String) throws(ResumeReadingError) -> ResumeDocument {
        let extractor = PDFTextExtractor(
            maximumPages: maximumPages, maximumTextBytes: maximumTextBytes)
        let extraction = try extractor.pages(ofFileAt: URL(fileURLWithPath: path), path: path)
        let pages = extraction.pages
        var lines: [SourceLine] = []
        var warnings: [String] = []
        if keepsLibraryMessages {
            warnings += extraction.messages.map { "the PDF library said: \($0)" }
        }
        for (number, page) in pages.enumerated() {
            var blocks: [[String]]
            if let plain = page.plainText {
                blocks = [TextDecoding.lines(of: plain).map(TextRepair.normalise)]
                warnings.append(
                    "page \(number + 1): no glyph positions; columns may be interleaved")
            } else {
                blocks = PageLayout.blocks(of: page.glyphs)
            }
            blocks = blocks.filter { !$0.isEmpty }
            if blocks.isEmpty, pages.count > 1 {
                warnings.append("page \(number + 1) has no text (an image or a scan?)")
            }
            for block in blocks {
                if let last = lines.last, !last.text.isEmpty { lines.append(SourceLine(text: "")) }
                lines += block.map { SourceLine(text: $0) }
            }
        }
        let characters = lines.reduce(0) { $0 + $1.text.filter { !$0.isWhitespace }.count }
        if characters < 20 { throw .noTextLayer(path: path) }
        var document = try assemble(
            lines, path: path, format: .pdf, pages: pages.count, repair: false)
        document.warnings = warnings + document.warnings
        return document
    }

    private func textDocument(_ data: Data, path: String, extension ext: String)
        throws(ResumeReadingError) -> ResumeDocument
    {
        guard let decoded = TextDecoding.decode(data) else { throw .binaryContent(path: path) }
        let warnings = decoded.warning.map { [$0] } ?? []
        let text = decoded.text
        let format = FormatSniffer.textFormat(of: text[...], extension: ext)
        switch format {
        case .jsonResume:
            // A JSON Resume is mostly its text: one far past the limit is refused before a tree of
            // objects is built from it.
            if text.utf8.count > maximumTextBytes {
                throw .tooMuchText(path: path, limit: maximumTextBytes)
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(text.utf8))
            } catch {
                throw .invalidJSON(path: path, reason: Self.jsonProblem(error, in: text))
            }
            guard JSONResumeText.isResume(object), let root = object as? [String: Any] else {
                throw .unsupportedType(path: path, detected: "JSON that is not a JSON Resume")
            }
            let entries = JSONResumeText.entryCount(of: root)
            if entries > maximumEntries {
                throw .tooManyEntries(path: path, entries: entries, limit: maximumEntries)
            }
            let result = JSONResumeText.read(root)
            var document = try assemble(
                result.lines, path: path, format: .jsonResume, pages: 1, repair: false)
            document.entries = result.entries
            document.warnings += warnings
            return document
        case .html:
            var document = try assemble(
                HTMLText.lines(of: text), path: path, format: .html, pages: 1)
            document.warnings += warnings
            return document
        case .markdown:
            var document = try assemble(
                MarkdownText.lines(of: text), path: path, format: .markdown, pages: 1)
            document.warnings += warnings
            return document
        default:
            // The text of a plain text file is the file: refused before it is cut into lines.
            if text.utf8.count > maximumTextBytes {
                throw .tooMuchText(path: path, limit: maximumTextBytes)
            }
            let lines = TextDecoding.lines(of: text).map { SourceLine(text: $0) }
            var document = try assemble(lines, path: path, format: .text, pages: 1)
            document.warnings += warnings
            return document
        }
    }

    /// Repairs the lines, finds the sections and builds the document.
    private func assemble(
        _ source: [SourceLine], path: String, format: ResumeFormat, pages: Int, repair: Bool = true
    ) throws(ResumeReadingError) -> ResumeDocument {
        var textBytes = 0
        for line in source {
            textBytes += line.text.utf8.count + 1
            if textBytes > maximumTextBytes + 1 {
                throw .tooMuchText(path: path, limit: maximumTextBytes)
            }
        }
        var lines = source.map { line -> SourceLine in
            var repaired = line
            let raw =
                ByteSearch.contains(9, in: line.text)
                ? line.text.replacingOccurrences(of: "\t", with: "  ") : line.text
            repaired.text = TextRepair.joinLetterSpacing(raw) ?? TextRepair.normalise(raw)
            return repaired
        }
        if repair { lines = Self.joinHyphenation(lines) }
        lines = Self.collapseBlankRuns(lines)
        guard lines.contains(where: { !$0.text.isEmpty }) else {
            if format == .pdf { throw .noTextLayer(path: path) }
            throw .empty(path: path)
        }
        let sections = SectionDetector().sections(of: lines)
        return ResumeDocument(
            sourcePath: path, format: format, pageCount: pages, lines: lines.map(\.text),
            sections: sections)
    }

    private static func joinHyphenation(_ lines: [SourceLine]) -> [SourceLine] {
        var result: [SourceLine] = []
        for line in lines {
            if let last = result.last, !last.isHeading, !line.isHeading,
                let joined = TextRepair.joinedAcrossBreak(last.text, line.text)
            {
                result[result.count - 1].text = joined
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// Where the JSON parser stopped, as a line number when Foundation reports the offset.
    private static func jsonProblem(_ error: Error, in text: String) -> String {
        let info = (error as NSError).userInfo
        if let offset = info["NSJSONSerializationErrorIndex"] as? Int {
            let line = text.utf8.prefix(offset).filter { $0 == 0x0A }.count + 1
            return "syntax error at line \(line)"
        }
        return "not well-formed"
    }

    /// Drops leading and trailing blank lines and keeps at most one blank line in a row.
    private static func collapseBlankRuns(_ lines: [SourceLine]) -> [SourceLine] {
        var result: [SourceLine] = []
        for line in lines {
            if line.text.isEmpty, result.last?.text.isEmpty ?? true { continue }
            result.append(line)
        }
        while result.last?.text.isEmpty == true { result.removeLast() }
        return result
    }
}
