import ArgumentParser
import Foundation

/// Writes a finished report to standard output or, atomically, to a file.
enum ReportOutput {
    static func write(_ report: String, to path: String?) throws {
        guard let path else {
            print(report, terminator: "")
            return
        }
        let url = URL(fileURLWithPath: path)
        // A temporary file in the same folder, then a rename: readers never see half a report.
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(report.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            Terminal.fail(
                "\(path): cannot write the report; check the folder exists and is writable")
            throw ExitCode(1)
        }
    }
}
