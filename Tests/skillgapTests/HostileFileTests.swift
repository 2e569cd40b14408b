import Foundation
import Testing
import ZIPFoundation

@testable import skillgap

/// Issue #18: every file is one row, nothing crashes, nothing grows without bound.
@Suite struct HostileFileTests {
    /// A folder with a good resume and the named extra files.
    static func folder(with extra: [String: Data] = [:]) throws -> URL {
        let folder = try Command.temporaryFolder()
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: Command.sample("student.txt")),
            to: folder.appendingPathComponent("good.txt"))
        for (name, data) in extra { try data.write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    /// The rows of a JSONL batch by file name.
    static func rows(_ result: Command.Result) throws -> [String: [String: Any]] {
        var rows: [String: [String: Any]] = [:]
        for row in try BatchCommandTests.rows(result.stdout) {
            rows[row["file"] as? String ?? ""] = row
        }
        return rows
    }

    /// A DOCX whose document.xml holds an element name with a byte that is not UTF-8: it trapped
    /// Foundation's XML parser and ended the whole batch.
    static func docxWithAnInvalidName() throws -> Data {
        let body =
            Array("<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body><w:".utf8) + [0xF4]
            + Array("/></w:body></w:document>".utf8)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(body.count),
            provider: { position, size in
                Data(body[Int(position)..<Int(position) + size])
            })
        return try #require(archive.data)
    }

    @Test func aMalformedDOCXIsOneErrorRowAndTheBatchGoesOn() throws {
        let folder = try Self.folder(with: ["broken.docx": try Self.docxWithAnInvalidName()])
        let result = try Command.run(["batch", folder.path, "--format", "jsonl"])
        #expect(result.status == 1)
        let rows = try Self.rows(result)
        #expect(rows["good.txt"]?["status"] as? String == "ok")
        #expect(
            (rows["broken.docx"]?["error"] as? String)?.hasPrefix("broken.docx: corrupt DOCX (")
                == true)
    }

    @Test func analyseOfAMalformedDOCXIsAOneLineError() throws {
        let folder = try Self.folder(with: ["broken.docx": try Self.docxWithAnInvalidName()])
        let result = try Command.run([
            "analyse", folder.appendingPathComponent("broken.docx").path, "--format", "json",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("corrupt DOCX"))
    }

    /// Text files were read in the batch process itself, so a crash there ended the batch.
    @Test func aTextFileThatCrashesItsReaderIsOneRow() throws {
        let folder = try Self.folder(with: ["crash.txt": Data("Jane Doe\nPython\n".utf8)])
        let result = try Command.run(
            ["batch", folder.path, "--format", "jsonl"],
            environment: ["SKILLGAP_TEST_CRASH_ON": "crash.txt"])
        let rows = try Self.rows(result)
        #expect((rows["crash.txt"]?["error"] as? String)?.contains("crashed") == true)
        #expect(rows["good.txt"]?["status"] as? String == "ok")
        #expect(result.status == 1)
    }

    @Test func aTextFileThatHangsIsStoppedAtTheTimeout() throws {
        let folder = try Self.folder(with: ["hang.md": Data("# Jane Doe\n".utf8)])
        let result = try Command.run(
            ["batch", folder.path, "--format", "jsonl", "--timeout", "1"],
            environment: ["SKILLGAP_TEST_HANG_ON": "hang.md"])
        let rows = try Self.rows(result)
        #expect((rows["hang.md"]?["error"] as? String)?.contains("longer than 1 s") == true)
        #expect(rows["good.txt"]?["status"] as? String == "ok")
    }

    /// A batch started with one file that hangs its worker, and the batch's process.
    static func hangingBatch(_ extra: [String] = []) throws -> (Process, Pipe, URL) {
        let folder = try Self.folder(with: ["hang.txt": Data("Jane Doe\n".utf8)])
        let process = Process()
        process.executableURL = Command.binary
        process.arguments = ["batch", folder.path, "--format", "jsonl", "--jobs", "2"] + extra
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLGAP_TEST_HANG_ON"] = "hang.txt"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output, folder)
    }

    /// The first line the process writes, read as it comes.
    static func firstLine(of pipe: Pipe) -> String {
        var line = Data()
        while true {
            let byte = pipe.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data([0x0A]) { break }
            line += byte
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// The process ids whose parent is `parent`, from /proc.
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return nil }
            // After the command's closing parenthesis: state, then the parent's id.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == parent ? pid : nil
        }
    }

    /// True once the process has exited (gone, or a zombie nobody has reaped yet).
    static func hasEnded(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
    }

    /// Waits for a condition that the system makes true soon, without timing anything.
    static func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    @Test func jsonlRowsArePrintedAsFilesFinish() throws {
        let (process, output, _) = try Self.hangingBatch()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        // The good file's row arrives while the other file still hangs its worker.
        let first = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.firstLine(of: output).utf8))
                as? [String: Any])
        #expect(first["file"] as? String == "good.txt")
        #expect(process.isRunning)
    }

    @Test(arguments: [SIGKILL, SIGINT, SIGTERM])
    func workersEndWithTheBatch(signal: Int32) throws {
        let (process, output, _) = try Self.hangingBatch()
        _ = Self.firstLine(of: output)
        var workers: [pid_t] = []
        #expect(
            Self.eventually {
                workers = Self.children(of: process.processIdentifier)
                return !workers.isEmpty
            })
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        for worker in workers { #expect(Self.eventually { Self.hasEnded(worker) }) }
        if signal != SIGKILL { #expect(process.terminationStatus == 128 + signal) }
    }

    @Test func aTemporaryReportOfAKilledRunIsRemovedByTheNextRun() throws {
        let folder = try Self.folder()
        let out = try Command.temporaryFolder()
        // No process has the largest id; this test's own temporary file must stay.
        let stale = [
            ".ranking.csv.2147483646.ABCDEF12.tmp", ".good.txt.json.2147483646.0123ABCD.tmp",
        ]
        let live = ".ranking.csv.\(getpid()).ABCDEF12.tmp"
        for name in stale + [live] {
            try Data("partial".utf8).write(to: out.appendingPathComponent(name))
        }
        let result = try Command.run([
            "batch", folder.path, "--format", "csv", "-o",
            out.appendingPathComponent("ranking.csv").path,
            "--out-dir", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == [live, "good.txt.json", "ranking.csv"])
    }

    @Test func aFIFOIsAnErrorNotAHang() throws {
        let folder = try Self.folder()
        let fifo = folder.appendingPathComponent("resume.txt")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let analysed = try Command.run(["analyse", fifo.path])
        #expect(analysed.status == 1)
        #expect(
            analysed.stderr
                == "skillgap: error: \(fifo.path): a named pipe (FIFO), not a regular file; give the resume file itself\n"
        )
        let batch = try Self.rows(try Command.run(["batch", folder.path, "--format", "jsonl"]))
        #expect((batch["resume.txt"]?["error"] as? String)?.contains("named pipe") == true)
        #expect(batch["good.txt"]?["status"] as? String == "ok")
    }

    @Test func linksOutOfTheFolderAreSkippedUnlessFollowed() throws {
        let outside = try Self.folder()
        let folder = try Self.folder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("passwd.txt").path,
            withDestinationPath: outside.appendingPathComponent("good.txt").path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("inner.txt").path,
            withDestinationPath: "good.txt")
        let rows = try Self.rows(try Command.run(["batch", folder.path, "--format", "jsonl"]))
        #expect(rows["passwd.txt"]?["status"] as? String == "skipped")
        #expect(
            (rows["passwd.txt"]?["error"] as? String)?.contains("outside the folder") == true)
        #expect(rows["inner.txt"]?["status"] as? String == "ok")
        let followed = try Self.rows(
            try Command.run(["batch", folder.path, "--format", "jsonl", "--follow-links"]))
        #expect(followed["passwd.txt"]?["status"] as? String == "ok")
        let table = try Command.run(["batch", folder.path]).stdout
        #expect(table.contains("== Skipped (1) =="))
        #expect(table.contains("  passwd.txt: a link to a file outside the folder"))
    }

    /// Foundation's listing replaced the byte, and the file was then "not found".
    @Test func aNameThatIsNotUTF8IsRead() throws {
        let folder = try Self.folder()
        // A Latin-1 é: the byte E9 alone is not UTF-8.
        let path = RawPath(folder.path).appending(Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
        let resume = try Data(contentsOf: folder.appendingPathComponent("good.txt"))
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        try #require(descriptor >= 0)
        #expect(resume.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } > 0)
        close(descriptor)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("good.txt"))

        let rows = try Self.rows(try Command.run(["batch", folder.path, "--format", "jsonl"]))
        #expect(rows["caf\u{FFFD}.txt"]?["status"] as? String == "ok")
        // The shell passes the name's bytes as they are.
        let analysed = try Command.run(
            [
                "-c", "exec \"$0\" analyse \"$1/$(printf 'caf\\351.txt')\" --format json",
                Command.binary.path, folder.path,
            ], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(analysed.status == 0, "\(analysed.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(analysed.stdout.utf8))) != nil)
    }

    /// Runs mount(8) or umount(8); true when it worked.
    @discardableResult
    static func mount(_ arguments: [String]) -> Bool {
        let tool = URL(fileURLWithPath: "/bin/\(arguments[0])")
        return (try? Command.run(Array(arguments.dropFirst()), executable: tool))?.status == 0
    }

    /// True where a test may mount a tmpfs (root with the right to mount), as on the development
    /// machine; elsewhere the tests below that need one are not run, and the errno mapping is
    /// tested on its own.
    static let canMount: Bool = {
        guard geteuid() == 0, let folder = try? Command.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard mount(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]) else {
            return false
        }
        return mount(["umount", folder.path])
    }()

    /// A 64 KB tmpfs, mounted for the duration of `body`.
    static func withSmallDisk(_ body: (URL) throws -> Void) throws {
        let disk = try Command.temporaryFolder()
        try #require(mount(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.path]))
        defer { mount(["umount", disk.path]) }
        try body(disk)
    }

    @Test(.enabled(if: canMount)) func aFullDiskSaysNoSpaceLeft() throws {
        let folder = try Self.folder()
        try Self.withSmallDisk { disk in
            // Fill the disk to its last byte.
            let filler = open(disk.appendingPathComponent("filler").path, O_WRONLY | O_CREAT, 0o644)
            try #require(filler >= 0)
            var byte: UInt8 = 0
            while write(filler, &byte, 1) == 1 {}
            close(filler)
            let result = try Command.run([
                "batch", folder.path, "--format", "json", "-o",
                disk.appendingPathComponent("ranking.json").path,
            ])
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "skillgap: error: \(disk.path)/ranking.json: cannot write the report: "
                    + "no space left on the device; free some space and run again\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["filler"])
        }
    }

    @Test(.enabled(if: canMount)) func aReadOnlyOutDirIsSaidOnceBeforeAnyFileIsRead() throws {
        let folder = try Self.folder()
        try Self.withSmallDisk { disk in
            try FileManager.default.createDirectory(
                at: disk.appendingPathComponent("reports"), withIntermediateDirectories: true)
            try #require(Self.mount(["mount", "-o", "remount,ro", disk.path]))
            let out = disk.appendingPathComponent("reports").path
            let result = try Command.run([
                "batch", folder.path, "--format", "jsonl", "--out-dir", out,
            ])
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(
                result.stderr
                    == "skillgap: error: \(out): cannot write reports into the output folder: "
                    + "the file system is read-only; write the report somewhere else\n")
        }
    }

    @Test(arguments: [
        (ENOSPC, "no space left on the device"), (EROFS, "the file system is read-only"),
        (EACCES, "permission denied"), (ENOENT, "the folder does not exist"),
    ])
    func writeErrorsSayWhatHappened(code: Int32, words: String) {
        #expect(ReportOutput.problem(errno: code).hasPrefix(words))
    }
}
