import Foundation

/// Diagnostics on standard error.
enum Terminal {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("skillgap: warning: \(message)\n".utf8))
    }

    /// Colour only on a terminal, with NO_COLOR unset and TERM not "dumb".
    static var colourOnStandardOutput: Bool {
        let environment = ProcessInfo.processInfo.environment
        guard isatty(STDOUT_FILENO) == 1, environment["NO_COLOR"] == nil else { return false }
        return environment["TERM"] != "dumb"
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("skillgap: error: \(message)\n".utf8))
    }
}
