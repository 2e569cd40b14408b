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

    @Test func splitsListsAndSlashesIntoTokens() {
        #expect(
            Tokenizer.tokens(of: "CI/CD, A/B testing").map(\.text) == [
                "CI", "/", "CD", ",", "A", "/", "B", "testing",
            ])
        #expect(Tokenizer.tokens(of: "Python. Then").map(\.text) == ["Python", ".", "Then"])
    }
}
