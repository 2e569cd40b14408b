import Foundation
import ResumeReading
import SkillLexicon

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

    /// The section's dated roles, in the order it gives them.
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
        // Whether each role's organisation heads its entry from a line above its title (a
        // company that later titles may sit under).
        var organisationAbove: [Bool] = []
        for (position, date) in dated.enumerated() {
            let previousDated = position > 0 ? dated[position - 1].line : body.lowerBound - 1
            let floor = max(previousDated, headerEnds.last ?? body.lowerBound - 1)
            let nextDated =
                position + 1 < dated.count ? dated[position + 1].line : body.upperBound + 1
            // A range wrapped over two lines owns the second one: it is no header below.
            let below = date.match.wrapped ? date.line + 1 : date.line
            let header = RoleHeader(
                rest: rest(of: date.line, date.match), dated: date.line,
                above: linesAbove(date.line, floor: floor),
                below: linesBelow(below, ceiling: nextDated))
            let first = header.lines.first ?? date.line
            boundaries.append(first)
            headerEnds.append(max(header.lines.last ?? date.line, below))
            let text = ([document.lines[date.line]] + header.lines.map { document.lines[$0] })
                .joined(separator: " ")
            // A degree's or a course's dates; a post's title keeps its role whatever its
            // organisation is called ("Global Training Solutions").
            if !RoleHeader.isTitle(header.title), Self.isNotARole(text) { continue }
            roles.append(role(header, date.match, firstLine: first, headerText: text))
            organisationAbove.append(header.organisationLine.map { $0 < date.line } ?? false)
        }
        // Each role runs to the line before the next dated header (a role or not); both come in
        // line order.
        var next = 0
        for index in roles.indices {
            while next < boundaries.count, boundaries[next] <= roles[index].firstLine { next += 1 }
            let later = next < boundaries.count ? boundaries[next] : body.upperBound + 1
            roles[index].lastLine = max(roles[index].firstLine, later - 1)
        }
        // A title with no organisation of its own under one that heads the entry before it (a
        // promotion) shares it.
        for index in roles.indices.dropFirst()
        where roles[index].organisation.isEmpty && organisationAbove[index - 1] {
            roles[index].organisation = roles[index - 1].organisation
            organisationAbove[index] = true
        }
        return roles
    }

    private func role(
        _ header: RoleHeader, _ match: DateRangeParser.Match, firstLine: Int, headerText: String
    ) -> CareerRole {
        let kind = Self.kind(
            title: header.title, headerText: headerText, sectionHeading: section.heading)
        var warnings: [String] = []
        var range = match.range
        if range.start > parser.today {
            warnings.append("starts (\(range.start.text)) after \(parser.today.text); not counted")
        } else if range.end < range.start {
            warnings.append(
                "ends (\(range.end.text)) before it starts (\(range.start.text)); not counted")
        }
        // A range is cut at the month "present" stands for ("2022 – 2025" read in March 2025);
        // one that starts after it covers no month.
        range.end = min(range.end, parser.today)
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
        let cutFrom = min(lineTokens[match.tokens.lowerBound].start, scalars.count)
        let cutTo = min(lineTokens[match.tokens.upperBound].end, scalars.count)
        let before = RoleHeader.trimmed(String(String.UnicodeScalarView(scalars[..<cutFrom])))
        let after = RoleHeader.trimmed(String(String.UnicodeScalarView(scalars[cutTo...])))
        // What stood before and after the dates are parts of their own.
        return after.isEmpty ? before : before.isEmpty ? after : before + " | " + after
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
        var crossedBlank = false
        if index < ceiling, document.lines[index].isEmpty {
            index += 1
            crossedBlank = true
        }
        guard index < ceiling, index <= section.lines.upperBound else { return [] }
        let text = document.lines[index]
        // Past a blank line, a title opens the next entry.
        guard Self.isHeaderLike(text), !(crossedBlank && RoleHeader.isTitle(text)) else {
            return []
        }
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
        // A full stop ends a sentence, but not a name ending in "Ltd." or "Inc.".
        if text.utf8.last == UInt8(ascii: "."),
            !RoleHeader.organisationWords.contains(RoleHeader.words(text).last ?? "")
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
        for index in body where index > runEnd {
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
    static let internshipHeaderWords: Set<String> = ["internship", "internships"]
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
