import Foundation
import ResumeReading
import SkillExtraction
import SkillLexicon

/// Why a job posting could not become a role profile.
public enum JobPostingError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSkills(path: String)

    public var description: String {
        switch self {
        case .noSkills(let path):
            return
                "\(path): no skills found in the job posting; check that it is a job description "
                + "(a posting with no requirements cannot be scored)"
        }
    }
}

/// Builds a role profile from a job posting: the skills it names, required or preferred from
/// the section and sentence they sit in, the years it asks for and the degree.
///
/// Sections: "Requirements", "Qualifications", "Must have" and the like give required skills;
/// "Nice to have", "Preferred", "Bonus" give preferred ones; "Responsibilities" and the
/// description give required skills of lower weight; "About us" and "Benefits" give none. A
/// clause saying "a plus", "preferred", "nice to have" or "bonus" makes its skills preferred
/// wherever it stands. Skills joined by "or" ("PyTorch or TensorFlow") become one `any_of`.
public struct JobPostingReader: Sendable {
    let extractor: SkillExtractor

    public init(extractor: SkillExtractor) {
        self.extractor = extractor
    }

    enum Mode: Equatable {
        case required, preferred, neutral, ignored
    }

    public func role(from document: ResumeDocument) throws(JobPostingError) -> RoleProfile {
        let lines = document.lines
        var modes: [Mode] = []
        var mode = Mode.neutral
        for line in lines {
            if let heading = Self.headingMode(of: line) { mode = heading.mode }
            modes.append(mode)
        }
        // A degree line names fields of study ("a degree in Computer Science"), not skills.
        let degreeLines = Set(lines.indices.filter { !Self.degrees(in: lines[$0]).isEmpty })
        // Lines under a requirements heading are lists of skills, whatever their punctuation.
        let mentions = extractor.mentions(
            in: lines, inSkillsSection: { modes[$0] == .required || modes[$0] == .preferred }
        )
        .filter { !degreeLines.contains($0.line) }
        var requirements: [Requirement] = []
        var seen = Set<String>()
        var index = 0
        while index < mentions.count {
            let mention = mentions[index]
            let line = lines[mention.line]
            var lineMode = modes[mention.line]
            if let heading = Self.headingMode(of: line), heading.inline,
                mention.start >= heading.labelEnd
            {
                lineMode = heading.mode
            }
            // A list joined by "or" ("TensorFlow, PyTorch, or scikit-learn") is one any_of;
            // a list joined by commas alone is one requirement per skill.
            var group = [mention]
            var hasOr = false
            while index + group.count < mentions.count {
                let next = mentions[index + group.count]
                guard next.line == mention.line,
                    let joiner = Self.listJoiner(
                        line, from: group[group.count - 1].end, to: next.start),
                    joiner || !hasOr
                else { break }
                hasOr = hasOr || joiner
                group.append(next)
            }
            if !hasOr { group = [mention] }
            index += group.count
            let clause = Self.clause(of: line, around: mention.start)
            let importance = Self.importance(clause: clause, mode: lineMode)
            guard let importance else { continue }
            let ids = group.map(\.skillID).filter { !seen.contains($0) }
            guard !ids.isEmpty else { continue }
            seen.formUnion(ids)
            let (weight, level) = Self.weightAndLevel(
                clause: clause, importance: importance, mode: lineMode)
            let target: Requirement.Target =
                ids.count == 1 ? .skill(ids[0]) : .anyOf(ids, minimum: 1)
            requirements.append(
                Requirement(
                    target: target, importance: importance, weight: weight, proficiency: level,
                    source: SourceLocation(file: document.sourcePath, line: mention.line + 1)))
        }
        guard !requirements.isEmpty else { throw .noSkills(path: document.sourcePath) }
        let years = Self.years(in: lines, modes: modes)
        let title = Self.title(of: lines, path: document.sourcePath)
        return RoleProfile(
            id: "job-posting", title: title, family: "job-posting",
            level: Self.level(title: title, years: years?.minimum),
            summary: "Built from the job posting \(document.sourcePath)",
            experience: years ?? YearsRange(), education: Self.education(in: lines, modes: modes),
            requirements: requirements, source: SourceLocation(file: document.sourcePath, line: 1))
    }

    // MARK: Sections and clauses

    struct Heading {
        var mode: Mode
        /// The heading is a label at the start of a line that goes on ("Requirements: ...").
        var inline: Bool
        /// Where the label ends, in Unicode scalars.
        var labelEnd: Int
    }

    static func headingMode(of line: String) -> Heading? {
        let scalars = Array(line.unicodeScalars)
        var label = line
        var inline = false
        var labelEnd = scalars.count
        if let colon = scalars.firstIndex(of: ":") {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<colon])
            label = String(view)
            inline = scalars[(colon + 1)...].contains { !$0.properties.isWhitespace }
            labelEnd = colon + 1
        }
        let words = label.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map(
            String.init)
        guard !words.isEmpty, words.count <= 6 else { return nil }
        let key = words.joined(separator: " ")
        for (mode, names) in headings
        where names.contains(where: { key == $0 || key.hasPrefix($0 + " ") }) {
            return Heading(mode: mode, inline: inline, labelEnd: labelEnd)
        }
        return nil
    }

    private static let headings: [(Mode, [String])] = [
        (
            .preferred,
            [
                "nice to have", "nice to haves", "nice-to-have", "preferred",
                "preferred qualifications",
                "preferred skills", "bonus", "bonus points", "pluses", "plus", "desired",
                "desired skills",
                "good to have", "extra credit", "it's a plus", "deseable", "deseables", "valorable",
                "requisitos deseables",
            ]
        ),
        (
            .required,
            [
                "requirements", "requirement", "qualifications", "minimum qualifications",
                "basic qualifications", "required qualifications", "must have", "must haves",
                "what you need", "what you'll need", "what you bring", "what we're looking for",
                "what we are looking for", "you have", "you should have", "skills",
                "required skills",
                "technical skills", "skills and experience", "about you", "who you are",
                "your profile",
                "requisitos", "requisitos mínimos", "perfil", "habilidades",
            ]
        ),
        (
            .neutral,
            [
                "responsibilities", "key responsibilities", "what you'll do", "what you will do",
                "the role", "about the role", "job description", "role", "duties", "day to day",
                "your mission", "responsabilidades", "funciones", "descripción del puesto",
            ]
        ),
        (
            .ignored,
            [
                "about us", "about the company", "who we are", "benefits", "perks", "compensation",
                "salary", "equal opportunity", "how to apply", "our values", "why join us",
                "why us",
                "what we offer", "we offer", "sobre nosotros", "beneficios", "ofrecemos",
            ]
        ),
    ]

    /// The clause of `line` around an offset: between semicolons or sentence ends.
    static func clause(of line: String, around offset: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        var start = min(offset, scalars.count)
        while start > 0, !isClauseBreak(scalars, start - 1) { start -= 1 }
        var end = min(offset, scalars.count)
        while end < scalars.count, !isClauseBreak(scalars, end) { end += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view).lowercased()
    }

    private static func isClauseBreak(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let scalar = scalars[index]
        if scalar == ";" { return true }
        // A full stop ends a sentence only before a space ("Node.js" and "e.g." stay whole).
        if scalar == "." {
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            let previous = index > 0 ? scalars[index - 1] : " "
            return next == " " && previous.properties.isLowercase
                && !(index >= 3 && scalars[index - 2] == ".")
        }
        return false
    }

    /// What joins two mentions when only list punctuation stands between them: true for an
    /// "or" or a slash, false for a comma; nil when other words stand between them.
    static func listJoiner(_ line: String, from: Int, to: Int) -> Bool? {
        let scalars = Array(line.unicodeScalars)
        guard to >= from, to <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        let between = String(view).lowercased()
        let words = between.split { $0 == " " || $0 == "," }.map(String.init)
        guard words.count <= 2, words.allSatisfy({ ["or", "/", "either", "o"].contains($0) }) else {
            return nil
        }
        guard words.isEmpty else { return true }
        return between.contains(",") ? false : nil
    }

    private static let preferredMarkers = [
        "nice to have", "a plus", "is a plus", "bonus", "preferred", "ideally", "desirable",
        "would be great", "good to have", "se valora", "valorable", "deseable",
    ]

    static func importance(clause: String, mode: Mode) -> Requirement.Importance? {
        if preferredMarkers.contains(where: clause.contains) { return .preferred }
        switch mode {
        case .required, .neutral: return .required
        case .preferred: return .preferred
        case .ignored: return nil
        }
    }

    static func weightAndLevel(clause: String, importance: Requirement.Importance, mode: Mode)
        -> (Int, Proficiency)
    {
        if importance == .preferred { return (2, .awareness) }
        let strong = [
            "must", "essential", "strong", "expert", "expertise", "deep", "extensive", "proven",
            "advanced", "solid",
        ]
        let light = ["familiarity", "familiar", "exposure", "basic", "understanding of"]
        if strong.contains(where: clause.contains) { return (5, .practitioner) }
        if light.contains(where: clause.contains) { return (3, .awareness) }
        return mode == .required ? (4, .working) : (3, .working)
    }

    // MARK: Years, degree, title and level

    /// "3+ years", "at least 5 years", "5-7 years", "3 Years of Experience", "5 años".
    static func years(in lines: [String], modes: [Mode]) -> YearsRange? {
        for (index, line) in lines.enumerated()
        where modes[index] != .ignored && modes[index] != .preferred {
            let words = line.lowercased().split { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," }
                .map(String.init)
            for (position, word) in words.enumerated() where position + 1 < words.count {
                let unit = words[position + 1]
                guard unit.hasPrefix("year") || unit.hasPrefix("yr") || unit.hasPrefix("años")
                else { continue }
                let number = word.hasSuffix("+") ? String(word.dropLast()) : word
                let parts = number.split(whereSeparator: { $0 == "-" || $0 == "–" })
                if parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]),
                    low < high, high < 40
                {
                    return YearsRange(minimum: low, maximum: high)
                }
                if let value = Double(number), value > 0, value < 40 {
                    return YearsRange(minimum: value, maximum: nil)
                }
            }
        }
        return nil
    }

    static func education(in lines: [String], modes: [Mode]) -> EducationRequirement {
        var required: [Degree] = []
        var preferred: [Degree] = []
        var fields: [String] = []
        for (index, line) in lines.enumerated() where modes[index] != .ignored {
            let degrees = Self.degrees(in: line)
            guard !degrees.isEmpty else { continue }
            let lower = line.lowercased()
            if modes[index] == .preferred || preferredMarkers.contains(where: lower.contains) {
                preferred += degrees
            } else {
                required += degrees
            }
            if fields.isEmpty, let range = lower.range(of: " in ") {
                let rest = lower[range.upperBound...]
                let stop = rest.firstIndex { $0 == "." || $0 == ";" || $0 == "(" } ?? rest.endIndex
                fields = rest[..<stop].replacingOccurrences(of: " or ", with: ", ")
                    .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && !$0.contains("related") && $0.count < 40 }
            }
        }
        guard let minimum = required.min() ?? preferred.min() else { return EducationRequirement() }
        let best = (required + preferred).max()
        return EducationRequirement(
            minimum: minimum, preferred: best.flatMap { $0 > minimum ? $0 : nil }, fields: fields)
    }

    /// The degrees a posting line names ("BS/MS degree", "Master's or Ph.D.").
    static func degrees(in line: String) -> [Degree] {
        let words = line.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "." }
            .map { $0.trimmingSuffix(".").replacingDots() }
        let found = words.compactMap { degreeWords[$0] }
        // Two-letter forms count only beside the word "degree" or another degree.
        let strong = words.contains {
            [
                "degree", "bachelor", "bachelor's", "master", "master's", "phd", "bachelors",
                "masters", "título", "titulación",
            ].contains($0)
        }
        return strong ? found : found.filter { _ in false }
    }

    private static let degreeWords: [String: Degree] = [
        "bachelor": .bachelor, "bachelor's": .bachelor, "bachelors": .bachelor, "bs": .bachelor,
        "bsc": .bachelor, "ba": .bachelor, "undergraduate": .bachelor, "licenciatura": .bachelor,
        "grado": .bachelor, "master": .master, "master's": .master, "masters": .master,
        "ms": .master,
        "msc": .master, "máster": .master, "phd": .doctorate, "doctorate": .doctorate,
        "doctoral": .doctorate, "doctorado": .doctorate, "associate's": .associate,
    ]

    static func title(of lines: [String], path: String) -> String {
        guard let first = lines.first(where: { !$0.isEmpty }) else { return path }
        var title = first
        for prefix in [
            "job description:", "job title:", "position:", "role:", "title:", "puesto de trabajo:",
            "puesto:", "descripción del puesto:",
        ]
        where title.lowercased().hasPrefix(prefix) {
            title = String(title.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        if let parenthesis = title.firstIndex(of: "(") {
            title = String(title[..<parenthesis]).trimmingCharacters(in: .whitespaces)
        }
        let words = title.split(separator: " ").count
        guard words >= 1, words <= 10, !title.hasSuffix(".") else {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return "Job posting \(name)"
        }
        return title
    }

    static func level(title: String, years: Double?) -> RoleLevel {
        let lower = title.lowercased()
        if ["senior", "sr.", "lead", "principal", "staff"].contains(where: lower.contains) {
            return .senior
        }
        if ["junior", "jr.", "entry", "graduate", "intern"].contains(where: lower.contains) {
            return .junior
        }
        guard let years else { return .mid }
        return years >= 8 ? .senior : (years >= 4 ? .mid : .junior)
    }
}

extension StringProtocol {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : String(self)
    }
}

extension String {
    fileprivate func replacingDots() -> String { filter { $0 != "." } }
}
