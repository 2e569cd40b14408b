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
    /// The 0-based line the organisation was read from, if any.
    var organisationLine: Int?

    /// The header of a role dated on line `dated`, whose text without the dates is `rest`, with
    /// the header-like lines `above` (nearest last) and `below` it.
    init(rest: String, dated: Int, above: [(Int, String)], below: [(Int, String)]) {
        // Lines around the dates stand for a title or an organisation only when they read as
        // one: a post, or a name in capitals, not a sentence.
        // Every part of every header line, the dated line's first, then the nearest lines. When
        // the dated line names a post and something else that is not a place ("Data Analyst |
        // Acme Corp | 2020 - 2022"), the lines around it are not needed.
        var parts: [Part] = Self.pieces(of: rest).map { Part(line: dated, text: $0) }
        let complete =
            parts.contains { $0.shape.isTitle }
            && parts.contains { !$0.shape.isTitle && !$0.shape.isPlace }
        let near =
            complete
            ? []
            : (above.reversed().map { $0 } + below).filter {
                Self.isTitle($0.1) || Self.isName($0.1)
            }
        for (line, text) in near {
            parts += Self.pieces(of: text).map { Part(line: line, text: $0) }
        }
        if let place = parts.lastIndex(where: { $0.shape.isPlace }) {
            location = parts.remove(at: place).text
        }
        // The title: the part naming a post with the most words (a bare "(Intern)" is only a
        // mark), joined with the parts naming a post right after it on its line ("MIS Executive
        // | Data Analyst"); else the first part of the nearest line, else of the dated line.
        let candidates = parts.indices.filter {
            parts[$0].shape.isTitle && !parts[$0].text.hasPrefix("(")
        }
        // A post named on the dated line itself wins over the lines around it.
        let onDated = candidates.filter { parts[$0].line == dated }
        let best = (onDated.isEmpty ? candidates : onDated).max { left, right in
            let (leftWords, rightWords) = (parts[left].shape.words, parts[right].shape.words)
            return leftWords.count < rightWords.count
                || leftWords.count == rightWords.count && left > right
        }
        var used: Set<Int> = []
        if let best {
            var end = best
            while end + 1 < parts.count, parts[end + 1].line == parts[best].line,
                parts[end + 1].shape.isTitle
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
        // A list ("Go, Docker, Perforce") names tools, not an organisation.
        let rest = parts.indices.filter {
            !used.contains($0) && !parts[$0].shape.isTitle
                && parts[$0].text.utf8.count { $0 == UInt8(ascii: ",") } < 2
        }
        let sameLine = rest.filter { parts[$0].line == titleLine || parts[$0].line == dated }
        if let chosen = sameLine.first(where: { parts[$0].shape.isOrganisation })
            ?? sameLine.first ?? rest.first
        {
            organisation = parts[chosen].text
            organisationLine = parts[chosen].line
            used.insert(chosen)
        }
        if let split = Self.parenthesised(title) {
            title = split.title
            if organisation.isEmpty { organisation = split.organisation }
        }
        if let split = Self.parenthesised(organisation), title.isEmpty {
            organisation = split.organisation
            title = split.title
        }
        // "Process Engineer Noida" at "Samsung Display Noida": a last word the organisation ends
        // with too is the place, not part of the title.
        if let last = title.split(separator: " ").last, title.split(separator: " ").count > 2,
            organisation.hasSuffix(" " + last), location == nil,
            !Self.postWords.contains(Self.key(of: last))
        {
            title = String(title.dropLast(last.count + 1))
            location = String(last)
        }
        let trailing = Self.splitTrailing(title)
        title = trailing.title
        if let place = trailing.place, location == nil { location = place }
        if let found = trailing.organisation {
            organisation = organisation.isEmpty ? found : found + ", " + organisation
        }
        lines = Array(Set([dated] + used.map { parts[$0].line })).sorted()
    }

    /// A piece of a header line, the line it is on, and what it reads as (worked out once).
    private struct Part {
        var line: Int
        var text: String
        var shape: Shape

        init(line: Int, text: String) {
            self.line = line
            self.text = text
            shape = Shape(text)
        }
    }

    /// What a piece of text reads as: its words, and whether it names a post, an organisation
    /// or a place.
    struct Shape {
        var words: [String]
        var isTitle: Bool
        var isOrganisation: Bool
        var isPlace: Bool

        init(_ text: String) {
            words = RoleHeader.words(text)
            isTitle = RoleHeader.isTitle(words: words)
            isOrganisation = words.contains { RoleHeader.organisationWords.contains($0) }
            isPlace = !isTitle && !isOrganisation && RoleHeader.isPlace(text, words: words)
        }
    }

    /// A title followed by its place ("Python Developer Intern Gujarat, India") or by an
    /// organisation that starts with a word such as University ("Fullstack Javascript Engineer
    /// University of Bremen"): the title alone, and what followed it.
    static func splitTrailing(_ title: String) -> (
        title: String, place: String?, organisation: String?
    ) {
        let words = title.split(separator: " ", omittingEmptySubsequences: true)
        guard
            let lastPost = words.lastIndex(where: { postWords.contains(Self.key(of: $0)) }),
            lastPost + 1 < words.count
        else { return (title, nil, nil) }
        let tail = words[(lastPost + 1)...].joined(separator: " ")
        let head = words[...lastPost].joined(separator: " ")
        if isPlace(tail) { return (head, tail, nil) }
        // "… University of Bremen", "… otulea.uni-bremen.de".
        for index in (lastPost + 1)..<words.count {
            let word = words[index]
            let key = Self.key(of: word)
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

    /// A word of a title as the word lists hold it: ASCII letters and digits lowercased,
    /// marks at its ends dropped ("Engineer," is "engineer").
    private static func key(of word: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "&"), 0x80...:
                bytes.append(byte)
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Words that open an organisation's name ("University of Bremen").
    static let organisationStarts: Set<String> = [
        "university", "college", "institute", "school", "academy",
    ]

    /// The parts of a header line: split at pipes, else at spaced dashes, else at " at " and
    /// commas; brackets and stray marks trimmed.
    static func pieces(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        let separators: [[UInt8]]
        if bytes.contains(UInt8(ascii: "|")) {
            separators = [Array("|".utf8)]
        } else if dashes.contains(where: { contains(bytes, $0) }) {
            separators = dashes
        } else {
            separators = [Array(" at ".utf8), Array(" @ ".utf8), Array(", ".utf8)]
        }
        var parts = split(bytes, at: separators)
        // "City, Country" stays one part: a comma split leaves a place whole.
        if separators.count == 3 {
            parts = Self.rejoinPlaces(parts)
        }
        // "Allegheny Fictional Energy, Pittsburgh, PA": the place after the name is a part.
        parts = parts.flatMap { part -> [String] in
            let commas = split(Array(part.utf8), at: [Array(", ".utf8)])
            guard commas.count >= 3 else { return [part] }
            let place = commas.suffix(2).joined(separator: ", ")
            guard isPlace(place) else { return [part] }
            return [commas.dropLast(2).joined(separator: ", "), place]
        }
        return parts.map(trimmed).filter { !$0.isEmpty }
    }

    /// Spaced dashes and dots that part a title from an organisation.
    private static let dashes = [" — ", " – ", " - ", " · ", " • "].map { Array($0.utf8) }

    /// Whether `bytes` hold `needle` somewhere.
    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { matches(bytes, at: $0, needle) }
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ needle: [UInt8]) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where bytes[index + offset] != needle[offset] {
            return false
        }
        return true
    }

    /// `bytes` cut at every separator outside brackets ("(Research Intern, Dr. Smith)" stays
    /// whole). The separators are whole UTF-8 sequences, so no cut falls inside a character.
    private static func split(_ bytes: [UInt8], at separators: [[UInt8]]) -> [String] {
        var parts: [String] = []
        var start = 0
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if depth == 0,
                let separator = separators.first(where: { matches(bytes, at: index, $0) })
            {
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += separator.count
                start = index
                continue
            }
            index += 1
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// Joins "Utrecht" and "Netherlands" back into "Utrecht, Netherlands".
    private static func rejoinPlaces(_ parts: [String]) -> [String] {
        var joined: [String] = []
        for part in parts {
            let trimmed = Self.trimmed(part)
            // Only a state code, a country or "Remote" after the comma can end a place: most
            // parts are told so before any word is cut.
            if let last = joined.last, isPlaceTail(trimmed) {
                let words = Self.words(last)
                if words.count <= 2, !isTitle(words: words),
                    !words.contains(where: { organisationWords.contains($0) })
                {
                    joined[joined.count - 1] = last + ", " + trimmed
                    continue
                }
            }
            joined.append(trimmed)
        }
        return joined
    }

    /// What may follow a city's comma: "TX", "India", "Remote".
    private static func isPlaceTail(_ text: String) -> Bool {
        if text.utf8.count == 2, text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { return true }
        let lower = text.lowercased()
        return countries.contains(lower) || placeWords.contains(lower)
    }

    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, isTrimMark(first) {
            // An opening bracket whose closing one stays is part of the text.
            if first == "(", scalars.contains(")") { break }
            scalars = scalars.dropFirst()
        }
        while let last = scalars.last, isTrimMark(last) {
            if last == ")", scalars.contains("(") { break }
            scalars = scalars.dropLast()
        }
        return String(scalars)
    }

    /// Marks a header part is trimmed of: spaces, separators, brackets.
    private static func isTrimMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "|", ",", ";", ":", "-", "–", "—", "·", "•", "[", "]", "(", ")", "\t": return true
        default: return false
        }
    }

    /// "Adobe Research(Research Intern, Vishwa Vinay)": the organisation outside the brackets
    /// and the title inside, when only the inside names a post.
    static func parenthesised(_ text: String) -> (organisation: String, title: String)? {
        guard text.utf8.contains(UInt8(ascii: "(")), let open = text.firstIndex(of: "("),
            let close = text.lastIndex(of: ")"), open < close
        else { return nil }
        let outside = trimmed(String(text[..<open]))
        let inside = String(text[text.index(after: open)..<close])
        let title = trimmed(inside.split(separator: ",").first.map(String.init) ?? inside)
        guard !isTitle(outside), isTitle(title), !outside.isEmpty else { return nil }
        return (outside, title)
    }

    /// Words of `text`, lowercased, without marks at their ends: runs of letters, digits, "-"
    /// and "&". Cut from the bytes: asking each `Character` whether it is a letter costs a
    /// Unicode lookup, and this runs for every part of every header. Other scripts' letters are
    /// kept as they are (only ASCII is lowercased); the punctuation resumes use between words
    /// (dashes, bullets, quotes, the middle dot) separates them.
    static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8(words(of:))
    }

    private static func words(of bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            while current.last == UInt8(ascii: "-") { current.removeLast() }
            let start = current.firstIndex { $0 != UInt8(ascii: "-") } ?? current.count
            if start < current.count {
                words.append(String(decoding: current[start...], as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "&"):
                current.append(byte)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
                // General punctuation: dashes, quotes, bullets.
                flush()
                index += 3
                continue
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] < 0xC0:
                // Latin-1 punctuation and symbols (the middle dot, no-break space).
                flush()
                index += 2
                continue
            case 0x80...:
                current.append(byte)
            default:
                if !current.isEmpty { flush() }
            }
            index += 1
        }
        if !current.isEmpty { flush() }
        return words
    }

    /// Whether `text` names a post: it holds a word such as engineer, analyst or intern.
    static func isTitle(_ text: String) -> Bool {
        isTitle(words: words(text))
    }

    static func isTitle(words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= 12 else { return false }
        return words.contains { postWords.contains($0) }
    }

    /// Whether `text` reads as a name: most of its longer words start with a capital, or it
    /// has a word such as Inc or University.
    static func isName(_ text: String) -> Bool {
        if isOrganisation(text) { return true }
        // Read from the bytes: a word of four bytes or more counts, and it is capitalised when
        // its first byte is an ASCII capital or digit, or starts a non-ASCII letter.
        var long = 0
        var capitals = 0
        for word in text.utf8.split(separator: UInt8(ascii: " ")) where word.count >= 4 {
            long += 1
            let first = word[word.startIndex]
            if first >= 0x41 && first <= 0x5A || first >= 0x30 && first <= 0x39 {
                capitals += 1
            } else if first >= 0xC0,
                String(decoding: word, as: UTF8.self).first?.isUppercase == true
            {
                capitals += 1
            }
        }
        guard long > 0 else { return !text.isEmpty }
        return capitals * 10 >= long * 6
    }

    /// Whether `text` names an organisation by its form: Inc, Ltd, University, Institute, ...
    static func isOrganisation(_ text: String) -> Bool {
        words(text).contains { organisationWords.contains(String($0)) }
    }

    /// Whether `text` is a place: "Remote", "Utrecht, Netherlands", "Austin, TX", "Pune".
    static func isPlace(_ text: String) -> Bool {
        let shape = Shape(text)
        return shape.isPlace
    }

    /// ``isPlace(_:)`` for a text whose words are known and that names neither a post nor an
    /// organisation.
    static func isPlace(_ text: String, words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= 5 else { return false }
        if words.allSatisfy({ placeWords.contains($0) }) { return true }
        guard let comma = text.utf8.lastIndex(of: UInt8(ascii: ",")) else { return false }
        // A city is a word or two ("Kolkata, India", "New York, NY").
        guard Self.words(String(text[..<comma])).count <= 2 else { return false }
        let last = text[text.utf8.index(after: comma)...].trimmingPrefix(" ")
        if last.utf8.count == 2, last.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { return true }
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
        "chef", "tutoring", "werkstudent", "cto", "ceo", "cfo", "coo", "vp", "sre",
        "devops", "dba", "modeler", "modeller", "expert", "practitioner", "evangelist",
        "instructional", "tester", "inspector", "estimator", "controller", "recruiter",
        "worker", "staffer", "guide", "host", "server", "bartender", "ta", "ra",
    ]

    static let organisationWords: Set<String> = [
        "inc", "ltd", "llc", "llp", "gmbh", "corp", "corporation", "company", "university",
        "college", "institute", "school", "labs", "laboratory", "technologies", "solutions",
        "group", "bank", "hospital", "plc", "ag", "pvt", "limited", "foundation", "agency",
        "consulting", "services", "systems", "studio", "studios", "centre", "center", "academy",
        "department", "ministry", "sa", "bv", "nv", "srl", "oy", "ab", "kg", "unit",
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
