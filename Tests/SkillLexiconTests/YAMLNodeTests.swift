import Testing

@testable import SkillLexicon

@Suite struct YAMLNodeTests {
    private func pairs(_ node: YAMLNode?) throws -> [(key: YAMLNode, value: YAMLNode)] {
        guard case .mapping(let pairs, _) = try #require(node) else {
            Issue.record("not a mapping")
            return []
        }
        return pairs
    }

    private func error(parsing text: String) -> YAMLSyntaxError? {
        do {
            _ = try YAMLNode.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsMappingsSequencesAndLines() throws {
        let root = try YAMLNode.parse("# skills\nid: python\naliases:\n  - py\n  - python3\n")
        let fields = try pairs(root)
        #expect(fields.map { $0.key.text } == ["id", "aliases"])
        #expect(fields[0].value.text == "python")
        #expect(fields[0].key.line == 2)
        guard case .sequence(let items, let line) = fields[1].value else {
            Issue.record("aliases is not a sequence")
            return
        }
        #expect(items.map(\.text) == ["py", "python3"])
        #expect(line == 4)
        #expect(items[1].line == 5)
    }

    @Test func anEmptyTextHasNoDocument() throws {
        #expect(try YAMLNode.parse("") == nil)
        #expect(try YAMLNode.parse("# only a comment\n") == nil)
    }

    @Test func aliasesAreTheNodesTheirAnchorsName() throws {
        let text = """
            steps: &steps
              - { title: Write scripts, hours: &h 10 }
            learning: *steps
            hours: *h
            """
        let fields = try pairs(YAMLNode.parse(text))
        guard case .sequence(let items, let line) = fields[1].value else {
            Issue.record("learning is not a sequence")
            return
        }
        #expect(line == 1)  // where its anchor is
        #expect(try pairs(items.first).map { $0.value.text } == ["Write scripts", "10"])
        #expect(fields[2].value.integer == 10)
        #expect(fields[2].value.line == 2)
    }

    @Test func anUndefinedAliasIsAnError() {
        let found = error(parsing: "name: Python\naliases: *names\n")
        #expect(found == YAMLSyntaxError(line: 2, message: "found undefined alias"))
    }

    @Test func aNodeCannotContainItsOwnAlias() {
        #expect(error(parsing: "list: &list\n  - *list\n")?.message == "found undefined alias")
    }

    @Test func duplicateKeysAreNamedAtTheFirstOnesLine() {
        let text = "id: python\nname: Python\nstage: core\nname: Py\nid: py\n"
        let found = error(parsing: text)
        #expect(found == YAMLSyntaxError(line: 1, message: "duplicated keys id, name"))
    }

    @Test func duplicateKeysInALargeMappingAreNamedTheSameWay() {
        // Past 32 keys they are found by hashing, not by comparing every pair.
        var lines = (0..<100).map { "k\($0): v" }
        lines.insert("k7: again", at: 60)
        lines.insert("'k3': again", at: 80)
        lines.append("k7: third")
        let found = error(parsing: lines.joined(separator: "\n") + "\n")
        #expect(found == YAMLSyntaxError(line: 4, message: "duplicated keys k3, k7"))
        #expect(error(parsing: (0..<100).map { "k\($0): v" }.joined(separator: "\n")) == nil)
    }

    @Test func nestingPastTheLimitIsAnErrorAtItsLine() {
        let deep = "a: 1\nx: " + String(repeating: "[", count: 20_000) + "\n"
        let found = error(parsing: deep)
        #expect(found?.line == 2)
        #expect(found?.message.contains("nested more than 64 levels deep") == true)
        let limit = "x: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
        #expect(error(parsing: limit) == nil)
    }

    @Test func keysAreTheSameWhateverTheirQuotes() {
        #expect(error(parsing: "x: 1\n'x': 2\n")?.message == "duplicated keys x")
        #expect(error(parsing: "{a: [1, 2], ? [1, 2] : a, ? [1, 2] : b}") != nil)
        #expect(error(parsing: "a: {b: 1, b: 2}\n")?.line == 1)
    }

    @Test func aSecondDocumentIsAnError() {
        let found = error(parsing: "id: python\n---\nid: r\n")
        #expect(
            found
                == YAMLSyntaxError(
                    line: 2,
                    message: "expected a single document in the stream; but found another document"
                ))
    }

    @Test func syntaxErrorsGiveLibYAMLsContextAndProblem() {
        let found = error(parsing: "skills:\n  - id: python\n    name: [unclosed\n")
        #expect(
            found
                == YAMLSyntaxError(
                    line: 4,
                    message: "while parsing a flow sequence; did not find expected ',' or ']'"))
    }

    @Test func aControlCharacterIsReportedOnItsLine() {
        #expect(
            error(parsing: "id: python\nname: Py\u{1}thon\n")
                == YAMLSyntaxError(line: 2, message: "control characters are not allowed"))
    }

    @Test(arguments: ["no", "on", "yes", "off", "true", "False", "y"])
    func wordsThatOtherYAMLReadersTakeForBooleansStayText(word: String) throws {
        let value = try pairs(YAMLNode.parse("name: \(word)\n"))[0].value
        #expect(value.text == word)
        #expect(!value.isNull)
    }

    @Test(arguments: [
        ("~", true), ("null", true), ("Null", true), ("NULL", true), ("", true), ("'null'", false),
        ("''", false), ("nil", false), ("NuLL", false),
    ])
    func onlyPlainNullWordsAreNull(text: String, null: Bool) throws {
        #expect(try pairs(YAMLNode.parse("aliases: \(text)\n"))[0].value.isNull == null)
    }

    @Test(
        arguments: [
            ("10", 10), ("+3", 3), ("-2", -2), ("1_000", 1_000), ("0x1F", 31), ("0o17", 15),
            ("017", 15), ("0b101", 5), ("0", 0), ("\"5\"", nil), ("'5'", nil), ("3.0", nil),
            ("1:30", nil), ("five", nil), ("09", nil),
        ] as [(String, Int?)])
    func wholeNumbersAreReadFromPlainScalars(text: String, value: Int?) throws {
        #expect(try pairs(YAMLNode.parse("weight: \(text)\n"))[0].value.integer == value)
    }

    @Test(
        arguments: [
            ("10", 10), ("2.5", 2.5), ("1_0.5", 10.5), ("1e2", 100), ("-.inf", -.infinity),
            ("\"10\"", nil), ("'2.5'", nil), ("ten", nil), ("1:30", nil),
        ] as [(String, Double?)])
    func numbersAreReadFromPlainScalars(text: String, value: Double?) throws {
        #expect(try pairs(YAMLNode.parse("hours: \(text)\n"))[0].value.number == value)
    }
}
