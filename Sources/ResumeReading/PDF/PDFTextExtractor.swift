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

    /// Fonts whose glyphs are icons (envelopes, phones, logos) that poppler prints as stray letters.
    private static let iconFontMarkers = [
        "fontawesome", "simpleicons", "marvosym", "academicons", "materialicons", "material-icons",
        "materialsymbols", "wingding", "dingbat", "icomoon", "glyphicons", "ionicons", "octicons",
        "bootstrap-icons", "feather", "fa-solid", "fa-regular", "fa-brands", "typicons",
    ]

    /// The pages of the PDF at `url`; errors name the file as `path`, the way the user gave it.
    func pages(ofFileAt url: URL, path: String) throws(ResumeReadingError) -> [Page] {
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
        var pages: [Page] = []
        pages.reserveCapacity(Int(count))
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, index) else {
                pages.append(Page(glyphs: [], plainText: nil))
                continue
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            pages.append(Self.read(page))
        }
        return pages
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
        let dropped = iconRanges(of: page)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            if dropped.contains(where: { $0.contains(offset) }) { continue }
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
