import ArgumentParser
import Foundation

/// Writes a finished report to standard output or, atomically, to a file.
enum ReportOutput {
    static func write(_ report: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(report.utf8))
            return
        }
        do {
            try writeAtomically(report, to: URL(fileURLWithPath: path))
        } catch {
            Terminal.fail(
                "\(path): cannot write the report; check the folder exists and is writable")
            throw ExitCode(1)
        }
    }

    /// A temporary file in the same folder, then a rename: a reader never sees half a report,
    /// and an existing report is replaced only by a complete one.
    static func writeAtomically(_ report: String, to url: URL) throws {
        let unique = "\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8))"
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(unique).tmp")
        do {
            try Data(report.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
