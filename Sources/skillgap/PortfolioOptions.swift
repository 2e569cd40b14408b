import ArgumentParser
import Foundation
import PortfolioScanning
import SkillExtraction
import SkillLexicon

/// `--portfolio DIR` and the bounds of the scan, shared by analyse and batch.
struct PortfolioOptions: ParsableArguments {
    @Option(
        name: .customLong("portfolio"),
        help: ArgumentHelp(
            "A project folder, or a folder of projects, whose code adds evidence (repeatable). With batch: a folder holding one sub-folder per resume, named like the resume without its extension.",
            valueName: "dir"))
    var folders: [String] = []

    @Option(
        name: .customLong("portfolio-max-files"),
        help: "Stop a portfolio scan after this many files.")
    var maximumFiles: Int = 20_000

    @Option(
        name: .customLong("portfolio-max-mb"),
        help: "Stop a portfolio scan after this many megabytes.")
    var maximumMegabytes: Double = 200

    func validate() throws {
        guard maximumFiles > 0, maximumMegabytes > 0 else {
            throw ValidationError(
                "--portfolio-max-files and --portfolio-max-mb take numbers above 0")
        }
    }

    func scanner(_ lexicon: Lexicon) -> PortfolioScanner {
        PortfolioScanner(
            lexicon: lexicon,
            limits: PortfolioScanner.Limits(
                maximumFiles: maximumFiles, maximumBytes: Int(maximumMegabytes * 1_000_000)))
    }

    /// Scans every `--portfolio` folder, or fails with one line and exit code 1.
    func scanAll(_ lexicon: Lexicon) throws -> [Portfolio] {
        let scanner = self.scanner(lexicon)
        var portfolios: [Portfolio] = []
        for folder in folders {
            do {
                let portfolio = try scanner.scan(URL(fileURLWithPath: folder), name: folder)
                for warning in portfolio.warnings { Terminal.warn(warning) }
                portfolios.append(portfolio)
            } catch {
                Terminal.fail(error.description)
                throw ExitCode(1)
            }
        }
        return portfolios
    }

    /// The evidence portfolios hand to extraction.
    static func evidence(_ portfolios: [Portfolio]) -> [DemonstratedEvidence] {
        portfolios.flatMap { portfolio in
            portfolio.skills.flatMap { skill in
                skill.evidence.map {
                    DemonstratedEvidence(
                        skillID: skill.skillID, file: "\(portfolio.root)/\($0.file)",
                        reason: $0.reason)
                }
            }
        }
    }
}
