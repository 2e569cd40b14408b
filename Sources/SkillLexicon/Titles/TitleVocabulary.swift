/// Job titles and the role families they stand for, with the words that name a seniority or a
/// kind of post: `Lexicons/titles.yaml`, ready to classify titles.
///
/// Titles are read as lowercase words, abbreviations expanded ("Sr. DS" is "senior data
/// scientist"), and looked up as whole word sequences in a table built once, so a title costs a
/// few dozen dictionary look-ups.
public struct TitleVocabulary: Sendable {
    /// One family entry of the file: a role family id (or `other`), its display name, and the
    /// forms that stand for it.
    public struct Family: Sendable, Equatable {
        /// A role family id of the role profiles, or `other`.
        public var family: String
        public var name: String
        /// Whole titles ("data scientist"), matched anywhere in a title.
        public var titles: [String]
        /// Areas ("data science") that stand for the family only next to a head word
        /// ("Data Science Manager", "Head of Data Science").
        public var fields: [String]
        /// The seniority a title of this entry says when it says none itself
        /// ("Engineering Manager").
        public var seniority: Seniority?
        /// The family a research post in one of `fields` belongs to ("Research Fellow (Machine
        /// Learning)" is an ML researcher).
        public var research: String?
        public var source: SourceLocation

        public init(
            family: String, name: String, titles: [String], fields: [String] = [],
            seniority: Seniority? = nil, research: String? = nil,
            source: SourceLocation = SourceLocation(file: "", line: 0)
        ) {
            self.family = family
            self.name = name
            self.titles = titles
            self.fields = fields
            self.seniority = seniority
            self.research = research
            self.source = source
        }
    }

    public private(set) var families: [Family]
    /// Words that name a seniority ("sr" after expansion is "senior").
    public private(set) var seniority: [Seniority: [String]]
    /// Words that name a kind of post ("co-op", "teaching assistant").
    public private(set) var kinds: [PostKind: [String]]
    /// Words that make a field a title: role nouns, leadership and internship words.
    public private(set) var heads: [String]
    /// One-word abbreviations and the words they stand for ("mle": "machine learning engineer").
    public private(set) var abbreviations: [String: String]

    /// Every title and field form in the order it was claimed: a later claim of the same words
    /// wins, which is how a user file takes a form over.
    private var claims: [(entry: Int, form: String, isField: Bool)]
    private var table = PhraseTable()

    /// An empty vocabulary: every title is unknown.
    public init() {
        self.init(families: [], seniority: [:], kinds: [:], heads: [], abbreviations: [:])
    }

    public init(
        families: [Family], seniority: [Seniority: [String]], kinds: [PostKind: [String]],
        heads: [String], abbreviations: [String: String]
    ) {
        self.families = families
        self.seniority = seniority
        self.kinds = kinds
        self.heads = heads
        self.abbreviations = abbreviations
        claims = families.enumerated().flatMap { index, family in
            family.titles.map { (index, $0, false) } + family.fields.map { (index, $0, true) }
        }
        table = PhraseTable(self)
    }

    /// This vocabulary with `other` (a user's `titles.yaml`) over it.
    ///
    /// An entry with the same family and name as one here adds its forms to it; any other entry
    /// is added. A form `other` gives a meaning takes that meaning, whoever claimed it before.
    /// Seniority, kind and head words are added; an abbreviation replaces one of the same key.
    public func adding(_ other: TitleVocabulary) -> TitleVocabulary {
        var result = self
        for (index, family) in other.families.enumerated() {
            let position: Int
            if let existing = result.families.firstIndex(where: {
                $0.family == family.family && $0.name == family.name
            }) {
                position = existing
                result.families[existing].titles += family.titles
                result.families[existing].fields += family.fields
                if let seniority = family.seniority {
                    result.families[existing].seniority = seniority
                }
                if let research = family.research { result.families[existing].research = research }
            } else {
                position = result.families.count
                result.families.append(family)
            }
            result.claims += other.claims.filter { $0.entry == index }.map {
                (position, $0.form, $0.isField)
            }
        }
        for (level, forms) in other.seniority { result.seniority[level, default: []] += forms }
        for (kind, forms) in other.kinds { result.kinds[kind, default: []] += forms }
        result.heads += other.heads
        result.abbreviations.merge(other.abbreviations) { $1 }
        result.table = PhraseTable(result)
        return result
    }

    /// The family, seniority and kind of post `title` names.
    ///
    /// The rules, in order: the longest title forms are taken first and never overlap; a field
    /// counts when a head word stands next to it. Of the families found, a profiled family beats
    /// `other`, a form of more written words (a field with its head) beats a shorter one, a whole
    /// title beats a field and an earlier one a later one. A field's family with a `research` family becomes that family when the title
    /// names research. Seniority words inside a matched title ("Product Manager") are part of the
    /// title; of the others and the entry's own seniority ("Senior Manager" is a manager) the
    /// highest wins, and without any a level after the title decides ("SDE II").
    public func classify(_ title: String) -> TitleClass {
        table.classify(title, in: self)
    }

    /// The lowercase words of `text`: letters and digits, everything else a boundary, apostrophes
    /// dropped ("Master's" is "masters") and `&` read as "and" ("Sales & Marketing").
    public static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if scalar == "&" {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
                words.append("and")
                continue
            }
            if scalar.isASCII {
                let value = scalar.value
                if (65...90).contains(value), let lower = Unicode.Scalar(value + 32) {
                    current.append(lower)
                } else if (97...122).contains(value) || (48...57).contains(value) {
                    current.append(scalar)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The words of `text` with every abbreviation replaced by what it stands for.
    func expandedWords(of text: String) -> [String] {
        table.expand(Self.words(of: text))
    }

    fileprivate var allClaims: [(entry: Int, form: String, isField: Bool)] { claims }
}

/// What one sequence of words means to a title: any of a title or field form, a seniority, a
/// kind of post and a head word.
private struct Meaning {
    var entry: Int?
    var form = ""
    var isField = false
    var seniority: Seniority?
    var kind: PostKind?
    var isHead = false
}

/// One place in a title where a phrase of the table occurs.
private struct Occurrence {
    var start: Int
    var end: Int
    var meaning: Meaning

    var length: Int { end - start }

    func overlaps(_ covered: [Bool]) -> Bool {
        covered[start..<end].contains(true)
    }

    /// Whether every word of this occurrence is part of a matched title.
    func isInside(_ covered: [Bool]) -> Bool {
        !covered[start..<end].contains(false)
    }
}

/// The phrases of a vocabulary keyed by their words joined with spaces, built once.
private struct PhraseTable: Sendable {
    private var phrases: [String: Meaning] = [:]
    private var expansions: [String: [String]] = [:]
    private var longest = 0
    /// For each entry, the entry whose name a research post in its fields takes.
    private var researchEntries: [Int: Int] = [:]

    /// Words allowed between a field and its head ("Head of Data Science").
    private static let connectors: Set<String> = ["of", "for", "in", "on", "the", "and"]
    /// Words that make a field's research family apply, besides the research kind forms.
    private static let researchWords: Set<String> = ["research", "researcher", "researchers"]
    /// Words before a level number ("Level 2", "Grade III").
    private static let levelWords: Set<String> = ["level", "grade", "band"]

    init() {}

    init(_ vocabulary: TitleVocabulary) {
        for (key, value) in vocabulary.abbreviations {
            let short = TitleVocabulary.words(of: key)
            let long = TitleVocabulary.words(of: value)
            if short.count == 1, !long.isEmpty { expansions[short[0]] = long }
        }
        // An expansion may use another abbreviation ("genai": "generative ai"); one pass over
        // the expansions resolves it, and a word never expands itself.
        for (short, long) in expansions {
            expansions[short] = long.flatMap { word in
                word == short ? [word] : (expansions[word] ?? [word])
            }
        }
        for claim in vocabulary.allClaims {
            update(claim.form) {
                $0.entry = claim.entry
                $0.form = claim.form
                $0.isField = claim.isField
            }
        }
        for level in Seniority.allCases {
            for form in vocabulary.seniority[level] ?? [] { update(form) { $0.seniority = level } }
        }
        for kind in PostKind.allCases {
            for form in vocabulary.kinds[kind] ?? [] { update(form) { $0.kind = kind } }
        }
        for form in vocabulary.heads { update(form) { $0.isHead = true } }
        for (index, family) in vocabulary.families.enumerated() {
            guard let research = family.research,
                let target = vocabulary.families.firstIndex(where: { $0.family == research })
            else { continue }
            researchEntries[index] = target
        }
    }

    private mutating func update(_ form: String, _ change: (inout Meaning) -> Void) {
        let words = expand(TitleVocabulary.words(of: form))
        guard !words.isEmpty else { return }
        longest = max(longest, words.count)
        change(&phrases[words.joined(separator: " "), default: Meaning()])
    }

    func expand(_ words: [String]) -> [String] {
        expandKeepingOrigins(words).words
    }

    /// The expanded words, each with the index of the written word it comes from, so that "ML
    /// Engineer" weighs two words against "Data Scientist", not three.
    private func expandKeepingOrigins(_ words: [String]) -> (words: [String], origins: [Int]) {
        var result: [String] = []
        var origins: [Int] = []
        result.reserveCapacity(words.count + 2)
        origins.reserveCapacity(words.count + 2)
        for (index, word) in words.enumerated() {
            if let long = expansions[word] {
                result += long
                origins += repeatElement(index, count: long.count)
            } else {
                result.append(word)
                origins.append(index)
            }
        }
        return (result, origins)
    }

    /// Every phrase of the table in `words`, shorter ones first at each start.
    private func occurrences(in words: [String]) -> [Occurrence] {
        var found: [Occurrence] = []
        guard longest > 0 else { return found }
        for start in words.indices {
            var key = ""
            for end in (start + 1)...min(words.count, start + longest) {
                if end > start + 1 { key += " " }
                key += words[end - 1]
                if let meaning = phrases[key] {
                    found.append(Occurrence(start: start, end: end, meaning: meaning))
                }
            }
        }
        return found
    }

    func classify(_ title: String, in vocabulary: TitleVocabulary) -> TitleClass {
        let (words, origins) = expandKeepingOrigins(TitleVocabulary.words(of: title))
        // How many written words an occurrence spans.
        func written(_ hit: Occurrence?) -> Int {
            guard let hit else { return 0 }
            return origins[hit.end - 1] - origins[hit.start] + 1
        }
        let found = occurrences(in: words)
        var covered = [Bool](repeating: false, count: words.count)
        var titles: [Occurrence] = []
        let titleHits = found.filter { $0.meaning.entry != nil && !$0.meaning.isField }
            .sorted { ($0.length, $1.start) > ($1.length, $0.start) }
        for hit in titleHits where !hit.overlaps(covered) {
            titles.append(hit)
            for index in hit.start..<hit.end { covered[index] = true }
        }
        let heads = found.filter(\.meaning.isHead)
        let seniorityWords = found.filter { $0.meaning.seniority != nil }
        // A field partly inside a title still counts: "Data Engineering Manager" is a data
        // engineer although "engineering manager" is a title too.
        let fields = found.filter { $0.meaning.isField && !$0.isInside(covered) }.compactMap {
            field in
            Self.head(of: field, words: words, heads: heads, seniority: seniorityWords).map {
                (field: field, head: $0)
            }
        }
        let names = Set(words)
        let research =
            found.contains { $0.meaning.kind == .research }
            || !names.isDisjoint(with: Self.researchWords)

        var best: (key: (Int, Int, Int, Int), entry: Int, form: String, head: Occurrence?)?
        let candidates = titles.map { ($0, Occurrence?.none) } + fields.map { ($0.field, $0.head) }
        for (hit, head) in candidates {
            guard var entry = hit.meaning.entry else { continue }
            if hit.meaning.isField, research, let target = researchEntries[entry] {
                entry = target
            }
            let family = vocabulary.families[entry].family
            let key = (
                family == TitleClass.otherFamily ? 1 : 0, -written(hit) - written(head),
                hit.meaning.isField ? 1 : 0, hit.start
            )
            if let current = best, current.key <= key { continue }
            best = (key, entry, hit.meaning.form, head)
        }

        var result = TitleClass(
            family: TitleClass.unknownFamily, familyName: "", seniority: nil, kind: nil,
            matched: "")
        if let best {
            let family = vocabulary.families[best.entry]
            result.family = family.family
            result.familyName = family.name
            result.matched = best.form
        }
        // The head of the field that decided the family is a seniority even inside another
        // title ("manager" of "Data Engineering Manager").
        let headSeniority = best?.head?.meaning.seniority
        let entrySeniority = best.flatMap {
            $0.head == nil ? vocabulary.families[$0.entry].seniority : nil
        }
        result.seniority =
            [
                Self.seniorityWord(seniorityWords, titles: covered, found: found), headSeniority,
                entrySeniority,
            ]
            .compactMap { $0 }.max()
            ?? Self.level(in: words, after: titles + heads)
        let kinds = Set(found.filter { !$0.isInside(covered) }.compactMap(\.meaning.kind))
        result.kind = [.internship, .volunteer, .research, .teaching].first(where: kinds.contains)
        return result
    }

    /// The head word next to `field`, with only connectors and seniority words between; nil
    /// when there is none and the field is no title.
    private static func head(
        of field: Occurrence, words: [String], heads: [Occurrence], seniority: [Occurrence]
    ) -> Occurrence? {
        var position = field.end
        while position < words.count {
            if let head = heads.first(where: { $0.start == position }) { return head }
            if let word = seniority.filter({ $0.start == position }).max(by: {
                $0.length < $1.length
            }) {
                position = word.end
            } else if connectors.contains(words[position]) {
                position += 1
            } else {
                break
            }
        }
        position = field.start
        while position > 0 {
            if let head = heads.first(where: { $0.end == position }) { return head }
            if let word = seniority.filter({ $0.end == position }).max(by: {
                $0.length < $1.length
            }) {
                position = word.start
            } else if connectors.contains(words[position - 1]) {
                position -= 1
            } else {
                break
            }
        }
        return nil
    }

    /// The highest seniority word outside the matched titles and outside longer seniority or kind
    /// phrases ("associate" in "Research Associate", "graduate" in "Graduate Trainee").
    private static func seniorityWord(
        _ words: [Occurrence], titles covered: [Bool], found: [Occurrence]
    ) -> Seniority? {
        words.filter { word in
            !word.isInside(covered)
                && !found.contains {
                    $0.length > word.length
                        && ($0.meaning.seniority != nil || $0.meaning.kind != nil)
                        && $0.start <= word.start && $0.end >= word.end
                }
        }.compactMap(\.meaning.seniority).max()
    }

    /// A level given as a number: "II" or "2" right after a title or head word or after
    /// "Level", and a ladder level "L3" to "L8" anywhere.
    ///
    /// I and 1 are junior (the entry rung of a numbered ladder: SDE I, Data Scientist I), II and 2
    /// mid, III to V senior. On the L ladder L3 is junior, L4 mid, L5 senior, L6 staff and L7 and
    /// L8 principal; L1 and L2 are left out, as they name support tiers ("L2 Support").
    private static func level(in words: [String], after anchors: [Occurrence]) -> Seniority? {
        let ends = Set(anchors.map(\.end))
        for (index, word) in words.enumerated() {
            switch word {
            case "l3": return .junior
            case "l4": return .mid
            case "l5": return .senior
            case "l6": return .staff
            case "l7", "l8": return .principal
            default: break
            }
            guard ends.contains(index) || (index > 0 && levelWords.contains(words[index - 1]))
            else { continue }
            switch word {
            case "i", "1": return .junior
            case "ii", "2": return .mid
            case "iii", "iv", "v", "3", "4", "5": return .senior
            default: continue
            }
        }
        return nil
    }
}
