import ArgumentParser
import Foundation

/// Writes a finished report to standard output or, atomically, to a file.
enum ReportOutput {
    /// Why a report could not be written: the `errno` of the call that failed.
    struct WriteError: Error {
        var code: Int32
    }

    static func write(_ report: String, to path: String?) throws {
        guard let path else {
            writeToStandardOutput(report)
            return
        }
        let url = URL(fileURLWithPath: path)
        removeStaleTemporaries(in: url.deletingLastPathComponent().path)
        do {
            try writeAtomically(report, to: url)
        } catch {
            Terminal.fail("\(path): cannot write the report: \(problem(error))")
            throw ExitCode(1)
        }
    }

    /// Writes all of `text` to standard output with `write(2)`, so a closed pipe (`| head`) is
    /// a short write, not a trap.
    static func writeToStandardOutput(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes {
                Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count)
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// A temporary file in the same folder, then a rename: a reader never sees half a report,
    /// and an existing report is replaced only by a complete one.
    static func writeAtomically(_ report: String, to url: URL) throws(WriteError) {
        let unique = "\(getpid()).\(UUID().uuidString.prefix(8))"
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(unique).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(code: errno) }
        var failure: Int32?
        var bytes = Array(report.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes {
                Foundation.write(descriptor, $0.baseAddress, $0.count)
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                failure = written < 0 ? errno : ENOSPC
                break
            }
            bytes = bytes.dropFirst(written)
        }
        // A full disk can show only at close, on some file systems.
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, url.path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteError(code: failure)
        }
    }

    /// What went wrong writing a report, in words a user can act on.
    static func problem(_ error: Error) -> String {
        guard let error = error as? WriteError else { return "\(error)" }
        return problem(errno: error.code)
    }

    static func problem(errno code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "no space left on the device; free some space and run again"
        case EROFS: return "the file system is read-only; write the report somewhere else"
        case EACCES, EPERM: return "permission denied; check the folder is writable"
        case ENOENT, ENOTDIR: return "the folder does not exist; create it or fix the path"
        case EISDIR: return "a folder has that name; give a file name"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// Removes temporary reports (`.NAME.PID.XXXXXXXX.tmp`) that `writeAtomically` left in
    /// `folder`: those of processes that no longer run (a run that was killed), or, with
    /// `process`, those of that process (a run that is being stopped).
    static func removeStaleTemporaries(in folder: String, of process: pid_t? = nil) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return
        }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            guard parts.count >= 4, parts[parts.count - 2].count == 8,
                let owner = pid_t(parts[parts.count - 3])
            else { continue }
            let gone = kill(owner, 0) != 0 && errno == ESRCH
            if owner == process || (process == nil && gone && owner != getpid()) {
                unlink(URL(fileURLWithPath: folder).appendingPathComponent(name).path)
            }
        }
    }
}
