import ArgumentParser
import Foundation
import ResumeReading

/// `skillgap worker`: reads resumes for a batch in a separate process, so a file that crashes or
/// hangs the PDF library takes only the worker down.
///
/// Protocol: one JSON string (a path) per line on standard input; one JSON object per line on
/// standard output, `{"document": ...}` or `{"error": "..."}`.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read resumes for a batch (used by skillgap batch itself).", shouldDisplay: false)

    @OptionGroup var input: InputOptions

    struct Reply: Codable {
        var document: ResumeDocument?
        var error: String?
    }

    func run() throws {
        let reader = input.reader
        let encoder = JSONEncoder()
        let environment = ProcessInfo.processInfo.environment
        while let line = readLine(strippingNewline: true) {
            guard let path = try? JSONDecoder().decode(String.self, from: Data(line.utf8)) else {
                continue
            }
            // Test hooks: make the worker die or hang on a chosen file, as a broken PDF would.
            if let marker = environment["SKILLGAP_TEST_CRASH_ON"], path.contains(marker) { abort() }
            if let marker = environment["SKILLGAP_TEST_HANG_ON"], path.contains(marker) {
                Thread.sleep(forTimeInterval: 3600)
            }
            var reply = Reply()
            do {
                reply.document = try reader.document(at: URL(fileURLWithPath: path))
            } catch {
                reply.error = error.description
            }
            var data =
                (try? encoder.encode(reply))
                ?? Data("{\"error\":\"cannot encode the document\"}".utf8)
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        }
    }
}
