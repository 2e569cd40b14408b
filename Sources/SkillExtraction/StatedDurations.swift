/// Years written next to a skill: "5+ years of Python", "Python (3 yrs)", "SQL: 4 years".
enum StatedDurations {
    /// For each match (by position), the years stated for it on this line, if any.
    static func years(for matches: [SkillMatcher.Match], in tokens: [Token]) -> [Int: Double] {
        var result: [Int: Double] = [:]
        for (index, token) in tokens.enumerated() {
            // The year word first: it rules out almost every token without parsing a number.
            guard index + 1 < tokens.count, tokens[index + 1].key.utf8.first == UInt8(ascii: "y"),
                yearWords.contains(tokens[index + 1].key),
                let value = number(token.key)
            else { continue }
            // Forward: "5+ years of (experience with) Python and SQL", up to the end of the clause.
            var clauseEnd = index + 2
            while clauseEnd < tokens.count, clauseEnd < index + 14,
                ![".", ";", "(", ")"].contains(tokens[clauseEnd].key)
            {
                clauseEnd += 1
            }
            let opensClause =
                index + 2 < tokens.count
                && ["of", "with", "in", "using", "experience"].contains(tokens[index + 2].key)
            for (position, match) in matches.enumerated() {
                if opensClause, match.firstToken > index + 1, match.firstToken < clauseEnd {
                    result[position] = max(result[position] ?? 0, value)
                }
                // Backward: "Python (3 yrs)", "SQL: 4 years", "Spark - 2 years".
                if match.lastToken + 2 == index,
                    ["(", ":", "-", "–", ","].contains(tokens[index - 1].key)
                {
                    result[position] = max(result[position] ?? 0, value)
                }
                if match.lastToken + 1 == index {
                    result[position] = max(result[position] ?? 0, value)
                }
            }
        }
        return result
    }

    static let yearWords: Set<String> = ["years", "year", "yrs", "yr", "years'", "year's"]

    private static func number(_ key: String) -> Double? {
        let trimmed = key.utf8.last == UInt8(ascii: "+") ? String(key.dropLast()) : key
        if let value = Double(trimmed), value > 0, value < 60 { return value }
        return words[trimmed]
    }

    private static let words: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    ]
}
