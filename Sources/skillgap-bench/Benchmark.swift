import Foundation
import ResumeReading
import SkillExtraction
import SkillLexicon

/// `skillgap-bench`: times lexicon loading, reading and extraction in one process, on one core.
///
/// Usage: `skillgap-bench LEXICONS TEXT_DIR PDF_DIR`. `scripts/bench.sh` prepares the folders
/// (the samples replicated to over a thousand files each) and adds the pdftotext reference.
@main
struct Benchmark {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 3 else {
            FileHandle.standardError.write(
                Data("usage: skillgap-bench LEXICONS TEXT_DIR PDF_DIR\n".utf8))
            exit(64)
        }
        let values = Array(arguments)
        let lexiconFolder = URL(fileURLWithPath: values[0])

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
        for (label, folder) in [("text", values[1]), ("pdf", values[2])] {
            try run(label: label, folder: URL(fileURLWithPath: folder), extractor: extractor)
        }
    }

    static func run(label: String, folder: URL, extractor: SkillExtractor) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .map { folder.appendingPathComponent($0) }
        guard !files.isEmpty else {
            print("| \(label): files | none |")
            return
        }
        let reader = ResumeReader()
        var readSeconds = 0.0
        var extractSeconds = 0.0
        var words = 0
        var skills = 0
        for file in files {
            let (document, read) = try measure { try reader.document(at: file) }
            let (profile, extract) = measure { extractor.profile(of: document) }
            readSeconds += read
            extractSeconds += extract
            words += document.lines.reduce(0) { $0 + $1.split(separator: " ").count }
            skills += profile.skills.count
        }
        let count = Double(files.count)
        let total = readSeconds + extractSeconds
        print(
            "| \(label): files | \(files.count), \(Int(Double(words) / count)) words and \(Int(Double(skills) / count)) skills each on average |"
        )
        print(
            "| \(label): reading per resume | \(milliseconds(readSeconds / count, digits: 3)) ms |")
        print(
            "| \(label): extraction per resume | \(milliseconds(extractSeconds / count, digits: 3)) ms |"
        )
        print("| \(label): resumes per second (read + extract, one core) | \(Int(count / total)) |")
        // The goal is stated for resumes of about 600 words; the samples are shorter, so the rate
        // is also given per word and for 600 words (conservative: per-file costs are spread thinner
        // over a longer resume).
        let wordsPerSecond = Double(words) / total
        print("| \(label): words per second (one core) | \(Int(wordsPerSecond)) |")
        print(
            "| \(label): resumes of 600 words per second, at that rate | \(Int(wordsPerSecond / 600)) |"
        )
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
