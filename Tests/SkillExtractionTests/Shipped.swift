import Foundation
import ResumeReading
import SkillExtraction
import SkillLexicon

/// The shipped lexicon, loaded once for every test in this target.
enum Shipped {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let lexicon: Lexicon = {
        do {
            return try LexiconLoader().load(builtIn: repository.appendingPathComponent("Lexicons"))
        } catch {
            fatalError("the shipped lexicon does not load: \(error)")
        }
    }()
    static let today = MonthStamp(year: 2026, month: 11)
    static let extractor = SkillExtractor(lexicon: lexicon, today: today)

    /// A document from inline text, read the way a plain-text resume is.
    static func document(_ text: String) throws -> ResumeDocument {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("skillgap-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try ResumeReader().document(at: url)
    }

    static func profile(_ text: String) throws -> SkillProfile {
        try extractor.profile(of: document(text))
    }

    /// The ids of the skills found directly (not implied).
    static func skills(_ text: String) throws -> Set<String> {
        Set(try profile(text).skills.filter { !$0.implied }.map(\.skill.id))
    }
}
