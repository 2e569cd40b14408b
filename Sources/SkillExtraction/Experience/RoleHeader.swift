import Foundation
import ResumeReading

/// Reads the title, organisation and location of a role from the lines around its dates.
///
/// Resumes put them in every order: "Title | Organisation | dates", "Title, Organisation, City,
/// dates", "Title at Organisation", "Organisation — Title", the title on the line above or below
/// the organisation, or a line of dates alone between them. The title is the part that names a
/// post (a word such as engineer, analyst, intern or manager); the organisation is the part
/// beside it that is not a place.
struct RoleHeader: Equatable {
    var title = ""
    var organisation = ""
    var location: String?
    /// The 0-based lines the title and organisation were read from.
    var lines: [Int] = []

    /// The header of a role dated on line `dated`, whose text without the dates is `rest`, with
    /// the header-like lines `above` (nearest last) and `below` it.
    init(rest: String, dated: Int, above: [(Int, String)], below: [(Int, String)]) {
        // Lines around the dates stand for a title or an organisation only when they read as
        // one: a post, or a name in capitals, not a sentence.
        let near = (above.reversed().map { $0 } + below).filter {
            Self.isTitle($0.1) || Self.isName($0.1)
        }
        // Every part of every header line, the dated line's first, then the nearest lines.
        var parts: [Part] = Self.pieces(of: rest).map { Part(line: dated, text: $0) }
        for (line, text) in near {
            parts += Self.pieces(of: text).map { Part(line: line, text: $0) }
        }
        if let place = parts.lastIndex(where: { Self.isPlace($0.text) }) {
            location = parts.remove(at: place).text
        }
        // The title: the part naming a post with the most words (a bare "(Intern)" is only a
        // mark), joined with the parts naming a post right after it on its line ("MIS Executive
        // | Data Analyst"); else the first part of the nearest line, else of the dated line.
        let candidates = parts.indices.filter {
            Self.isTitle(parts[$0].text) && !parts[$0].text.hasPrefix("(")
        }
        let best = candidates.max { left, right in
            Self.words(parts[left].text).count < Self.words(parts[right].text).count
                || Self.words(parts[left].text).count == Self.words(parts[right].text).count
                    && left > right
        }
        var used: Set<Int> = []
        if let best {
            var end = best
            while end + 1 < parts.count, parts[end + 1].line == parts[best].line,
                Self.isTitle(parts[end + 1].text)
            {
                end += 1
            }
            title = parts[best...end].map(\.text).joined(separator: " | ")
            used = Set(best...end)
        } else if let first = parts.firstIndex(where: { $0.line != dated }) ?? parts.indices.first {
            title = parts[first].text
            used = [first]
        }
        // The organisation: a part that reads as one (Inc, University) on the title's line or
        // the dated line, else the next part of the title's line, else of the nearest line.
        let titleLine = used.min().map { parts[$0].line }
        let rest = parts.indices.filter { !used.contains($0) && !Self.isTitle(parts[$0].text) }
        let sameLine = rest.filter { parts[$0].line == titleLine || parts[$0].line == dated }
        if let chosen = sameLine.first(where: { Self.isOrganisation(parts[$0].text) })
            ?? sameLine.first ?? rest.first
            ?? parts.indices.first(where: { !used.contains($0) })
        {
            organisation = parts[chosen].text
            used.insert(chosen)
        }
        if let split = Self.parenthesised(title).split {
            title = split.title
            if organisation.isEmpty { organisation = split.organisation }
        }
        if let split = Self.parenthesised(organisation).split, title.isEmpty {
            organisation = split.organisation
            title = split.title
        }
        let trailing = Self.splitTrailing(title)
        title = trailing.title
        if let place = trailing.place, location == nil { location = place }
        if let found = trailing.organisation {
            organisation = organisation.isEmpty ? found : found + ", " + organisation
        }
        lines = Array(Set([dated] + used.map { parts[$0].line })).sorted()
    }

    /// A piece of a header line and the line it is on.
    private struct Part {
        var line: Int
        var text: String
    }

    /// A title followed by its place ("Python Developer Intern Gujarat, India") or by an
    /// organisation that starts with a word such as University ("Fullstack Javascript Engineer
    /// University of Bremen"): the title alone, and what followed it.
    static func splitTrailing(_ title: String) -> (
        title: String, place: String?, organisation: String?
    ) {
        let words = title.split(separator: " ", omittingEmptySubsequences: true)
        guard
            let lastPost = words.lastIndex(where: {
                postWords.contains(Self.words(String($0)).first.map(String.init) ?? "")
            }),
            lastPost + 1 < words.count
        else { return (title, nil, nil) }
        let tail = words[(lastPost + 1)...].joined(separator: " ")
        let head = words[...lastPost].joined(separator: " ")
        if isPlace(tail) { return (head, tail, nil) }
        // "… University of Bremen", "… otulea.uni-bremen.de".
        for index in (lastPost + 1)..<words.count {
            let word = words[index]
            let key = Self.words(String(word)).first.map(String.init) ?? ""
            let isDomain = word.contains(".") && word.last != "." && word.first?.isLetter == true
            guard word.first?.isUppercase == true && organisationStarts.contains(key) || isDomain
            else { continue }
            return (
                trimmed(words[..<index].joined(separator: " ")), nil,
                words[index...].joined(separator: " ")
            )
        }
        return (title, nil, nil)
    }

    /// Words that open an organisation's name ("University of Bremen").
    static let organisationStarts: Set<String> = [
        "university", "college", "institute", "school", "academy",
    ]

    /// The parts of a header line: split at pipes, else at spaced dashes, else at " at " and
    /// commas; brackets and stray marks trimmed.
    static func pieces(of text: String) -> [String] {
        let separators: [String]
        if text.contains(" | ") || text.contains("|") {
            separators = ["|"]
        } else if text.contains(" — ") || text.contains(" – ") || text.contains(" - ")
            || text.contains(" · ") || text.contains(" • ")
        {
            separators = [" — ", " – ", " - ", " · ", " • "]
        } else {
            separators = [" at ", " @ ", ", "]
        }
        // A separator inside brackets ("(Research Intern, Dr. Smith)") does not split.
        var depth = 0
        let protected = String(
            text.map { character -> Character in
                if character == "(" { depth += 1 }
                if character == ")" { depth = max(0, depth - 1) }
                return depth > 0 && character == "," ? "\u{1}" : character
            })
        var parts = [protected]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        // "City, Country" stays one part: a comma split leaves a place whole.
        if separators.contains(", ") {
            parts = Self.rejoinPlaces(parts)
        }
        // "Allegheny Fictional Energy, Pittsburgh, PA": the place after the name is a part.
        parts = parts.flatMap { part -> [String] in
            let commas = part.components(separatedBy: ", ")
            guard commas.count >= 3 else { return [part] }
            let place = commas.suffix(2).joined(separator: ", ")
            guard isPlace(place) else { return [part] }
            return [commas.dropLast(2).joined(separator: ", "), place]
        }
        return parts.map { trimmed($0.replacingOccurrences(of: "\u{1}", with: ",")) }
            .filter { !$0.isEmpty }
    }

    /// Joins "Utrecht" and "Netherlands" back into "Utrecht, Netherlands".
    private static func rejoinPlaces(_ parts: [String]) -> [String] {
        var joined: [String] = []
        for part in parts {
            let trimmed = Self.trimmed(part)
            if let last = joined.last, isPlace(last + ", " + trimmed), !isTitle(last),
                !isOrganisation(last) || isPlace(trimmed)
            {
                if isPlace(trimmed) || isPlace(last + ", " + trimmed) && !isPlace(last) {
                    joined[joined.count - 1] = last + ", " + trimmed
                    continue
                }
            }
            joined.append(trimmed)
        }
        return joined
    }

    static func trimmed(_ text: String) -> String {
        let marks: Set<Character> = [
            " ", "|", ",", ";", ":", "-", "–", "—", "·", "•", "[", "]", "(", ")", "\t",
        ]
        var text = Substring(text)
        while let first = text.first, marks.contains(first) {
            // An opening bracket whose closing one stays is part of the text.
            if first == "(", text.contains(")") { break }
            text = text.dropFirst()
        }
        while let last = text.last, marks.contains(last) {
            if last == ")", text.contains("(") { break }
            text = text.dropLast()
        }
        return String(text)
    }

    /// "Adobe Research(Research Intern, Vishwa Vinay)": the organisation outside the brackets
    /// and the title inside, when only the inside names a post.
    static func parenthesised(_ text: String) -> (
        title: String?, split: (organisation: String, title: String)?
    ) {
        guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"),
            open < close
        else { return (nil, nil) }
        let outside = trimmed(String(text[..<open]))
        let inside = String(text[text.index(after: open)..<close])
        let title = trimmed(inside.split(separator: ",").first.map(String.init) ?? inside)
        guard !isTitle(outside), isTitle(title), !outside.isEmpty else { return (nil, nil) }
        return (title, (outside, title))
    }

    /// Words of `text`, lowercased, without marks at their ends.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "&" }
            .map { $0.trimmingPrefix("-") }
            .map { word in
                var word = word
                while word.last == "-" { word = word.dropLast() }
                return word
            }
    }

    /// Whether `text` names a post: it holds a word such as engineer, analyst or intern.
    static func isTitle(_ text: String) -> Bool {
        let words = words(text)
        guard !words.isEmpty, words.count <= 12 else { return false }
        return words.contains { postWords.contains(String($0)) }
    }

    /// Whether `text` reads as a name: most of its longer words start with a capital, or it
    /// has a word such as Inc or University.
    static func isName(_ text: String) -> Bool {
        if isOrganisation(text) { return true }
        let long = text.split(separator: " ").filter { $0.count >= 4 }
        guard !long.isEmpty else { return !text.isEmpty }
        let capitals = long.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }
        return capitals.count * 10 >= long.count * 6
    }

    /// Whether `text` names an organisation by its form: Inc, Ltd, University, Institute, ...
    static func isOrganisation(_ text: String) -> Bool {
        words(text).contains { organisationWords.contains(String($0)) }
    }

    /// Whether `text` is a place: "Remote", "Utrecht, Netherlands", "Austin, TX", "Pune".
    static func isPlace(_ text: String) -> Bool {
        let words = words(text)
        guard !words.isEmpty, words.count <= 5, !isTitle(text), !isOrganisation(text) else {
            return false
        }
        if words.allSatisfy({ placeWords.contains(String($0)) }) { return true }
        guard let comma = text.lastIndex(of: ",") else { return false }
        // A city is a word or two ("Kolkata, India", "New York, NY").
        guard Self.words(String(text[..<comma])).count <= 2 else { return false }
        let last = text[text.index(after: comma)...].trimmingPrefix(" ")
        if last.count == 2, last.allSatisfy({ $0.isUppercase }) { return true }
        return countries.contains(last.lowercased())
    }

    /// Words that name a post.
    static let postWords: Set<String> = [
        "engineer", "engineers", "developer", "analyst", "scientist", "intern", "internship",
        "manager", "consultant", "specialist", "assistant", "associate", "architect",
        "researcher", "fellow", "lead", "director", "officer", "executive", "administrator",
        "technician", "coordinator", "designer", "programmer", "tutor", "instructor", "teacher",
        "lecturer", "professor", "supervisor", "representative", "driver", "accountant", "nurse",
        "student", "volunteer", "coach", "member", "founder", "co-founder", "cofounder", "owner",
        "president", "vice-president", "head", "trainee", "apprentice", "cashier", "clerk",
        "advisor", "adviser", "strategist", "editor", "writer", "operator", "mentor",
        "mentorship", "contractor", "freelancer", "freelance", "partner", "leader", "chair",
        "ambassador", "auditor", "economist", "statistician", "mathematician", "physicist",
        "chemist", "biologist", "postdoc", "postdoctoral", "sde", "swe", "mle", "employee",
        "agent", "planner", "banker", "trader", "quant", "lawyer", "attorney", "paralegal",
        "pharmacist", "physician", "therapist", "secretary", "receptionist", "barista", "waiter",
        "chef", "tutoring", "co-op", "werkstudent", "cto", "ceo", "cfo", "coo", "vp", "sre",
        "devops", "dba", "modeler", "modeller", "expert", "practitioner", "evangelist",
        "instructional", "tester", "inspector", "estimator", "controller", "recruiter",
        "worker", "staffer", "guide", "host", "server", "bartender", "ta", "ra",
    ]

    static let organisationWords: Set<String> = [
        "inc", "ltd", "llc", "llp", "gmbh", "corp", "corporation", "company", "university",
        "college", "institute", "school", "labs", "laboratory", "technologies", "solutions",
        "group", "bank", "hospital", "plc", "ag", "pvt", "limited", "foundation", "agency",
        "consulting", "services", "systems", "studio", "studios", "centre", "center", "academy",
        "department", "ministry", "s.a", "sa", "bv", "nv", "srl", "oy", "ab", "kg", "unit",
    ]

    static let placeWords: Set<String> = [
        "remote", "hybrid", "on-site", "onsite", "worldwide", "anywhere",
    ]

    static let countries: Set<String> = [
        "usa", "us", "u.s.", "united states", "uk", "united kingdom", "india", "canada",
        "germany", "france", "netherlands", "spain", "portugal", "italy", "greece", "ireland",
        "australia", "china", "japan", "singapore", "brazil", "mexico", "poland", "sweden",
        "norway", "denmark", "finland", "belgium", "switzerland", "austria", "israel", "uae",
        "nigeria", "kenya", "south africa", "pakistan", "bangladesh", "sri lanka", "nepal",
        "indonesia", "philippines", "vietnam", "korea", "south korea", "turkey", "egypt",
        "argentina", "chile", "colombia", "peru", "new zealand", "romania", "ukraine",
        "czech republic", "hungary", "remote",
    ]
}
