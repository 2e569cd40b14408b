import Foundation
import Testing

@Suite struct InputLimitCommandTests {
    @Test func eachLimitIsOneLineNamingItsOption() throws {
        let folder = try Command.temporaryFolder()
        let text = folder.appendingPathComponent("long.txt")
        try Data(String(repeating: "Python, SQL, Docker\n", count: 100).utf8).write(to: text)
        let json = folder.appendingPathComponent("resume.json")
        try Data(#"{"basics": {"name": "Jane"}, "work": [{"name": "A"}, {"name": "B"}]}"#.utf8)
            .write(to: json)
        let cases: [([String], String)] = [
            (["read", Command.sample("ml-engineer.pdf"), "--max-pages", "1"], "--max-pages"),
            (["read", text.path, "--max-text", "0.001"], "--max-text"),
            (["analyse", json.path, "--max-entries", "1"], "--max-entries"),
        ]
        for (arguments, option) in cases {
            let result = try Command.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.contains(option), "\(result.stderr)")
        }
        #expect(try Command.run(["read", text.path, "--max-text", "0.01"]).status == 0)
    }

    @Test func readRedactsPersonalDetails() throws {
        let file = try Command.temporaryFolder().appendingPathComponent("resume.txt")
        try Data("Jane Doe\njane.doe@example.com | +1 415 555 0100\nSKILLS\nPython, SQL\n".utf8)
            .write(to: file)
        let plain = try Command.run(["read", file.path])
        #expect(plain.stdout.contains("jane.doe@example.com"))
        let redacted = try Command.run(["read", file.path, "--redact"])
        #expect(redacted.status == 0)
        #expect(!redacted.stdout.contains("jane.doe@example.com"))
        #expect(!redacted.stdout.contains("555"))
        #expect(redacted.stdout.contains("[redacted]"))
        #expect(redacted.stdout.contains("Python, SQL"))
    }
}
