/// A word or a punctuation mark of a line, with its position.
struct Token: Equatable {
    /// The text as written.
    var text: String
    /// The lowercased text, used as the matching key.
    var key: String
    /// Punctuation (",", "/", "(", "•", ...) rather than a word.
    var isPunctuation: Bool
    /// The character offsets of the token in its line.
    var start: Int
    var end: Int
}

/// Splits a line into tokens that keep technical names whole.
///
/// A word is a run of letters and digits; `.`, `-`, `&`, `_` and `'` stay inside it when a letter
/// or digit follows ("Node.js", "scikit-learn", "R&D", "go-to"), `+` and `#` stay at its end
/// ("C++", "C#") and a leading `.` before letters stays at its start (".NET"). Every other
/// non-space character is a punctuation token of its own, so "CI/CD" is `CI`, `/`, `CD` and a
/// list "Python, R" keeps its comma.
enum Tokenizer {
    static func tokens(of line: String) -> [Token] {
        let chars = Array(line)
        var tokens: [Token] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char.isWhitespace {
                index += 1
                continue
            }
            let startsDotWord =
                char == "." && index + 1 < chars.count && chars[index + 1].isLetter
                && (index == 0 || !isWordCharacter(chars[index - 1]))
            if isWordCharacter(char) || startsDotWord {
                let start = index
                index += 1
                while index < chars.count {
                    let current = chars[index]
                    if isWordCharacter(current) {
                        index += 1
                    } else if "._-&'’".contains(current), index + 1 < chars.count,
                        isWordCharacter(chars[index + 1]), isWordCharacter(chars[index - 1])
                    {
                        index += 1
                    } else {
                        break
                    }
                }
                while index < chars.count, chars[index] == "+" || chars[index] == "#",
                    isWordCharacter(chars[index - 1]) || chars[index - 1] == "+"
                {
                    index += 1
                }
                let text = String(chars[start..<index])
                tokens.append(
                    Token(
                        text: text, key: text.lowercased(), isPunctuation: false, start: start,
                        end: index))
                continue
            }
            let text = String(char)
            tokens.append(
                Token(text: text, key: text, isPunctuation: true, start: index, end: index + 1))
            index += 1
        }
        return tokens
    }

    private static func isWordCharacter(_ char: Character) -> Bool {
        char.isLetter || char.isNumber
    }
}
