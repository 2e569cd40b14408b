import Foundation

/// Files of the repository, found from this source file so tests run from any directory.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func sample(_ name: String) -> URL {
        repository.appendingPathComponent("Samples").appendingPathComponent(name)
    }
    static func fixture(_ name: String) -> URL {
        repository.appendingPathComponent("Tests/ResumeReadingTests/Fixtures")
            .appendingPathComponent(name)
    }

    /// A fresh temporary folder for files a test writes.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("skillgap-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
