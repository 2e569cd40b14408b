import ArgumentParser
import Foundation
import ReportRendering
import ResumeReading

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

    @OptionGroup var input: InputOptions

    func run() throws {
        let document = try input.read(file)
        for warning in document.warnings {
            Terminal.warn("\(document.sourcePath): \(warning)")
        }
        switch format {
        case .text: print(DocumentText.render(document), terminator: "")
        case .json: print(try DocumentJSON.render(document))
        }
    }
}

/// Options shared by every command that reads resumes.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "Refuse files larger than this many megabytes.")
    var maxSize: Double = 50

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number") }
    }

    /// Reads one resume, turning a reading error into a one-line failure with exit code 1.
    func read(_ file: String) throws -> ResumeDocument {
        let reader = ResumeReader(maximumBytes: Int(maxSize * 1_000_000))
        do {
            return try RawPath.argument(file).document(with: reader)
        } catch {
            Terminal.fail(error.message)
            throw ExitCode(1)
        }
    }
}
