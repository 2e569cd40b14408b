import Foundation
import ResumeReading
import SkillLexicon

/// Turns a resume document into a skill profile: skills with evidence and proficiency, total
/// years of experience and education.
///
/// Proficiency follows one rule (README, "How proficiency is judged"): any mention gives
/// awareness; a certification, or use in an experience entry or a project, gives working; three
/// or more years (of dated roles that use the skill, or stated next to it) give practitioner; six
/// or more give expert. "basic" or "beginner" beside a skill caps it at awareness.
public struct SkillExtractor: Sendable {
    public let lexicon: Lexicon
    private let matcher: SkillMatcher
    private let parser: DateRangeParser
    /// Each skill's position in the lexicon, by id.
    private let positions: [String: Int]
    /// The positions of the skills each skill implies.
    private let implies: [[Int]]
    /// Each skill's name lowercased, the last key found skills are ranked by.
    private let sortNames: [String]
    /// Each skill's category, read at every mention: a compact array, not the skills' structs.
    private let categories: [SkillCategory]
    /// What the dated roles say about skills, from the role profiles' families.
    private let career: CareerCredit
    /// The families that have role profiles.
    private let profiledFamilies: Set<String>

    public init(lexicon: Lexicon, today: MonthStamp) {
        self.lexicon = lexicon
        matcher = SkillMatcher(lexicon: lexicon)
        parser = DateRangeParser(today: today)
        let positions = Dictionary(
            lexicon.skills.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }
        )
        self.positions = positions
        implies = lexicon.skills.map { $0.implies.compactMap { positions[$0] } }
        sortNames = lexicon.skills.map { $0.name.lowercased() }
        categories = lexicon.skills.map(\.category)
        career = CareerCredit(lexicon: lexicon)
        profiledFamilies = Set(lexicon.roles.map(\.family))
    }

    /// Today's month from the system clock.
    public static func currentMonth() -> MonthStamp {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
        return MonthStamp(year: parts.year ?? 2026, month: parts.month ?? 1)
    }

    /// What one skill gathers while the lines are read.
    private struct Tally {
        var evidence: [Evidence] = []
        /// The dated roles the skill was used in, by their place in the history.
        var roles: [Int] = []
        var ranges: [DateRange] = []
        var usedInProject = false
        var usedUndated = false
        var statedYears: Double?
        var limited = false
        var demonstrated = false
    }

    /// The dated roles of `document` alone, without its skills (`skillgap read`).
    public func history(of document: ResumeDocument) -> CareerHistory {
        ExperienceTimeline(
            document: document, tokens: document.lines.map(Tokenizer.tokens(of:)), parser: parser,
            titles: lexicon.titles
        ).history
    }

    /// The profile of `document`, with evidence from project folders added as demonstrated
    /// (which raises a skill to at least working proficiency).
    public func profile(of document: ResumeDocument, demonstrated: [DemonstratedEvidence] = [])
        -> SkillProfile
    {
        // Each line is cut into tokens once, for skills, dates and degrees alike.
        let lineTokens = document.lines.map(Tokenizer.tokens(of:))
        let timeline = ExperienceTimeline(
            document: document, tokens: lineTokens, parser: parser, titles: lexicon.titles)
        let education = EducationParser(parser: parser).records(in: document, tokens: lineTokens)
        // The skills found, in the order first found, and each one's tally; `slots` gives a
        // skill's place in them by its position in the lexicon (-1 until found). Only found skills
        // get a tally: a resume shows a few dozen of the lexicon's hundreds.
        var order: [Int] = []
        var tallies: [Tally] = []
        var slots = [Int32](repeating: -1, count: lexicon.skills.count)
        func slot(of skillIndex: Int) -> Int {
            if slots[skillIndex] < 0 {
                slots[skillIndex] = Int32(order.count)
                order.append(skillIndex)
                tallies.append(Tally())
            }
            return Int(slots[skillIndex])
        }
        var scratch = SkillMatcher.Scratch()
        for (index, line) in document.lines.enumerated() where !line.isEmpty {
            let kind = document.section(containing: index)?.kind ?? .other
            if kind == .contact { continue }
            let hints = LineHints(of: line)
            let tokens =
                hints.mayHoldPersonalData
                ? Self.maskingPersonalData(lineTokens[index]) : lineTokens[index]
            var matches = matcher.matches(
                in: tokens, context: SkillMatcher.LineContext(inSkillsSection: kind == .skills),
                scratch: &scratch)
            if kind == .education, let field = education.fieldTokens[index] {
                matches.removeAll { field.contains($0.firstToken) }
            }
            guard !matches.isEmpty else { continue }
            let stated =
                hints.mayStateYears ? StatedDurations.years(for: matches, in: tokens) : [:]
            // What every mention on the line shares: its evidence text (a long line is clipped
            // once) and the dated entry it belongs to.
            let evidenceText = Self.clip(line)
            let role = kind == .experience ? timeline.role(containing: index) : nil
            for (position, match) in matches.enumerated() {
                let skillIndex = match.skillIndex
                // Mutated in place: the tallies array is not copied per mention.
                record(
                    &tallies[slot(of: skillIndex)], line: index, text: evidenceText, section: kind,
                    category: categories[skillIndex],
                    role: role.map { ($0, timeline.history.roles[$0].range) },
                    statedYears: stated[position],
                    limited: Self.isQualifiedAsBasic(tokens, after: match.lastToken))
            }
        }

        if !demonstrated.isEmpty {
            for item in demonstrated {
                guard let skillIndex = positions[item.skillID] else { continue }
                let found = slot(of: skillIndex)
                tallies[found].evidence.append(
                    Evidence(
                        kind: .demonstrated, section: .projects, line: 0, text: item.reason,
                        file: item.file))
                tallies[found].demonstrated = true
            }
        }
        // The skills are judged and ranked by small keys first, then each found skill is built
        // once, in rank order: a found skill holds a whole `Skill`, and every copy of one retains
        // and releases each of its texts and lists.
        let history = timeline.history
        var careerReader = CareerCredit.Reader(career, history: history)
        let judged = tallies.enumerated().map { position, tally in
            judge(tally, career: careerReader.years(of: lexicon.skills[order[position]].id))
        }
        let names = order.map { sortNames[$0] }
        let counts = tallies.map { $0.evidence.count }
        let ranked = order.indices.sorted { left, right in
            let (leftLevel, rightLevel) = (judged[left].proficiency, judged[right].proficiency)
            if leftLevel != rightLevel { return leftLevel > rightLevel }
            if counts[left] != counts[right] { return counts[left] > counts[right] }
            return names[left] < names[right]
        }
        var found: [FoundSkill] = []
        found.reserveCapacity(ranked.count)
        for position in ranked {
            let judgement = judged[position]
            found.append(
                FoundSkill(
                    skill: lexicon.skills[order[position]], proficiency: judgement.proficiency,
                    implied: false, impliedBy: nil, evidence: tallies[position].evidence,
                    statedYears: tallies[position].statedYears, yearsUsed: judgement.yearsUsed,
                    lastUsed: judgement.lastUsed, careerYears: judgement.careerYears,
                    careerBasis: judgement.careerBasis))
        }
        found += impliedSkills(of: ranked.map { order[$0] }, found: slots)
        addUnstated(to: &found, history: history)
        let headline = self.headline(of: document)
        return SkillProfile(
            document: document, skills: found, experienceYears: timeline.history.years,
            education: education.records, history: timeline.history, headline: headline)
    }

    /// Adds one mention of a skill to its tally; `text` is the line as evidence shows it.
    private func record(
        _ tally: inout Tally, line: Int, text: String, section: SectionKind,
        category: SkillCategory, role: (index: Int, range: DateRange)?, statedYears: Double?,
        limited: Bool
    ) {
        if tally.evidence.last?.line != line + 1 {
            tally.evidence.append(
                Evidence(
                    kind: Self.evidenceKind(section: section, category: category),
                    section: section, line: line + 1, text: text))
        }
        if section == .experience {
            if let role {
                // Lines come in order, and so do roles: a role already counted is the last one.
                // (A scan per mention made a long history quadratic.)
                if tally.roles.last != role.index {
                    tally.roles.append(role.index)
                    tally.ranges.append(role.range)
                }
            } else {
                tally.usedUndated = true
            }
        }
        if section == .projects { tally.usedInProject = true }
        if let statedYears { tally.statedYears = max(tally.statedYears ?? 0, statedYears) }
        if limited { tally.limited = true }
    }

    /// What a tally shows: the proficiency (by the rule above), the years of dated use and the
    /// last year used.
    private struct Judgement {
        var proficiency: Proficiency
        var yearsUsed: Double
        var lastUsed: Int?
        var careerYears: Double = 0
        var careerBasis: String?
    }

    /// Judges a tally; `career` is the years of the dated roles whose family uses the skill,
    /// which count when they say more than the roles that name it.
    private func judge(_ tally: Tally, career: (years: Double, basis: String)?) -> Judgement {
        // Most skills are used in no dated role or in one: their months need no merging.
        let months: Int
        switch tally.ranges.count {
        case 0: months = 0
        case 1: months = tally.ranges[0].months
        default: months = CareerHistory.coveredMonths(of: tally.ranges)
        }
        let yearsUsed = CareerHistory.years(months: Double(months))
        var years = max(yearsUsed, tally.statedYears ?? 0)
        var careerYears = 0.0
        var careerBasis: String?
        // Stated years win when given; otherwise a role whose family uses the skill counts.
        if tally.statedYears == nil, let career, career.years > yearsUsed, career.years >= 1 {
            careerYears = career.years
            careerBasis = career.basis
            years = career.years
        }
        var level = Proficiency.awareness
        let certified = tally.evidence.contains { $0.kind == .certified }
        if certified || !tally.ranges.isEmpty || tally.usedInProject || tally.usedUndated
            || tally.demonstrated || careerYears >= 1
        {
            level = .working
        }
        if years >= 3 { level = .practitioner }
        if years >= 6 { level = .expert }
        if tally.limited, !tally.demonstrated { level = .awareness }
        let lastUsed = tally.ranges.lazy.filter { $0.months > 0 }.map(\.end.year).max()
        return Judgement(
            proficiency: level, yearsUsed: yearsUsed, lastUsed: lastUsed, careerYears: careerYears,
            careerBasis: careerBasis)
    }

    /// The role the resume's top names, before its experience, projects and education: a part
    /// of a short contact line ("Aspiring Data Scientist | Machine Learning"), else the first
    /// sentence of the summary ("Jane is a Principal AI Engineer at ..."), when the title
    /// vocabulary reads a profiled family in it.
    func headline(of document: ResumeDocument) -> Headline? {
        func read(_ text: String, line: Int) -> Headline? {
            // An address ("data.engineer.jane@example.com") names no role.
            if text.contains("@") || text.contains("http") || text.contains("www.") { return nil }
            // Only text with a word such as engineer or analyst can name a role: most lines
            // are told so before the title vocabulary is asked.
            guard RoleHeader.words(text).contains(where: RoleHeader.postWords.contains) else {
                return nil
            }
            let found = lexicon.titles.classify(text)
            guard profiledFamilies.contains(found.family) else { return nil }
            return Headline(
                family: found.family, familyName: found.familyName, line: line, text: text)
        }
        for section in document.sections {
            switch section.kind {
            case .contact:
                for index in section.lines {
                    let line = document.lines[index]
                    guard line.utf8.count { $0 == UInt8(ascii: " ") } < 14 else { continue }
                    for part in line.split(whereSeparator: { "|•·".contains($0) }) {
                        if let found = read(String(part), line: index) { return found }
                    }
                }
            case .summary:
                let body = section.lines.dropFirst(section.heading == nil ? 0 : 1)
                guard let index = body.first(where: { !document.lines[$0].isEmpty }) else {
                    continue
                }
                let line = document.lines[index]
                if line.utf8.count(where: { $0 == UInt8(ascii: " ") }) < 14 {
                    for part in line.split(whereSeparator: { "|•·".contains($0) }) {
                        if let found = read(String(part), line: index) { return found }
                    }
                    return nil
                }
                let sentence =
                    line.split(separator: ".", maxSplits: 1).first.map(String.init) ?? line
                return read(sentence, line: index)
            case .experience, .projects, .education:
                // Past the top: titles there are roles held, not a headline.
                return nil
            default:
                continue
            }
        }
        return nil
    }

    /// The core skills of each role family held for a year or more that the resume never
    /// names: implied by that role at working level, with the role as their reason. A skill
    /// only implied by another found one is raised to working and given the role too.
    private func addUnstated(to found: inout [FoundSkill], history: CareerHistory) {
        let held = career.heldFamilies(in: history)
        guard !held.isEmpty else { return }
        var slot: [String: Int] = [:]
        for index in found.indices { slot[found[index].skill.id] = index }
        for held in held {
            let reason = CareerCredit.asRole(held.years, held.role)
            for id in held.core {
                if let index = slot[id] {
                    guard found[index].implied, found[index].unstated == nil else { continue }
                    found[index].unstated = reason
                    found[index].proficiency = max(found[index].proficiency, .working)
                } else if let position = positions[id] {
                    slot[id] = found.count
                    found.append(
                        FoundSkill(
                            skill: lexicon.skills[position], proficiency: .working, implied: true,
                            impliedBy: nil, evidence: [], statedYears: nil, yearsUsed: 0,
                            lastUsed: nil, unstated: reason))
                }
            }
        }
    }

    /// Skills the ones at these positions imply, transitively, at awareness and marked implied.
    /// `found` is -1 for each skill not found.
    private func impliedSkills(of skills: [Int], found: [Int32]) -> [FoundSkill] {
        var present = found
        var added: [FoundSkill] = []
        // Breadth first, over positions in the lexicon, read from a moving head.
        var queue = skills.map { (skill: $0, root: $0) }
        var head = 0
        while head < queue.count {
            let (skill, root) = queue[head]
            head += 1
            for implied in implies[skill] where present[implied] < 0 {
                present[implied] = Int32(implied)
                added.append(
                    FoundSkill(
                        skill: lexicon.skills[implied], proficiency: .awareness, implied: true,
                        impliedBy: lexicon.skills[root].id, evidence: [], statedYears: nil,
                        yearsUsed: 0, lastUsed: nil))
                queue.append((implied, root))
            }
        }
        return added
    }

    private static func evidenceKind(section: SectionKind, category: SkillCategory)
        -> Evidence.Kind
    {
        if category == .certification { return .certified }
        switch section {
        case .skills: return .listed
        case .experience, .projects: return .used
        case .education: return .studied
        case .certifications: return .certified
        default: return .mentioned
        }
    }

    /// E-mail addresses and links are never matched: their words are not skills.
    private static func maskingPersonalData(_ tokens: [Token]) -> [Token] {
        var result = tokens
        var index = 0
        while index < result.count {
            // Keys are told apart by their hashes first, which most tokens differ in.
            let isMail =
                isAt(result[index].key, result[index].keyHash)
                || (index + 1 < result.count
                    && isAt(result[index + 1].key, result[index + 1].keyHash))
            guard
                isMail
                    || (!result[index].isPunctuation
                        && isLink(result[index].key, result[index].keyHash))
            else {
                index += 1
                continue
            }
            // Mask the whole run of tokens written without spaces ("name@example.com/x").
            var end = index
            while end + 1 < result.count, result[end + 1].start == result[end].end { end += 1 }
            for masked in index...end { result[masked].mask() }
            index = end + 1
        }
        return result
    }

    private static let linkSuffixes: Set<Substring> = [
        "com", "io", "org", "edu", "dev", "co", "me", "app", "ai", "gov", "uk", "de", "example",
    ]

    private static let atHash = TokenVocabulary.hash("@")
    private static let httpHash = TokenVocabulary.hash("http")
    private static let httpsHash = TokenVocabulary.hash("https")

    /// Whether a key, whose hash is `hash`, is "@".
    private static func isAt(_ key: String, _ hash: UInt64) -> Bool {
        hash == atHash && key == "@"
    }

    /// "https", "www.example.com", "github.com": a web address, not a word. (A punctuation mark
    /// is never one: its key is one scalar.)
    private static func isLink(_ key: String, _ hash: UInt64) -> Bool {
        if hash == httpHash || hash == httpsHash, key == "http" || key == "https" { return true }
        guard key.utf8.contains(UInt8(ascii: ".")) else { return false }
        if key.hasPrefix("www.") { return true }
        guard let suffix = key.split(separator: ".").last else { return false }
        return linkSuffixes.contains(suffix)
    }

    private static func isQualifiedAsBasic(_ tokens: [Token], after last: Int) -> Bool {
        let window = tokens[(last + 1)..<min(last + 4, tokens.count)]
        for token in window {
            // The first byte tells most tokens apart before any string is compared.
            switch token.key.utf8.first {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"):
                if token.key.utf8.count == 1 { return false }
            case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "e"), UInt8(ascii: "l"):
                switch token.key {
                case "basic", "beginner", "basics", "familiar", "familiarity", "exposure",
                    "learning":
                    return true
                default:
                    continue
                }
            default:
                continue
            }
        }
        return false
    }

    private static func clip(_ line: String) -> String {
        // A line of at most 240 bytes has at most 240 characters: no need to count them.
        line.utf8.count <= 240 || line.count <= 240 ? line : String(line.prefix(237)) + "..."
    }
}

/// One skill named on one line of any text, for readers of other documents (job postings).
public struct SkillMention: Sendable, Equatable {
    public var skillID: String
    /// 0-based line index.
    public var line: Int
    /// The Unicode-scalar offsets of the mention in its line.
    public var start: Int
    public var end: Int
}

extension SkillExtractor {
    /// Every skill named in `lines`, in order, with where it stands. Lists and skill sections are
    /// told apart by the lines themselves (`inSkillsSection` marks lines known to be skill lists).
    public func mentions(in lines: [String], inSkillsSection: (Int) -> Bool = { _ in false })
        -> [SkillMention]
    {
        var result: [SkillMention] = []
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let tokens = Tokenizer.tokens(of: line)
            let matches = matcher.matches(
                in: tokens,
                context: SkillMatcher.LineContext(inSkillsSection: inSkillsSection(index)))
            for match in matches {
                result.append(
                    SkillMention(
                        skillID: lexicon.skills[match.skillIndex].id, line: index,
                        start: tokens[match.firstToken].start, end: tokens[match.lastToken].end))
            }
        }
        return result
    }
}
