import Foundation
import ResumeReading
import SkillExtraction

/// Removes e-mail addresses, phone numbers and web addresses from evidence text and from a read
/// resume's lines (`--redact`).
public enum Redaction {
    public static let mark = "[redacted]"

    private static let patterns: [NSRegularExpression] = [
        #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#,
        #"(?i)\b(?:https?://|www\.)[^\s,;)]+"#,
        #"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|co|me|edu|app|gov|uk|de)(?:/[^\s,;)]*)?"#,
        #"\+?\(?\d[\d\s().-]{5,}\d"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// `text` with personal details replaced; phone-like runs need seven digits or more.
    public static func redact(_ text: String) -> String {
        var result = text
        for (index, pattern) in patterns.enumerated() {
            let range = NSRange(result.startIndex..., in: result)
            let matches = pattern.matches(in: result, range: range).reversed()
            for match in matches {
                guard let swiftRange = Range(match.range, in: result) else { continue }
                if index == 3, result[swiftRange].filter(\.isNumber).count < 7 { continue }
                result.replaceSubrange(swiftRange, with: mark)
            }
        }
        return result
    }

    /// The document with every line and heading redacted (`skillgap read --redact`).
    public static func redact(_ document: ResumeDocument) -> ResumeDocument {
        var copy = document
        copy.lines = document.lines.map(redact)
        copy.sections = document.sections.map { section in
            var redacted = section
            redacted.heading = section.heading.map(redact)
            return redacted
        }
        return copy
    }

    /// The profile with every evidence line redacted.
    public static func redact(_ profile: SkillProfile) -> SkillProfile {
        var copy = profile
        copy.skills = profile.skills.map { found in
            var skill = found
            skill.evidence = found.evidence.map { evidence in
                var redacted = evidence
                redacted.text = redact(evidence.text)
                return redacted
            }
            return skill
        }
        return copy
    }
}
