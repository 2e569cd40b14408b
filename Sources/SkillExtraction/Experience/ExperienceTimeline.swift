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
    private(set) var history = CareerHistory()
    /// Whether the roles come in line order without overlapping, as a resume lists them: then a
    /// line's role is found by binary search, and the lines of a resume, read in order, meet the
    /// roles in order.
    private(set) var rolesInOrder = true

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
        rolesInOrder = zip(roles, roles.dropFirst()).allSatisfy { $0.lastLine < $1.firstLine }
        // Formats that carry their roles as data (JSON Resume) name title and organisation.
        for entry in document.entries {
            guard
                let index = Self.role(
                    containing: entry.firstLine, in: roles, inOrder: rolesInOrder)
            else { continue }
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
        Self.role(containing: line, in: history.roles, inOrder: rolesInOrder)
    }

    /// The index of the first of `roles` that holds `line`. The extractor asks for every line:
    /// scanning every role made a long history quadratic, so roles in order are searched in two.
    private static func role(containing line: Int, in roles: [CareerRole], inOrder: Bool) -> Int? {
        guard inOrder else {
            return roles.firstIndex { ($0.firstLine...$0.lastLine).contains(line) }
        }
        var low = 0
        var high = roles.count
        while low < high {
            let middle = (low + high) / 2
            if roles[middle].firstLine <= line { low = middle + 1 } else { high = middle }
        }
        return low > 0 && roles[low - 1].lastLine >= line ? low - 1 : nil
    }

    /// How many distinct months `ranges` cover, from the ranges merged in order rather than from
    /// a set of every month.
    static func monthCount(of ranges: [DateRange]) -> Int {
        var count = 0
        var coveredTo = Int.min
        for range in ranges.filter({ $0.months > 0 }).sorted(by: { $0.start < $1.start }) {
            let first = max(range.start.index, coveredTo + 1)
            if range.end.index >= first { count += range.end.index - first + 1 }
            coveredTo = max(coveredTo, range.end.index)
        }
        return count
    }
}

/// The roles of one experience section.
struct SectionReader {
    let document: ResumeDocument
    let tokens: [[Token]]
    let parser: DateRangeParser
    let section: ResumeSection

    /// The lines of the section after its heading.
    var body: ClosedRange<Int>? {
        let first = section.heading == nil ? section.lines.lowerBound : section.lines.lowerBound + 1
        return first <= section.lines.upperBound ? first...section.lines.upperBound : nil
    }

    func roles() -> [CareerRole] {
        guard let body else { return [] }
        var dated: [(line: Int, match: DateRangeParser.Match)] = []
        for index in body {
            let next = index < body.upperBound ? tokens[index + 1] : nil
            if let match = parser.match(
                in: document.lines[index], tokens: tokens[index], next: next)
            {
                dated.append((index, match))
            }
        }
        if dated.isEmpty || dated.allSatisfy({ rest(of: $0.line, $0.match).isEmpty }),
            let detached = detachedRoles(in: body)
        {
            return detached
        }
        var roles: [CareerRole] = []
        var headerEnds: [Int] = []
        var boundaries: [Int] = []
        for (position, date) in dated.enumerated() {
            let previousDated = position > 0 ? dated[position - 1].line : body.lowerBound - 1
            let floor = max(previousDated, headerEnds.last ?? body.lowerBound - 1)
            let nextDated =
                position + 1 < dated.count ? dated[position + 1].line : body.upperBound + 1
            let header = RoleHeader(
                rest: rest(of: date.line, date.match), dated: date.line,
                above: linesAbove(date.line, floor: floor),
                below: linesBelow(date.line, ceiling: nextDated))
            let first = header.lines.first ?? date.line
            boundaries.append(first)
            headerEnds.append(header.lines.last ?? date.line)
            let text = ([document.lines[date.line]] + header.lines.map { document.lines[$0] })
                .joined(separator: " ")
            if Self.isNotARole(text) { continue }
            roles.append(role(header, date.match, firstLine: first, headerText: text))
        }
        // Each role runs to the line before the next dated header (a role or not).
        for index in roles.indices {
            let later = boundaries.filter { $0 > roles[index].firstLine }.min()
            roles[index].lastLine = max(roles[index].firstLine, (later ?? body.upperBound + 1) - 1)
        }
        inheritOrganisations(&roles)
        return roles
    }

    /// A title under the same organisation as the role before it (a promotion) shares it.
    private func inheritOrganisations(_ roles: inout [CareerRole]) {
        for index in roles.indices.dropFirst()
        where roles[index].organisation.isEmpty && !roles[index - 1].organisation.isEmpty {
            roles[index].organisation = roles[index - 1].organisation
        }
    }

    private func role(
        _ header: RoleHeader, _ match: DateRangeParser.Match, firstLine: Int, headerText: String
    ) -> CareerRole {
        let kind = Self.kind(
            title: header.title, headerText: headerText, sectionHeading: section.heading)
        var warnings: [String] = []
        var range = match.range
        // A range is cut at the month "present" stands for ("2022 – 2025" read in March 2025).
        if range.end > parser.today, range.start <= parser.today { range.end = parser.today }
        if range.end < range.start {
            warnings.append(
                "ends (\(range.end.text)) before it starts (\(range.start.text)); not counted")
        } else if range.start > parser.today {
            warnings.append("starts (\(range.start.text)) after \(parser.today.text); not counted")
        }
        return CareerRole(
            title: header.title, organisation: header.organisation, location: header.location,
            start: range.start, end: range.end, isCurrent: match.isCurrent, kind: kind,
            weight: Self.weight(kind: kind, title: header.title), firstLine: firstLine,
            lastLine: firstLine, warnings: warnings)
    }

    /// The text of a dated line without its dates.
    private func rest(of line: Int, _ match: DateRangeParser.Match) -> String {
        let scalars = Array(document.lines[line].unicodeScalars)
        let lineTokens = tokens[line]
        let cutFrom = lineTokens[match.tokens.lowerBound].start
        let cutTo = lineTokens[match.tokens.upperBound].end
        var text = String.UnicodeScalarView(scalars[..<min(cutFrom, scalars.count)])
        let after = String(String.UnicodeScalarView(scalars[min(cutTo, scalars.count)...]))
        let trimmedAfter = RoleHeader.trimmed(after)
        let before = RoleHeader.trimmed(String(text))
        if !trimmedAfter.isEmpty {
            text = (before.isEmpty ? trimmedAfter : before + " | " + trimmedAfter).unicodeScalars
            return String(text)
        }
        return before
    }

    /// Header-like lines above `line` down to `floor` (exclusive), nearest last: at most two,
    /// across at most one blank line each, stopping at bullets and at text that continues a
    /// sentence.
    private func linesAbove(_ line: Int, floor: Int) -> [(Int, String)] {
        var found: [(Int, String)] = []
        var index = line - 1
        var blanks = 0
        while index > floor, found.count < 2 {
            let raw = document.lines[index]
            if raw.isEmpty {
                blanks += 1
                if blanks > 1 { break }
                index -= 1
                continue
            }
            // "Technologies: AWS, GitHub" between a title and its dates lists tools.
            if Self.isLabelledList(raw) {
                index -= 1
                blanks = 0
                continue
            }
            // An organisation set as a bullet of its own ("• Mathworks Natick, US").
            let text = Self.unbulleted(raw)
            // A line that starts in lower case goes on from the sentence above it.
            guard Self.isHeaderLike(text),
                !(text.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } ?? false)
            else { break }
            // A short line right under a bullet or a sentence ends that text ("solutions").
            if index - 1 > floor, !document.lines[index - 1].isEmpty,
                !Self.isHeaderLike(document.lines[index - 1]), !RoleHeader.isTitle(text)
            {
                break
            }
            found.insert((index, text), at: 0)
            blanks = 0
            index -= 1
        }
        return found
    }

    /// The header-like line below `line`, before `ceiling`, across at most one blank line.
    private func linesBelow(_ line: Int, ceiling: Int) -> [(Int, String)] {
        var index = line + 1
        if index < ceiling, document.lines[index].isEmpty { index += 1 }
        guard index < ceiling, index <= section.lines.upperBound else { return [] }
        let text = document.lines[index]
        guard Self.isHeaderLike(text) else { return [] }
        return [(index, text)]
    }

    /// "Label: item, item": a list under a label.
    static func isLabelledList(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return bytes.distance(from: bytes.startIndex, to: colon) <= 25
            && bytes[colon...].contains(UInt8(ascii: ","))
    }

    /// A bullet line of a few words in capitals, without its bullet: a name set as a bullet.
    static func unbulleted(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "•●▪◦‣►".unicodeScalars.contains(first)
        else { return text }
        let rest = RoleHeader.trimmed(String(text.unicodeScalars.dropFirst()))
        return rest.split(separator: " ").count <= 6 && RoleHeader.isName(rest) ? rest : text
    }

    /// A short line that is not a bullet nor a sentence.
    static func isHeaderLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        switch first {
        case "•", "●", "▪", "◦", "‣", "*", "·", ":", "►", "➢", "✓", "-", "–", "—": return false
        default: break
        }
        // A full stop ends a sentence, not a name ("Acme Ltd.", "S.A.").
        if text.utf8.last == UInt8(ascii: "."),
            !RoleHeader.organisationWords.contains(
                RoleHeader.words(text).last.map { $0.filter { $0 != "." } } ?? "")
        {
            return false
        }
        var words = 1
        for byte in text.utf8 where byte == UInt8(ascii: " ") {
            words += 1
            if words > 12 { return false }
        }
        return true
    }

    /// Columns of dates printed apart from their entries: a run of lines holding only dates
    /// (a range on each, or stacked "Current", "|", "08/2023"), matched in order to the entries
    /// that follow, when there are as many entries as ranges.
    private func detachedRoles(in body: ClosedRange<Int>) -> [CareerRole]? {
        var runLines: [Int] = []
        var runEnd = body.lowerBound
        for index in body {
            let text = document.lines[index]
            if text.isEmpty { continue }
            if text == "|" || parser.isDateOnly(tokens[index]) {
                runLines.append(index)
                runEnd = index
            } else if !runLines.isEmpty {
                break
            }
        }
        let ranges = parser.stackedRanges(runLines.map { tokens[$0] })
        guard ranges.count >= 2 else { return nil }
        // The entries: header-like lines that open a block after a blank line.
        var starts: [Int] = []
        var previousBlank = true
        for index in (runEnd + 1)...max(runEnd + 1, body.upperBound) where index <= body.upperBound
        {
            let text = document.lines[index]
            if text.isEmpty {
                previousBlank = true
                continue
            }
            if previousBlank, Self.isHeaderLike(text) { starts.append(index) }
            previousBlank = false
        }
        guard starts.count == ranges.count else { return nil }
        var roles: [CareerRole] = []
        for (position, (start, range)) in zip(starts, ranges).enumerated() {
            var below: [(Int, String)] = []
            if start + 1 <= body.upperBound, Self.isHeaderLike(document.lines[start + 1]) {
                below = [(start + 1, document.lines[start + 1])]
            }
            let header = RoleHeader(
                rest: "", dated: start, above: [], below: [(start, document.lines[start])] + below)
            let text = header.lines.map { document.lines[$0] }.joined(separator: " ")
            let last = position + 1 < starts.count ? starts[position + 1] - 1 : body.upperBound
            let match = DateRangeParser.Match(
                range: range, tokens: 0...0, isCurrent: range.end == parser.today)
            var role = self.role(header, match, firstLine: start, headerText: text)
            role.lastLine = last
            if !Self.isNotARole(text) { roles.append(role) }
        }
        return roles
    }

    /// Dates of a degree, a course, a training or a certificate, not of a post.
    static func isNotARole(_ text: String) -> Bool {
        RoleHeader.words(text).contains { notRoleWords.contains(String($0)) }
    }

    static let notRoleWords: Set<String> = [
        "bachelor", "bachelor's", "bachelors", "master's", "masters", "b.tech", "m.tech",
        "btech", "mtech", "bsc", "msc", "b.sc", "m.sc", "phd", "cgpa", "gpa", "degree",
        "diploma", "coursework", "course", "courses", "training", "certificate",
        "certification", "bootcamp", "workshop", "hackathon", "seminar", "hsc", "ssc",
    ]

    /// The kind of post, from the title and the header, and the section heading (volunteer).
    static func kind(title: String, headerText: String, sectionHeading: String?) -> CareerRole.Kind
    {
        let titleWords = RoleHeader.words(title)
        func titleHas(_ words: Set<String>) -> Bool { titleWords.contains(where: words.contains) }
        if titleHas(internshipWords)
            || RoleHeader.words(headerText).contains(where: internshipHeaderWords.contains)
        {
            return .internship
        }
        if titleWords.contains("volunteer")
            || (sectionHeading.map { RoleHeader.words($0).contains { $0.hasPrefix("volunteer") } }
                ?? false)
        {
            return .volunteer
        }
        if titleHas(teachingWords) || titleWords.contains("lab") && titleWords.contains("assistant")
        {
            return .teaching
        }
        if titleHas(researchWords) && titleHas(researchPostWords) { return .research }
        return .job
    }

    /// Words in a role's header lines that make it an internship ("Internships:").
    static let internshipHeaderWords: Set<String> = ["internship", "internships", "co-op"]
    static let teachingWords: Set<String> = [
        "tutor", "tutoring", "teaching", "instructor", "ta", "instruction",
    ]
    static let researchWords: Set<String> = ["research", "researcher", "ra", "student"]
    static let researchPostWords = studentPostWords.union(["researcher", "research"])

    static let internshipWords: Set<String> = [
        "intern", "internship", "trainee", "co-op", "apprentice", "apprenticeship",
        "werkstudent",
    ]

    /// Words that make a research or teaching post a student's.
    static let studentPostWords: Set<String> = [
        "assistant", "student", "fellow", "fellowship", "scholar", "graduate", "tutor", "ta",
        "ra", "undergraduate", "lab",
    ]

    /// 1 for a job, 1/2 for internships, volunteer work and student research or teaching posts.
    static func weight(kind: CareerRole.Kind, title: String) -> Double {
        switch kind {
        case .job: return 1
        case .internship, .volunteer: return 0.5
        case .research, .teaching:
            return RoleHeader.words(title).contains(where: studentPostWords.contains) ? 0.5 : 1
        }
    }
}
