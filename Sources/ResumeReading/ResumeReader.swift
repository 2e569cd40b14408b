import Foundation

/// Reads a resume file of any supported format into a ``ResumeDocument``.
public struct ResumeReader: Sendable {
    /// Files larger than this many bytes are refused.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 50_000_000) {
        self.maximumBytes = maximumBytes
    }

    /// Reads the file at `url`; the format comes from its content.
    public func document(at url: URL) throws(ResumeReadingError) -> ResumeDocument {
        let path = url.relativePath
        let data = try load(path)
        switch FormatSniffer.kind(of: data.prefix(1024)) {
        case .pdf:
            return try pdfDocument(path: path)
        case .zip:
            let lines = try DOCXText.lines(ofFileAt: url, path: path)
            return try assemble(lines, path: path, format: .docx, pages: 1)
        case .unsupported(let name):
            throw .unsupportedType(path: path, detected: name)
        case .textual:
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

    /// The bytes of the file at `path`, read with one `open`, one `fstat` and its reads: for a
    /// resume of a few kilobytes, separate existence, type, permission and size checks cost more
    /// than reading it.
    private func load(_ path: String) throws(ResumeReadingError) -> Data {
        // Non-blocking, so that opening a FIFO returns at once and it is refused below.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG: throw .fileNotFound(path: path)
            case EISDIR: throw .isDirectory(path: path)
            default: throw .unreadable(path: path)
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path) }
        if status.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path: path) }
        if let kind = Self.specialKind(status.st_mode) { throw .notAFile(path: path, kind: kind) }
        let size = Int(status.st_size)
        if size > maximumBytes { throw .tooLarge(path: path, bytes: size, limit: maximumBytes) }
        // A file is read to its size, or to its end when it reports none (as /proc files do), and
        // never more than one byte past the limit. Stopping at the size saves the read that would
        // return nothing, and system calls are a good part of reading a small file.
        var bytes = [UInt8](repeating: 0, count: max(size + 1, 4096))
        var count = 0
        while true {
            if count == bytes.count {
                bytes += [UInt8](repeating: 0, count: bytes.count)
            }
            let room = min(bytes.count - count, maximumBytes + 1 - count)
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress.map { $0 + count }, room)
            }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { throw .unreadable(path: path) }
            if read == 0 { break }
            count += read
            if count > maximumBytes {
                throw .tooLarge(path: path, bytes: count, limit: maximumBytes)
            }
            if size > 0, count >= size { break }
        }
        if count == 0 { throw .empty(path: path) }
        return Data(bytes[0..<count])
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

    private func pdfDocument(path: String) throws(ResumeReadingError) -> ResumeDocument {
        let pages = try PDFTextExtractor().pages(ofFileAt: URL(fileURLWithPath: path), path: path)
        var lines: [SourceLine] = []
        var warnings: [String] = []
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
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(text.utf8))
            } catch {
                throw .invalidJSON(path: path, reason: Self.jsonProblem(error, in: text))
            }
            guard JSONResumeText.isResume(object), let root = object as? [String: Any] else {
                throw .unsupportedType(path: path, detected: "JSON that is not a JSON Resume")
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
