import Foundation
import Testing

/// File names and resume text reach every report as text to show, never as control sequences
/// or markup (#18 item 7).
@Suite struct OutputEscapingTests {
    /// A folder holding the student sample under `name`.
    static func resume(named name: String, extra: String = "") throws -> URL {
        let folder = try Command.temporaryFolder()
        let text = try String(contentsOfFile: Command.sample("student.txt"), encoding: .utf8)
        try Data((text + extra).utf8).write(to: folder.appendingPathComponent(name))
        return folder
    }

    @Test func fileNamesWithControlsKeepTheBatchTableRowsWhole() throws {
        let folder = try Self.resume(named: "a\nb.txt")
        let text = try String(contentsOfFile: Command.sample("student.txt"), encoding: .utf8)
        try Data(text.utf8).write(to: folder.appendingPathComponent("e\u{1B}[31mred.txt"))
        let result = try Command.run(["batch", folder.path, "--as-of", "2026-11"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("   ") }
        #expect(rows.count == 2)
        #expect(rows.contains { $0.contains("  a␊b.txt  ") })
        #expect(rows.contains { $0.contains("  e␛[31mred.txt  ") })
    }

    @Test(arguments: ["markdown", "html"])
    func aFileNameWithHTMLIsTextInTheReport(format: String) throws {
        let folder = try Self.resume(named: "<img src=x>.txt")
        let result = try Command.run([
            "analyse", folder.appendingPathComponent("<img src=x>.txt").path, "--format", format,
            "--as-of", "2026-11",
        ])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("<img"))
        #expect(result.stdout.contains("&lt;img src=x&gt;.txt"))
    }

    /// The skills view quotes every skill's line, so the line with the sequences is shown.
    @Test(arguments: ["text", "markdown", "html"])
    func aResumeLineWithEscapeSequencesReachesNoOutputRaw(format: String) throws {
        let line =
            "Built dashboards in Python \u{1B}[2J\u{1B}[31mand SQL\u{1B}]0;title\u{07} daily\n"
        let folder = try Self.resume(named: "jane.txt", extra: line)
        let result = try Command.run(
            [
                "analyse", folder.appendingPathComponent("jane.txt").path, "--skills", "--format",
                format,
            ])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{07}"))
        #expect(result.stdout.contains("and SQL"))
    }
}
