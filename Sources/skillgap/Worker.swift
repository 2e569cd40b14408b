import ArgumentParser
import Foundation
import ResumeReading

/// `skillgap worker`: reads resumes for a batch in a separate process, so a file that crashes or
/// hangs a reader takes only the worker down.
///
/// Protocol: one JSON string (a path's bytes in base64, so any name passes) per line on standard
/// input; one JSON object per line on standard output, `{"document": ...}` or `{"error": "..."}`.
/// The worker ends when its standard input closes, even in the middle of a file: that is its
/// parent going away.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read resumes for a batch (used by skillgap batch itself).", shouldDisplay: false)

    @OptionGroup var input: InputOptions

    struct Reply: Codable {
        var document: ResumeDocument?
        var error: String?
    }

    func run() throws {
        Self.exitWhenTheParentGoes()
        let reader = input.reader
        let encoder = JSONEncoder()
        let environment = ProcessInfo.processInfo.environment
        while let line = readLine(strippingNewline: true) {
            guard let file = try? JSONDecoder().decode(RawPath.self, from: Data(line.utf8)) else {
                continue
            }
            let path = file.shown
            // Test hooks: make the worker die or hang on a chosen file, as a broken PDF would.
            if let marker = environment["SKILLGAP_TEST_CRASH_ON"], path.contains(marker) { abort() }
            if let marker = environment["SKILLGAP_TEST_HANG_ON"], path.contains(marker) {
                Thread.sleep(forTimeInterval: 3600)
            }
            var reply = Reply()
            do {
                reply.document = try file.document(with: reader)
            } catch {
                reply.error = error.message
            }
            var data =
                (try? encoder.encode(reply))
                ?? Data("{\"error\":\"cannot encode the document\"}".utf8)
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        }
    }

    /// Watches standard input from a second thread and exits when its other end closes: the
    /// batch has ended or was killed (even by SIGKILL), so a worker stuck in a file stops too.
    ///
    /// Not `PR_SET_PDEATHSIG`: it fires when the *thread* that started the worker ends, and the
    /// batch starts workers from pooled threads that may end while the worker is still in use.
    private static func exitWhenTheParentGoes() {
        Thread.detachNewThread {
            // Asking for no event still reports a hang-up, and never the pending requests.
            var input = pollfd(fd: STDIN_FILENO, events: 0, revents: 0)
            while true {
                let ready = poll(&input, 1, -1)
                if ready < 0, errno == EINTR { continue }
                if ready < 0 || input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                    _exit(0)
                }
            }
        }
    }
}
