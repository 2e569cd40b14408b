import Testing

@testable import SkillExtraction

@Suite struct TokenVocabularyTests {
    @Test func everyKeyKeepsItsIdThroughGrowth() {
        var vocabulary = TokenVocabulary()
        // Short and long keys, ASCII and not, past several growths of the table.
        let keys =
            (0..<5_000).map { "w\($0)" } + ["c++", "node.js", "scikit-learn", "señal"]
            + ["a-very-long-key-that-is-not-a-small-string"]
        let ids = keys.map { vocabulary.insert($0) }
        #expect(ids == (0..<Int32(keys.count)).map { $0 })
        for (key, id) in zip(keys, ids) {
            #expect(vocabulary.id(of: key) == id)
            #expect(vocabulary.insert(key) == id)
        }
        for unknown in ["w5000", "", "C++", "node", "senal", "w-1"] {
            #expect(vocabulary.id(of: unknown) == nil)
        }
    }
}
