import ArgumentParser
import Foundation
import PortfolioScanning
import ReportRendering
import ResumeReading
import RoleMatching
import SkillExtraction
import SkillLexicon

/// `skillgap batch DIR`: scores every resume in a folder, in parallel, past bad files.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score every resume in a folder and rank them, with a cohort summary.",
        discussion: """
            Every file is read in a worker process with a time limit, so a file that crashes or \
            hangs a reader is reported and the batch goes on. JSONL rows are printed as files \
            finish. Exit status: 0 when every resume was scored, 1 when some failed, 64 on a \
            usage error, 130 or 143 when stopped by SIGINT or SIGTERM.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, csv, jsonl, json
    }

    @Argument(help: "The folder of resumes.")
    var folder: String

    @Flag(help: "Look in sub-folders too.")
    var recursive = false

    @Flag(help: "Read files that links lead to outside the folder (by default they are skipped).")
    var followLinks = false

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Option(
        name: .customLong("out-dir"), help: "Write one JSON report per resume into this folder.")
    var outDir: String?

    @Option(help: "Resumes read at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "List only the N best-scored resumes (the summary covers all).")
    var top: Int?

    @Option(help: "Take part K of N of the sorted file list, as K/N (for job arrays).")
    var shard: String?

    @Option(help: "Seconds a file may take to read before it is reported and skipped.")
    var timeout: Double = 30

    @Option(name: [.short, .customLong("output")], help: "Write the ranking to this file.")
    var output: String?

    @OptionGroup var match: MatchOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var portfolio: PortfolioOptions
    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs takes 1 or more") }
        if let top, top < 1 { throw ValidationError("--top takes 1 or more") }
        if timeout <= 0 { throw ValidationError("--timeout takes a number of seconds above 0") }
        _ = try shardPart()
    }

    /// K and N of `--shard K/N`, K from 1.
    func shardPart() throws -> (Int, Int)? {
        guard let shard else { return nil }
        let parts = shard.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else {
            throw ValidationError("--shard takes K/N with 1 <= K <= N, such as 2/8")
        }
        return (parts[0], parts[1])
    }

    func run() throws {
        let lexicon = try lexicons.load()
        let extractor = SkillExtractor(lexicon: lexicon, today: try match.month())
        let matcher = RoleMatcher(lexicon: lexicon)
        let target = try match.target(lexicon: lexicon, extractor: extractor, input: input)
        let (files, skipped) = try listFiles()
        if let outDir { try prepare(outDir) }

        let pool = WorkerPool(size: jobs, timeout: timeout, input: input)
        let reportFolders = [outDir, output.map { (($0 as NSString).deletingLastPathComponent) }]
            .compactMap { $0 }.map { $0.isEmpty ? "." : $0 }
        let interruption = Interruption {
            pool.stopAll()
        } cleanUp: {
            for folder in reportFolders {
                ReportOutput.removeStaleTemporaries(in: folder, of: getpid())
            }
        }
        let skippedRows = skipped.map {
            BatchRow(file: $0.name, status: .skipped, error: $0.skipReason)
        }
        // JSONL to standard output streams, a row as each file finishes; a ranking waits.
        let stream = format == .jsonl && output == nil && top == nil ? RowStream() : nil
        for row in skippedRows { stream?.print(row) }
        let results = BatchResults(count: files.count)
        let progress = Progress(total: files.count)
        let next = Counter()
        let group = DispatchGroup()
        // Two threads per worker: one extracts and matches while the other's file is read.
        for _ in 0..<min(jobs * 2, max(files.count, 1)) {
            DispatchQueue.global().async(group: group) {
                while let index = next.take(below: files.count) {
                    let row = score(
                        files[index], pool: pool, extractor: extractor, matcher: matcher,
                        target: target, lexicon: lexicon)
                    interruption.holdIfStopping()
                    results.set(index, row)
                    stream?.print(row)
                    progress.tick()
                }
            }
        }
        group.wait()
        interruption.holdIfStopping()
        progress.finish()

        let rows = results.all + skippedRows
        let report = BatchReport(rows: rows, top: top)
        let text: String
        switch format {
        case .table: text = report.table()
        case .csv: text = report.csv()
        case .jsonl: text = stream == nil ? report.jsonl() : ""
        case .json: text = report.json()
        }
        try ReportOutput.write(text, to: output)
        if rows.contains(where: { $0.status == .error }) { throw ExitCode(1) }
    }

    /// Reads, extracts, matches and (with --out-dir) writes one resume's report.
    private func score(
        _ file: ListedFile, pool: WorkerPool, extractor: SkillExtractor, matcher: RoleMatcher,
        target: MatchTarget, lexicon: Lexicon
    ) -> BatchRow {
        // Messages name the file as the ranking does, relative to the batch folder.
        func failed(_ message: String) -> BatchRow {
            let relative = message.replacingOccurrences(of: file.path.shown, with: file.name)
            return BatchRow(file: file.name, status: .error, error: relative)
        }
        let document: ResumeDocument
        switch pool.document(at: file.path) {
        case .document(let read): document = read
        case .failure(let message): return failed(message)
        }
        let portfolios = portfolios(for: file, lexicon: lexicon)
        var profile = extractor.profile(
            of: document, demonstrated: PortfolioOptions.evidence(portfolios))
        if match.redact { profile = Redaction.redact(profile) }
        // Every target yields a match: a role, a family's role, or the best of the ranking.
        guard let best = target.matches(for: profile, matcher: matcher, top: 1).first else {
            return failed("\(file.name): no role to match")
        }
        if let outDir {
            let report =
                AnalysisReport(profile: profile, matches: [best], portfolios: portfolios).json()
                + "\n"
            let name = file.name.replacingOccurrences(of: "/", with: "__") + ".json"
            do {
                try ReportOutput.writeAtomically(
                    report, to: URL(fileURLWithPath: outDir).appendingPathComponent(name))
            } catch {
                return failed(
                    "\(outDir)/\(name): cannot write the report: \(ReportOutput.problem(error))")
            }
        }
        let important = best.gaps.filter { $0.kind != .niceToHave }
        return BatchRow(
            file: file.name, status: .ok, role: best.role.id, roleTitle: best.role.title,
            score: best.score,
            levelFit: RoleMatcher.levelFit(profile).rawValue,
            experienceYears: profile.experienceYears, topGaps: important.prefix(3).map(\.name),
            gaps: important.map(\.name))
    }

    /// The resume's own project folders: `<portfolio>/<resume name without extension>/` under
    /// each `--portfolio` folder. A folder that is missing is simply not there.
    private func portfolios(for file: ListedFile, lexicon: Lexicon) -> [Portfolio] {
        guard !portfolio.folders.isEmpty else { return [] }
        let base = ((file.name as NSString).lastPathComponent as NSString).deletingPathExtension
        let scanner = portfolio.scanner(lexicon)
        return portfolio.folders.compactMap { root in
            let folder = URL(fileURLWithPath: root).appendingPathComponent(base)
            return try? scanner.scan(folder, name: "\(root)/\(base)")
        }
    }

    // MARK: Files

    struct ListedFile {
        /// The path relative to the folder, as shown in reports.
        var name: String
        var path: RawPath
        var isLink = false
        /// Why a file is skipped, when it is not for its type.
        var skipReason: String?
    }

    private static let supported: Set<String> = [
        "pdf", "docx", "txt", "text", "md", "markdown", "html", "htm", "json",
    ]

    /// Every file of the folder, sorted by relative path; supported ones in `files`, the rest
    /// remembered as skipped. The shard applies to the supported files.
    /// The supported files of this shard, and the skipped ones (listed by shard 1 only, so a
    /// concatenation of every shard names each skipped file once). The folder is read once.
    private func listFiles() throws -> ([ListedFile], [ListedFile]) {
        let (supported, skipped) = try scan()
        guard let (part, count) = try shardPart() else { return (supported, skipped) }
        let mine = supported.enumerated().filter { $0.offset % count == part - 1 }.map(\.element)
        return (mine, part == 1 ? skipped : [])
    }

    private func scan() throws -> ([ListedFile], [ListedFile]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw ValidationError(
                "\(folder): not a folder; give a folder of resumes (or use analyse for one file)")
        }
        let root = RawPath(folder)
        let files = FolderListing.files(in: root, recursive: recursive)
            .filter { $0.path.split(separator: UInt8(ascii: "/")).last?.first != UInt8(ascii: ".") }
            .map {
                ListedFile(
                    name: String(decoding: $0.path, as: UTF8.self), path: root.appending($0.path),
                    isLink: $0.isLink)
            }
            .sorted {
                $0.name != $1.name
                    ? $0.name < $1.name : $0.path.bytes.lexicographicallyPrecedes($1.path.bytes)
            }
        // Only a link can lead out: the listing never enters a linked folder.
        let inside = root.resolved.map {
            $0.bytes.last == UInt8(ascii: "/") ? $0 : RawPath($0.bytes + [UInt8(ascii: "/")])
        }
        var supported: [ListedFile] = []
        var skipped: [ListedFile] = []
        for var file in files {
            let name = file.name
            let ext = (name as NSString).pathExtension.lowercased()
            if !Self.supported.contains(ext) {
                skipped.append(file)
            } else if file.isLink, !followLinks, let inside, let target = file.path.resolved,
                !target.bytes.starts(with: inside.bytes)
            {
                file.skipReason =
                    "\(name): a link to a file outside the folder; not followed "
                    + "(--follow-links reads it)"
                skipped.append(file)
            } else {
                supported.append(file)
            }
        }
        return (supported, skipped)
    }

    /// Creates the `--out-dir` folder, removes what a killed run left there, and checks that a
    /// report can be written, so a folder that cannot take one is said once, up front.
    private func prepare(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
        } catch {
            Terminal.fail(
                "\(folder): cannot create the output folder; check the path and permissions")
            throw ExitCode(1)
        }
        ReportOutput.removeStaleTemporaries(in: folder)
        do {
            let probe = URL(fileURLWithPath: folder).appendingPathComponent(".skillgap-probe")
            try ReportOutput.writeAtomically("", to: probe)
            unlink(probe.path)
        } catch {
            Terminal.fail(
                "\(folder): cannot write reports into the output folder: "
                    + ReportOutput.problem(error))
            throw ExitCode(1)
        }
    }
}

/// Per-file results, filled in by parallel workers.
final class BatchResults: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [BatchRow?]

    init(count: Int) { rows = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ row: BatchRow) {
        lock.lock()
        rows[index] = row
        lock.unlock()
    }

    var all: [BatchRow] {
        lock.lock()
        defer { lock.unlock() }
        return rows.compactMap { $0 }
    }
}

/// Stops the batch on SIGINT or SIGTERM: its workers first, then its temporary files, then the
/// process, with status 128 + the signal.
///
/// Killing the workers ends their files as crashes; `holdIfStopping` keeps the batch's threads
/// from reporting those, or from finishing the run with status 1, before the process exits.
final class Interruption: @unchecked Sendable {
    /// Kept so that the sources live as long as the batch.
    private var sources: [any DispatchSourceSignal] = []
    private let lock = NSLock()
    private var stopping = false

    init(
        stop: @escaping @Sendable () -> Void, cleanUp: @escaping @Sendable () -> Void
    ) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                stopping = true
                lock.unlock()
                stop()
                cleanUp()
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Waits for the exit when the batch is being stopped; returns at once otherwise.
    func holdIfStopping() {
        lock.lock()
        let held = stopping
        lock.unlock()
        while held { pause() }
    }
}

/// JSONL rows on standard output as files finish, each written whole: a row longer than a
/// pipe's atomic write could otherwise be cut by another thread's.
final class RowStream: @unchecked Sendable {
    private let lock = NSLock()

    func print(_ row: BatchRow) {
        let line = BatchReport(rows: [row]).jsonl()
        lock.lock()
        defer { lock.unlock() }
        ReportOutput.writeToStandardOutput(line)
    }
}

/// Hands out indices to parallel workers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}

/// Done/total, rate and time left on standard error, only when it is a terminal.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let start = Date()
    private var done = 0
    private var lastDraw = Date.distantPast
    private let enabled = isatty(STDERR_FILENO) == 1

    init(total: Int) { self.total = total }

    func tick() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        guard Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        let elapsed = Date().timeIntervalSince(start)
        let rate = Double(done) / max(elapsed, 0.001)
        let left = Double(total - done) / max(rate, 0.001)
        let line = String(format: "\r%d/%d  %.1f files/s  %.0f s left   ", done, total, rate, left)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled, total > 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
