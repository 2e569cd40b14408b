import Foundation
import ResumeReading
import SkillLexicon

/// Reads the dated roles of a resume's experience sections into a ``CareerHistory``.
///
/// A role is a date range in an experience section with the header lines around it (title,
/// organisation, place) and the lines down to the next role. A column of dates that a PDF
/// printed apart from its entries ("Current | 08/2023", "2021 | 2020", one after the other
/// before the entries) is matched to the entries after it by position, when their counts agree.
/// Dates whose header names a degree, a course, a training or a certificate are not roles.
struct ExperienceTimeline {
    /// The roles come in line order and do not overlap (the section reader makes them so): a
    /// line's role is found by binary search, and lines read in order meet the roles in order.
    private(set) var history = CareerHistory()

    /// `tokens` holds the tokens of every line of `document`, cut once by the extractor.
    /// `titles` names each role's family and seniority from its title.
    init(
        document: ResumeDocument, tokens: [[Token]], parser: DateRangeParser,
        titles: TitleVocabulary? = nil
    ) {
        var roles: [CareerRole] = []
        for section in document.sections where section.kind == .experience {
            let reader = SectionReader(
                document: document, tokens: tokens, parser: parser, section: section)
            roles += reader.roles()
        }
        assert(zip(roles, roles.dropFirst()).allSatisfy { $0.lastLine < $1.firstLine })
        // Formats that carry their roles as data (JSON Resume) name title and organisation.
        for entry in document.entries {
            guard let index = Self.role(containing: entry.firstLine, in: roles) else { continue }
            if !entry.title.isEmpty { roles[index].title = entry.title }
            if !entry.organisation.isEmpty { roles[index].organisation = entry.organisation }
        }
        if let titles {
            for index in roles.indices { Self.classify(&roles[index], with: titles) }
        }
        history = CareerHistory(roles: roles, asOf: parser.today)
    }

    /// Names a role's family and seniority from its title; a kind the title states (intern,
    /// research, teaching, volunteer) replaces "job", with its weight.
    static func classify(_ role: inout CareerRole, with titles: TitleVocabulary) {
        guard !role.title.isEmpty else { return }
        let found = titles.classify(role.title)
        role.family = found.family
        role.familyName = found.familyName
        role.seniority = found.seniority?.rawValue
        if role.kind == .job,
            let stated = found.kind.flatMap({ CareerRole.Kind(rawValue: $0.rawValue) }),
            stated != .job
        {
            role.kind = stated
            role.weight = SectionReader.weight(kind: stated, title: role.title)
        }
    }

    /// The role that a line of an experience section belongs to.
    func role(containing line: Int) -> Int? {
        Self.role(containing: line, in: history.roles)
    }

    /// The index of the role of `roles` (in line order) that holds `line`. The extractor asks
    /// for every line: scanning every role made a long history quadratic.
    private static func role(containing line: Int, in roles: [CareerRole]) -> Int? {
        var low = 0
        var high = roles.count
        while low < high {
            let middle = (low + high) / 2
            if roles[middle].firstLine <= line { low = middle + 1 } else { high = middle }
        }
        return low > 0 && roles[low - 1].lastLine >= line ? low - 1 : nil
    }
}
