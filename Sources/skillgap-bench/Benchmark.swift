import Foundation
import ResumeReading
import SkillExtraction
import SkillLexicon

/// `skillgap-bench`: times lexicon loading, reading and extraction in one process, on one core.
///
/// Usage: `skillgap-bench LEXICONS LABEL=FOLDER...`. `scripts/bench.sh` prepares the folders (the
/// samples replicated to over a thousand files each: all text samples, the text samples of about
/// 600 words, the PDFs) and adds the pdftotext reference. Each folder is timed in passes over all
/// its files, five or as many as fit in ten seconds, after one pass not counted when a pass is
/// short (the first pass over a folder runs cold); the median pass is reported with the range,
/// since a shared machine's speed drifts from pass to pass.
@main
struct Benchmark {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let folders = arguments.dropFirst().map { $0.split(separator: "=", maxSplits: 1) }
        guard arguments.count >= 2, folders.allSatisfy({ $0.count == 2 }) else {
            FileHandle.standardError.write(
                Data("usage: skillgap-bench LEXICONS LABEL=FOLDER...\n".utf8))
            exit(64)
        }
        let lexiconFolder = URL(fileURLWithPath: arguments[0])

        var loads: [Double] = []
        var lexicon: Lexicon?
        for _ in 0..<5 {
            let (loaded, seconds) = try measure { try LexiconLoader().load(builtIn: lexiconFolder) }
            loads.append(seconds)
            lexicon = loaded
        }
        guard let lexicon else { return }
        let (extractor, buildSeconds) = measure {
            SkillExtractor(lexicon: lexicon, today: MonthStamp(year: 2026, month: 11))
        }
        print("| measure | value |")
        print("|---|---|")
        print("| lexicon | \(lexicon.skills.count) skills, \(lexicon.roles.count) roles |")
        print("| lexicon load (median of 5) | \(milliseconds(median(loads))) ms |")
        print("| matcher build | \(milliseconds(buildSeconds)) ms |")
        for folder in folders {
            try run(
                label: String(folder[0]), folder: URL(fileURLWithPath: String(folder[1])),
                extractor: extractor)
        }
    }

    /// One pass over a folder: the time spent reading and extracting, and what was read.
    struct Pass {
        var readSeconds = 0.0
        var extractSeconds = 0.0
        var words = 0
        var skills = 0
        var total: Double { readSeconds + extractSeconds }
    }

    static func run(label: String, folder: URL, extractor: SkillExtractor) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .map { folder.appendingPathComponent($0) }
        guard !files.isEmpty else {
            print("| \(label): files | none |")
            return
        }
        let reader = ResumeReader()
        func timedPass() throws -> Pass {
            var pass = Pass()
            for file in files {
                let (document, read) = try measure { try reader.document(at: file) }
                let (profile, extract) = measure { extractor.profile(of: document) }
                pass.readSeconds += read
                pass.extractSeconds += extract
                pass.words += document.lines.reduce(0) { $0 + $1.split(separator: " ").count }
                pass.skills += profile.skills.count
            }
            return pass
        }
        var passes = [try timedPass()]
        if passes[0].total < 2 { passes = [try timedPass()] }
        let started = DispatchTime.now().uptimeNanoseconds
        while passes.count < 5 && DispatchTime.now().uptimeNanoseconds - started < 10_000_000_000 {
            passes.append(try timedPass())
        }
        let sorted = passes.sorted { $0.total < $1.total }
        let pass = sorted[sorted.count / 2]
        let count = Double(files.count)
        let rate = { (pass: Pass) in Int(count / pass.total) }
        print(
            "| \(label): files | \(files.count), \(Int(Double(pass.words) / count)) words and \(Int(Double(pass.skills) / count)) skills each on average |"
        )
        print(
            "| \(label): reading per resume | \(milliseconds(pass.readSeconds / count, digits: 3)) ms |"
        )
        print(
            "| \(label): extraction per resume | \(milliseconds(pass.extractSeconds / count, digits: 3)) ms |"
        )
        print(
            "| \(label): resumes per second (read + extract, one core; median of \(passes.count) passes, range) | \(rate(pass)) (\(rate(sorted[sorted.count - 1]))-\(rate(sorted[0]))) |"
        )
        print("| \(label): words per second | \(Int(Double(pass.words) / pass.total)) |")
    }

    static func measure<T>(_ work: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try work()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    static func milliseconds(_ seconds: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", seconds * 1000)
    }
}
