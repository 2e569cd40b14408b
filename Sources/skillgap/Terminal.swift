import Foundation

/// Diagnostics on standard error.
enum Terminal {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("skillgap: warning: \(message)\n".utf8))
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("skillgap: error: \(message)\n".utf8))
    }
}
