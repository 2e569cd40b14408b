import CPoppler
import Foundation

/// Reads the glyphs of every page of a PDF with poppler-glib.
///
/// This is the only file that touches the C library: every poppler object is released in a
/// `defer` right after it is made, and every C string is copied into a Swift `String` at once.
struct PDFTextExtractor {
    /// One page: its glyphs in poppler's order, or its plain text when poppler gave no positions.
    struct Page {
        var glyphs: [Glyph]
        var plainText: String?
    }

    /// The pages of a PDF, and what the C libraries printed while they were read.
    struct Extraction {
        var pages: [Page]
        /// Distinct lines the libraries wrote to standard error (libjpeg's "Corrupt JPEG data:
        /// ..."), in order, at most ``maximumMessages``.
        var messages: [String]
    }

    /// PDFs with more pages than this are refused before any page is read.
    var maximumPages: Int
    /// Reading stops, with an error, once the pages' text passes this many bytes of UTF-8.
    var maximumTextBytes: Int

    static let maximumMessages = 5

    /// Held while standard error is swapped, which is the whole process's: one PDF at a time.
    private static let standardErrorLock = NSLock()

    /// Fonts whose glyphs are icons (envelopes, phones, logos) that poppler prints as stray letters.
    private static let iconFontMarkers = [
        "fontawesome", "simpleicons", "marvosym", "academicons", "materialicons", "material-icons",
        "materialsymbols", "wingding", "dingbat", "icomoon", "glyphicons", "ionicons", "octicons",
        "bootstrap-icons", "feather", "fa-solid", "fa-regular", "fa-brands", "typicons",
    ]

    /// The pages of the PDF at `url`; errors name the file as `path`, the way the user gave it.
    func pages(ofFileAt url: URL, path: String) throws(ResumeReadingError) -> Extraction {
        let (pages, messages) = try Self.capturingStandardError {
            () throws(ResumeReadingError) -> [Page] in
            try read(url, path: path)
        }
        return Extraction(pages: pages, messages: messages)
    }

    private func read(_ url: URL, path: String) throws(ResumeReadingError) -> [Page] {
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(url.standardizedFileURL.path, nil, &error) else {
            let reason = Self.message(of: error)
            throw .corruptPDF(path: path, reason: reason)
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, nil, &error) else {
            let code = error?.pointee.code ?? -1
            let domain = error?.pointee.domain ?? 0
            let reason = Self.message(of: error)
            if domain == poppler_error_quark(), code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw .encryptedPDF(path: path)
            }
            throw .corruptPDF(path: path, reason: reason)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let count = poppler_document_get_n_pages(document)
        guard count > 0 else { throw .corruptPDF(path: path, reason: "no pages") }
        if count > maximumPages {
            throw .tooManyPages(path: path, pages: Int(count), limit: maximumPages)
        }
        var pages: [Page] = []
        pages.reserveCapacity(Int(count))
        var textBytes = 0
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, index) else {
                pages.append(Page(glyphs: [], plainText: nil))
                continue
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            let read = Self.read(page)
            textBytes +=
                read.plainText?.utf8.count
                ?? read.glyphs.reduce(0) { $0 + UTF8.width($1.scalar) }
            if textBytes > maximumTextBytes {
                throw .tooMuchText(path: path, limit: maximumTextBytes)
            }
            pages.append(read)
        }
        return pages
    }

    /// Runs `body` with the process's standard error sent to a temporary file, and returns the
    /// distinct lines written there.
    ///
    /// libjpeg prints its warnings about damaged images ("Corrupt JPEG data: premature end of data
    /// segment") straight to standard error: poppler 22 leaves libjpeg's own message printer in
    /// place, so neither poppler's error callback nor GLib's log handlers see them, and they would
    /// come before the command's own one-line error. The descriptor itself is swapped instead.
    private static func capturingStandardError<Value>(
        _ body: () throws(ResumeReadingError) -> Value
    ) throws(ResumeReadingError) -> (Value, [String]) {
        standardErrorLock.lock()
        defer { standardErrorLock.unlock() }
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        // Without a temporary file the messages are dropped; without a spare descriptor they pass.
        let sink = tmpfile()
        let target = sink.map(fileno) ?? open("/dev/null", O_WRONLY | O_CLOEXEC)
        guard saved >= 0, target >= 0, dup2(target, STDERR_FILENO) >= 0 else {
            if saved >= 0 { close(saved) }
            if let sink { fclose(sink) } else if target >= 0 { close(target) }
            return (try body(), [])
        }
        let result: Result<Value, ResumeReadingError>
        do throws(ResumeReadingError) {
            result = .success(try body())
        } catch {
            result = .failure(error)
        }
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        var messages: [String] = []
        if let sink {
            messages = Self.lines(writtenTo: target)
            fclose(sink)
        } else {
            close(target)
        }
        return (try result.get(), messages)
    }

    /// The distinct non-empty lines at the start of the file open as `descriptor`.
    private static func lines(writtenTo descriptor: Int32) -> [String] {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 8_192)
        let count = buffer.withUnsafeMutableBytes {
            Foundation.read(descriptor, $0.baseAddress, $0.count)
        }
        guard count > 0 else { return [] }
        var lines: [String] = []
        for line in String(decoding: buffer[0..<count], as: UTF8.self).split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty, !lines.contains(text) { lines.append(text) }
            if lines.count == maximumMessages { break }
        }
        return lines
    }

    private static func read(_ page: OpaquePointer) -> Page {
        guard let cText = poppler_page_get_text(page) else {
            return Page(glyphs: [], plainText: nil)
        }
        let text = String(cString: cText)
        g_free(cText)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        let hasLayout = poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0
        defer { g_free(rectangles) }

        let scalars = Array(text.unicodeScalars)
        guard hasLayout, let rectangles, Int(rectangleCount) == scalars.count else {
            return Page(glyphs: [], plainText: text)
        }
        // In order of their starts, walked once beside the glyphs: a page with thousands of icon
        // runs is not read in the product of the two.
        let dropped = iconRanges(of: page).sorted { $0.lowerBound < $1.lowerBound }
        var nextDropped = 0
        var droppedTo = -1
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            while nextDropped < dropped.count, dropped[nextDropped].lowerBound <= offset {
                droppedTo = max(droppedTo, dropped[nextDropped].upperBound)
                nextDropped += 1
            }
            if offset <= droppedTo { continue }
            let rect = rectangles[offset]
            let box = Box(
                x0: min(rect.x1, rect.x2), y0: min(rect.y1, rect.y2),
                x1: max(rect.x1, rect.x2), y1: max(rect.y1, rect.y2))
            glyphs.append(Glyph(scalar: scalar, box: box))
        }
        return Page(glyphs: glyphs, plainText: nil)
    }

    /// The character ranges drawn in icon fonts.
    private static func iconRanges(of page: OpaquePointer) -> [ClosedRange<Int>] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var ranges: [ClosedRange<Int>] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                if let cName = attributes.font_name {
                    let name = String(cString: cName).lowercased()
                    let start = Int(attributes.start_index)
                    let end = Int(attributes.end_index)
                    if end >= start, iconFontMarkers.contains(where: name.contains) {
                        ranges.append(start...end)
                    }
                }
            }
            node = current.pointee.next
        }
        return ranges
    }

    private static func message(of error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "unknown error" }
        defer { g_error_free(error) }
        guard let cMessage = error.pointee.message else { return "unknown error" }
        return String(cString: cMessage).lowercased().trimmingCharacters(in: .punctuationCharacters)
    }
}
