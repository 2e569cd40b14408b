import Testing

@testable import SkillExtraction

@Suite struct TokenizerTests {
    @Test(arguments: [
        "C++", "C#", "F#", ".NET", "Node.js", "Vue.js", "scikit-learn", "TensorFlow.js", "R&D",
        "go-to", "Notepad++",
    ])
    func keepsTechnicalNamesWhole(name: String) {
        let tokens = Tokenizer.tokens(of: "used \(name) daily")
        #expect(tokens.map(\.text) == ["used", name, "daily"])
    }

    /// The hash cut with each token is the vocabulary's hash of its key, on every path.
    @Test func keyHashesAreTheVocabularysHashOfTheKey() {
        for line in [
            "Python, SQL and PyTorch (3 yrs) at ACME", "• Señor Café – ML", "C++/C# .NET",
            "ÜBER Straße",
        ] {
            for token in Tokenizer.tokens(of: line) {
                #expect(token.keyHash == TokenVocabulary.hash(token.key), "\(token.text)")
            }
        }
        var token = Tokenizer.tokens(of: "Python")[0]
        token.mask()
        #expect(token.key == Token.maskedKey && token.isPunctuation)
        #expect(token.keyHash == TokenVocabulary.hash(Token.maskedKey))
    }

    /// Lines whose only non-ASCII scalars are marks or spaces are cut from one byte per scalar;
    /// the tokens are those of the scalar-by-scalar path, offsets and all.
    @Test(arguments: [
        "• Python, SQL – Spark · R", "Sept. 2022 – Present", "– —C++ •.NET “quoted” …",
        "a\u{A0}b\u{2003}• c",
        "▪ 5+ years ● Go/Rust", "\u{1}•\u{1}",
    ])
    func marksOnlyLinesCutLikeTheScalarPath(line: String) {
        var copy = line
        #expect(Tokenizer.tokens(of: line) == copy.withUTF8(Tokenizer.unicodeTokens))
    }

    /// ASCII lines are cut by a table of byte classes; random lines of the characters the rules
    /// care about cut into the same tokens as on the scalar-by-scalar path.
    @Test func asciiScannerCutsLikeTheScalarPath() {
        let alphabet = Array("aZ09.-_&'+#  \t,/(@\u{1}N")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5_000 {
            var line = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(Int(state >> 59) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                line.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            var copy = line
            #expect(Tokenizer.tokens(of: line) == copy.withUTF8(Tokenizer.unicodeTokens), "\(line)")
        }
    }

    @Test func splitsListsAndSlashesIntoTokens() {
        #expect(
            Tokenizer.tokens(of: "CI/CD, A/B testing").map(\.text) == [
                "CI", "/", "CD", ",", "A", "/", "B", "testing",
            ])
        #expect(Tokenizer.tokens(of: "Python. Then").map(\.text) == ["Python", ".", "Then"])
    }

    @Test func readsNonASCIILinesWithScalarOffsets() {
        // Two-, three- and four-byte scalars, a non-ASCII space and a curly apostrophe. A combining
        // accent is not a letter, so it is a mark of its own and splits the word it follows.
        let line = "• Señor Café\u{301}s’ PyTorch – Ünïcode\u{2003}😀 ML"
        let tokens = Tokenizer.tokens(of: line)
        #expect(
            tokens.map(\.text) == [
                "•", "Señor", "Café", "\u{301}", "s", "’", "PyTorch", "–", "Ünïcode", "😀", "ML",
            ])
        #expect(
            tokens.map(\.key) == [
                "•", "señor", "café", "\u{301}", "s", "’", "pytorch", "–", "ünïcode", "😀", "ml",
            ])
        #expect(tokens.filter(\.isPunctuation).map(\.text) == ["•", "\u{301}", "’", "–", "😀"])
        // Offsets are in Unicode scalars, as for ASCII lines.
        let scalars = Array(line.unicodeScalars)
        for token in tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == token.text)
        }
    }
}
