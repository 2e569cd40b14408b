import ArgumentParser
import Foundation
import ReportRendering
import ResumeReading
import SkillExtraction

/// `skillgap read FILE`: the cleaned text of a resume with its sections.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a resume's cleaned text with section markers, or as JSON.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The resume: PDF, DOCX, plain text, Markdown, HTML or JSON Resume.")
    var file: String

    @Option(
        help: "Output format.")
    var format: OutputFormat = .text

    @Flag(help: "Remove e-mail addresses, phone numbers and URLs from the text.")
    var redact = false

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let read = try input.read(file)
        let document = redact ? Redaction.redact(read) : read
        for warning in document.warnings {
            Terminal.warn("\(document.sourcePath): \(warning)")
        }
        switch format {
        case .text: print(DocumentText.render(document), terminator: "")
        case .json:
            // The dated roles read from the lines, with the families their titles name.
            let extractor = SkillExtractor(
                lexicon: try lexicons.load(), today: try asOf.month())
            let history = extractor.history(of: document)
            print(try DocumentJSON.render(document, history: history))
        }
    }
}

/// Options shared by every command that reads resumes.
///
/// The limits are far past any resume; they bound the time and memory a hostile or broken file
/// can take (README, "Limits").
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "Refuse files larger than this many megabytes.")
    var maxSize: Double = 50

    @Option(name: .customLong("max-pages"), help: "Refuse PDFs with more pages than this.")
    var maxPages: Int = 50

    @Option(
        name: .customLong("max-text"),
        help: "Refuse files whose extracted text is over this many megabytes.")
    var maxText: Double = 2

    @Option(
        name: .customLong("max-entries"),
        help: "Refuse JSON Resumes with more entries (jobs, schools, skills, ...) than this.")
    var maxEntries: Int = 1_000

    @Flag(help: "Also print what the PDF library says about damaged parts of a PDF.")
    var verbose = false

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number") }
        guard maxPages > 0 else { throw ValidationError("--max-pages must be a positive number") }
        guard maxText > 0 else { throw ValidationError("--max-text must be a positive number") }
        guard maxEntries > 0 else {
            throw ValidationError("--max-entries must be a positive number")
        }
    }

    /// A reader with these limits.
    var reader: ResumeReader {
        ResumeReader(
            maximumBytes: Int(maxSize * 1_000_000), maximumPages: maxPages,
            maximumTextBytes: Int(maxText * 1_000_000), maximumEntries: maxEntries,
            keepsLibraryMessages: verbose)
    }

    /// The same options as arguments, for a worker process.
    var arguments: [String] {
        [
            "--max-size", String(maxSize), "--max-pages", String(maxPages), "--max-text",
            String(maxText), "--max-entries", String(maxEntries),
        ] + (verbose ? ["--verbose"] : [])
    }

    /// Reads one resume, turning a reading error into a one-line failure with exit code 1.
    func read(_ file: String) throws -> ResumeDocument {
        do {
            return try RawPath.argument(file).document(with: reader)
        } catch {
            Terminal.fail(error.message)
            throw ExitCode(1)
        }
    }
}
