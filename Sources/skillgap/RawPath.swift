import Foundation
import ResumeReading

/// A path as the file system holds it: bytes, which need not be UTF-8. A `String` cannot hold
/// a name such as `caf\xE9.txt` (Latin-1), and Foundation's listings replace the byte, after
/// which the file is "not found"; this keeps the bytes and shows the name with U+FFFD.
struct RawPath: Sendable, Hashable, Codable {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }
    init(_ string: String) { bytes = Array(string.utf8) }

    /// The path for messages and reports, with U+FFFD for each byte that is not UTF-8.
    var shown: String { String(decoding: bytes, as: UTF8.self) }

    /// This path and `name` below it.
    func appending(_ name: [UInt8]) -> RawPath {
        RawPath(bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress ?? UnsafePointer("")) }
        }
    }

    /// The path with every link resolved; nil when it leads nowhere (a broken link).
    var resolved: RawPath? {
        guard let real = withCString({ realpath($0, nil) }) else { return nil }
        defer { free(real) }
        return RawPath(Array(UnsafeRawBufferPointer(start: real, count: strlen(real))))
    }

    /// Why a resume could not be read, as its one-line message.
    struct Failure: Error {
        var message: String
    }

    /// Reads the resume at this path. A path that is not UTF-8 is opened by its bytes and read
    /// through `/proc/self/fd/N`, a name every reader can take; messages show the real name.
    func document(with reader: ResumeReader) throws(Failure) -> ResumeDocument {
        if let valid = String(validating: bytes, as: UTF8.self) {
            do {
                return try reader.document(at: URL(fileURLWithPath: valid))
            } catch {
                throw Failure(message: error.description)
            }
        }
        let descriptor = withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else {
            let error: ResumeReadingError =
                errno == ENOENT || errno == ENOTDIR
                ? .fileNotFound(path: shown) : .unreadable(path: shown)
            throw Failure(message: error.description)
        }
        defer { close(descriptor) }
        let alias = "/proc/self/fd/\(descriptor)"
        do {
            var document = try reader.document(at: URL(fileURLWithPath: alias))
            document.sourcePath = shown
            return document
        } catch {
            throw Failure(message: error.description.replacingOccurrences(of: alias, with: shown))
        }
    }

    /// The bytes of the command-line argument that Swift decoded as `argument`: when the
    /// argument was not UTF-8, `CommandLine.arguments` holds it with U+FFFD.
    static func argument(_ argument: String) -> RawPath {
        guard argument.contains("\u{FFFD}") else { return RawPath(argument) }
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
            if String(decoding: bytes, as: UTF8.self) == argument { return RawPath(bytes) }
        }
        return RawPath(argument)
    }

    init(from decoder: any Decoder) throws {
        bytes = Array(try decoder.singleValueContainer().decode(Data.self))
    }

    /// Base64 in JSON, so that any bytes pass the workers' line protocol. (Through a container:
    /// `Data.encode(to:)` itself would write an array of numbers.)
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Data(bytes))
    }
}
