import Foundation

/// The section headings resumes use, and the kind each one names.
enum HeadingVocabulary {
    /// Small words allowed in lower case inside a title-case heading.
    static let connectors: Set<String> = ["and", "&", "of", "the", "in", "for", "/", "-", "+", "|"]

    /// The kind of an exact heading, ignoring case, punctuation and spacing.
    static func exactKind(of text: String) -> SectionKind? {
        exact[key(text)]
    }

    /// ``exactKind(of:)`` for a text whose ``key(_:)`` the caller has made.
    static func exactKind(ofKey key: String) -> SectionKind? {
        exact[key]
    }

    /// The kind named by the first section word of a heading-shaped line, given its
    /// ``key(_:)`` ("Experience & Internships" is experience).
    static func keywordKind(ofKey key: String) -> SectionKind? {
        // The key's words are separated by single spaces: each is looked up as it ends, without
        // an array of the words.
        var wordStart = key.startIndex
        for index in key.utf8.indices where key.utf8[index] == 0x20 {
            if let kind = keywords[String(key[wordStart..<index])] { return kind }
            wordStart = key.utf8.index(after: index)
        }
        return wordStart < key.endIndex ? keywords[String(key[wordStart...])] : nil
    }

    /// True when `text` names a human language, so "Languages: English, Spanish" is about them.
    static func namesHumanLanguage(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }
        return words.contains { humanLanguages.contains(String($0)) }
    }

    /// Lowercase letters only, words separated by single spaces, "&" read as "and".
    static func key(_ text: String) -> String {
        if let key = asciiKey(text) { return key }
        var words: [String] = []
        var current = ""
        for char in text {
            if char.isLetter {
                current.append(contentsOf: char.lowercased())
            } else {
                if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                if char == "&" { words.append("and") }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    /// ``key(_:)`` from the bytes of an ASCII line, where the letters are A-Z and a-z; nil for
    /// other lines. Headings are looked up for most short lines, so the key is built in one pass.
    private static func asciiKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { source -> String? in
            guard ByteSearch.isASCII(source) else { return nil }
            // At most one byte per byte, plus a space and "and" for each "&".
            let capacity = source.count * 4 + 1
            return String(unsafeUninitializedCapacity: capacity) { key in
                var count = 0
                var inWord = false
                for byte in source {
                    if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
                        if !inWord, count > 0 {
                            key[count] = 0x20
                            count += 1
                        }
                        key[count] = byte | 0x20
                        count += 1
                        inWord = true
                        continue
                    }
                    inWord = false
                    if byte == UInt8(ascii: "&") {
                        if count > 0 {
                            key[count] = 0x20
                            count += 1
                        }
                        for letter in "and".utf8 {
                            key[count] = letter
                            count += 1
                        }
                    }
                }
                return count
            }
        }
    }

    private static let exact: [String: SectionKind] = {
        var table: [String: SectionKind] = [:]
        let groups: [(SectionKind, [String])] = [
            (
                .contact,
                [
                    "contact", "contacts", "contact information", "contact info", "contact details",
                    "personal information", "personal details", "personal data", "personal info",
                ]
            ),
            (
                .summary,
                [
                    "summary", "professional summary", "profile", "professional profile", "about",
                    "about me", "objective", "career objective", "career summary",
                    "executive summary", "overview", "introduction", "personal statement",
                    "summary of qualifications", "qualifications summary", "highlights",
                    "career highlights", "bio", "personal profile", "professional overview",
                ]
            ),
            (
                .skills,
                [
                    "skills", "technical skills", "core competencies", "competencies", "key skills",
                    "skills and abilities", "technologies", "tech stack", "technical expertise",
                    "expertise", "areas of expertise", "tools", "tools and technologies",
                    "programming languages", "technical proficiencies", "proficiencies",
                    "skill set", "skillset", "computer skills", "it skills", "hard skills",
                    "soft skills", "core skills", "relevant skills", "technical summary",
                    "skills summary", "technical competencies", "professional skills",
                    "skills and expertise", "skills and tools", "key competencies", "strengths",
                    "abilities", "software", "frameworks", "technical knowledge",
                    "skills and technologies", "technical skills and tools",
                ]
            ),
            (
                .experience,
                [
                    "experience", "work experience", "professional experience", "work history",
                    "employment", "employment history", "career history", "relevant experience",
                    "professional background", "internships", "internship experience",
                    "internship", "research experience", "industry experience",
                    "teaching experience", "volunteer experience", "volunteering",
                    "leadership experience", "professional history", "other experience",
                    "additional experience", "military experience", "experiences",
                    "career", "positions held", "employment experience", "work",
                ]
            ),
            (
                .projects,
                [
                    "projects", "personal projects", "academic projects", "selected projects",
                    "key projects", "side projects", "project experience", "portfolio",
                    "open source", "open source contributions", "notable projects",
                    "technical projects", "research projects", "capstone project",
                    "capstone projects", "project", "project highlights", "data projects",
                ]
            ),
            (
                .education,
                [
                    "education", "academic background", "education and training",
                    "academic qualifications", "qualifications", "academics",
                    "educational background", "academic history", "relevant coursework",
                    "coursework", "courses", "studies", "academic experience",
                    "education and certifications", "formal education", "degrees",
                ]
            ),
            (
                .certifications,
                [
                    "certifications", "certificates", "certifications and licenses", "licenses",
                    "licenses and certifications", "professional certifications", "credentials",
                    "certification", "accreditations", "professional development",
                    "training and certifications", "courses and certifications",
                    "certificates and courses", "training",
                ]
            ),
            (
                .publications,
                [
                    "publications", "selected publications", "papers", "research papers",
                    "patents", "publications and presentations", "presentations", "talks",
                    "conference talks", "research",
                ]
            ),
            (
                .awards,
                [
                    "awards", "honors", "honours", "awards and honors", "achievements",
                    "accomplishments", "honors and awards", "scholarships", "recognition",
                    "distinctions", "awards and achievements", "key achievements",
                ]
            ),
            (
                .languages,
                [
                    "languages", "spoken languages", "language skills", "language proficiency",
                    "foreign languages",
                ]
            ),
            (
                .interests,
                [
                    "interests", "hobbies", "hobbies and interests", "personal interests",
                    "activities", "extracurricular activities", "extracurriculars",
                    "interests and hobbies",
                ]
            ),
            (
                .other,
                [
                    "references", "additional information", "miscellaneous", "other",
                    "memberships", "affiliations", "professional affiliations",
                    "professional memberships", "leadership", "fields",
                ]
            ),
        ]
        for (kind, names) in groups {
            for name in names { table[name] = kind }
        }
        return table
    }()

    private static let keywords: [String: SectionKind] = [
        "skills": .skills, "competencies": .skills, "technologies": .skills,
        "experience": .experience, "employment": .experience, "internships": .experience,
        "projects": .projects, "education": .education, "coursework": .education,
        "certifications": .certifications, "certificates": .certifications,
        "publications": .publications, "awards": .awards, "honors": .awards,
        "honours": .awards, "achievements": .awards, "languages": .languages,
        "interests": .interests, "hobbies": .interests, "summary": .summary,
        "profile": .summary, "objective": .summary, "contact": .contact,
    ]

    private static let humanLanguages: Set<String> = [
        "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "russian",
        "chinese", "mandarin", "cantonese", "japanese", "korean", "arabic", "hindi", "bengali",
        "urdu", "turkish", "polish", "swedish", "norwegian", "danish", "finnish", "greek",
        "hebrew", "persian", "farsi", "vietnamese", "thai", "indonesian", "malay", "tagalog",
        "swahili", "ukrainian", "czech", "romanian", "hungarian", "tamil", "telugu", "punjabi",
        "native", "fluent", "bilingual",
    ]
}
