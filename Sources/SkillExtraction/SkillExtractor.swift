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

    public init(lexicon: Lexicon, today: MonthStamp) {
        self.lexicon = lexicon
        matcher = SkillMatcher(lexicon: lexicon)
        parser = DateRangeParser(today: today)
    }

    /// Today's month from the system clock.
    public static func currentMonth() -> MonthStamp {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
        return MonthStamp(year: parts.year ?? 2026, month: parts.month ?? 1)
    }

    /// What one skill gathers while the lines are read.
    private struct Tally {
        var evidence: [Evidence] = []
        var entries: [ExperienceTimeline.Entry] = []
        var usedInProject = false
        var usedUndated = false
        var statedYears: Double?
        var limited = false
    }

    public func profile(of document: ResumeDocument) -> SkillProfile {
        let timeline = ExperienceTimeline(document: document, parser: parser)
        let education = EducationParser(parser: parser)
        var tallies: [Int: Tally] = [:]
        var order: [Int] = []
        for (index, line) in document.lines.enumerated() where !line.isEmpty {
            let kind = document.section(containing: index)?.kind ?? .other
            if kind == .contact { continue }
            let tokens = Self.maskingPersonalData(Tokenizer.tokens(of: line))
            var matches = matcher.matches(
                in: tokens, context: SkillMatcher.LineContext(inSkillsSection: kind == .skills))
            if kind == .education, let field = education.fieldTokens(in: line) {
                matches.removeAll { field.contains($0.firstToken) }
            }
            guard !matches.isEmpty else { continue }
            let stated = StatedDurations.years(for: matches, in: tokens)
            for (position, match) in matches.enumerated() {
                let skill = lexicon.skills[match.skillIndex]
                if tallies[match.skillIndex] == nil { order.append(match.skillIndex) }
                var tally = tallies[match.skillIndex] ?? Tally()
                let evidenceKind = Self.evidenceKind(section: kind, skill: skill)
                if !tally.evidence.contains(where: { $0.line == index + 1 }) {
                    tally.evidence.append(
                        Evidence(
                            kind: evidenceKind, section: kind, line: index + 1,
                            text: Self.clip(line)))
                }
                if kind == .experience {
                    if let entry = timeline.entry(containing: index) {
                        if !tally.entries.contains(entry) { tally.entries.append(entry) }
                    } else {
                        tally.usedUndated = true
                    }
                }
                if kind == .projects { tally.usedInProject = true }
                if let years = stated[position] {
                    tally.statedYears = max(tally.statedYears ?? 0, years)
                }
                if Self.isQualifiedAsBasic(tokens, after: match.lastToken) { tally.limited = true }
                tallies[match.skillIndex] = tally
            }
        }

        var found: [FoundSkill] = order.compactMap { index in
            guard let tally = tallies[index] else { return nil }
            return foundSkill(lexicon.skills[index], tally)
        }
        found.sort { lhs, rhs in
            if lhs.proficiency != rhs.proficiency { return lhs.proficiency > rhs.proficiency }
            if lhs.evidence.count != rhs.evidence.count {
                return lhs.evidence.count > rhs.evidence.count
            }
            return lhs.skill.name.lowercased() < rhs.skill.name.lowercased()
        }
        found += impliedSkills(of: found)
        return SkillProfile(
            document: document, skills: found, experienceYears: timeline.totalYears,
            education: education.records(in: document))
    }

    private func foundSkill(_ skill: Skill, _ tally: Tally) -> FoundSkill {
        let months = ExperienceTimeline.months(of: tally.entries.map(\.range))
        let yearsUsed = (Double(months.count) / 12 * 10).rounded() / 10
        let years = max(yearsUsed, tally.statedYears ?? 0)
        var level = Proficiency.awareness
        let certified = tally.evidence.contains { $0.kind == .certified }
        if certified || !tally.entries.isEmpty || tally.usedInProject || tally.usedUndated {
            level = .working
        }
        if years >= 3 { level = .practitioner }
        if years >= 6 { level = .expert }
        if tally.limited { level = .awareness }
        let lastUsed = tally.entries.map(\.range.end.year).max()
        return FoundSkill(
            skill: skill, proficiency: level, implied: false, impliedBy: nil,
            evidence: tally.evidence,
            statedYears: tally.statedYears, yearsUsed: yearsUsed, lastUsed: lastUsed)
    }

    /// Skills the found ones imply (transitively), at awareness and marked implied.
    private func impliedSkills(of found: [FoundSkill]) -> [FoundSkill] {
        var present = Set(found.map(\.skill.id))
        var added: [FoundSkill] = []
        var queue = found.map { ($0.skill, $0.skill.id) }
        while !queue.isEmpty {
            let (skill, root) = queue.removeFirst()
            for id in skill.implies where !present.contains(id) {
                guard let implied = lexicon.skill(id) else { continue }
                present.insert(id)
                added.append(
                    FoundSkill(
                        skill: implied, proficiency: .awareness, implied: true, impliedBy: root,
                        evidence: [], statedYears: nil, yearsUsed: 0, lastUsed: nil))
                queue.append((implied, root))
            }
        }
        return added
    }

    private static func evidenceKind(section: SectionKind, skill: Skill) -> Evidence.Kind {
        if skill.category == .certification { return .certified }
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
            let key = result[index].key
            let isLink =
                key.hasPrefix("http") || key.hasPrefix("www.") || key.contains(".com")
                || key.contains(".io") || key.contains(".org")
            let isMail = index + 1 < result.count && result[index + 1].key == "@"
            if isLink || isMail || key == "@" {
                // Mask the whole run up to the next space-separated gap.
                var end = index
                while end + 1 < result.count, result[end + 1].start == result[end].end { end += 1 }
                for masked in index...end {
                    result[masked].key = "\u{0}"
                    result[masked].isPunctuation = true
                }
                index = end + 1
                continue
            }
            index += 1
        }
        return result
    }

    private static func isQualifiedAsBasic(_ tokens: [Token], after last: Int) -> Bool {
        let window = tokens[(last + 1)..<min(last + 4, tokens.count)]
        for token in window {
            if token.key == "," || token.key == ";" || token.key == "|" { return false }
            if ["basic", "beginner", "basics", "familiar", "familiarity", "exposure", "learning"]
                .contains(token.key)
            {
                return true
            }
        }
        return false
    }

    private static func clip(_ line: String) -> String {
        line.count <= 240 ? line : String(line.prefix(237)) + "..."
    }
}
