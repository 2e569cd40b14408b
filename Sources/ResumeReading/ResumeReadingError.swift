import Foundation

/// Why a resume file could not be read.
public enum ResumeReadingError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case isDirectory(path: String)
    /// A FIFO, socket or device: only regular files are read.
    case notAFile(path: String, kind: String)
    case unreadable(path: String)
    case empty(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case tooManyPages(path: String, pages: Int, limit: Int)
    case tooMuchText(path: String, limit: Int)
    case tooManyEntries(path: String, entries: Int, limit: Int)
    case unsupportedType(path: String, detected: String)
    case corruptPDF(path: String, reason: String)
    case encryptedPDF(path: String)
    case noTextLayer(path: String)
    case notDOCX(path: String)
    case corruptDOCX(path: String, reason: String)
    /// Unpacking `part` of the DOCX takes its XML over `limit` bytes.
    case docxPartTooLarge(path: String, part: String, limit: Int)
    case invalidJSON(path: String, reason: String)
    case binaryContent(path: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file; check the path"
        case .isDirectory(let path):
            return "\(path): is a directory; give a resume file (or use batch for a folder)"
        case .notAFile(let path, let kind):
            return "\(path): \(kind), not a regular file; give the resume file itself"
        case .unreadable(let path):
            return "\(path): cannot be read (permission denied); check the file's permissions"
        case .empty(let path):
            return "\(path): the file is empty; export the resume again"
        case .tooLarge(let path, let bytes, let limit):
            return
                "\(path): the file is \(megabytes(bytes)) MB, over the \(megabytes(limit)) MB limit; "
                + "raise it with --max-size if the file is really a resume"
        case .tooManyPages(let path, let pages, let limit):
            return
                "\(path): the PDF has \(pages) pages, over the \(limit)-page limit; "
                + "raise it with --max-pages if the file is really a resume"
        case .tooMuchText(let path, let limit):
            return
                "\(path): more than \(megabytes(limit)) MB of text, the limit; "
                + "raise it with --max-text if the file is really a resume"
        case .tooManyEntries(let path, let entries, let limit):
            return
                "\(path): the JSON Resume lists \(entries) entries, over the \(limit) limit; "
                + "raise it with --max-entries if the file is really a resume"
        case .unsupportedType(let path, let detected):
            return
                "\(path): \(detected) is not a supported type; "
                + "give one of \(ResumeFormat.supportedList)"
        case .corruptPDF(let path, let reason):
            return "\(path): corrupt or truncated PDF (\(reason)); export or download it again"
        case .encryptedPDF(let path):
            return "\(path): the PDF is password-protected; save an unprotected copy and try again"
        case .noTextLayer(let path):
            return
                "\(path): no text layer: a scanned PDF? OCR is not supported; "
                + "export the resume from its source document"
        case .notDOCX(let path):
            return "\(path): a zip archive but not a DOCX document; give the .docx file itself"
        case .corruptDOCX(let path, let reason):
            return "\(path): corrupt DOCX (\(reason)); save the document again from the editor"
        case .docxPartTooLarge(let path, let part, let limit):
            return
                "\(path): \(part) takes the unpacked text over \(megabytes(limit)) MB, far more "
                + "than a resume holds; save the document again from the editor"
        case .invalidJSON(let path, let reason):
            return "\(path): invalid JSON (\(reason)); fix the file or export it again"
        case .binaryContent(let path):
            return
                "\(path): binary data, not text; give a resume in one of "
                + ResumeFormat.supportedList
        }
    }
}

private func megabytes(_ bytes: Int) -> String {
    let value = Double(bytes) / 1_000_000
    return value >= 10 ? String(Int(value.rounded())) : String(format: "%.1f", value)
}
