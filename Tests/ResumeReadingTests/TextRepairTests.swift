import Foundation
import Testing

@testable import ResumeReading

@Suite struct TextRepairTests {
    @Test func replacesLigaturesAndOddSpaces() {
        #expect(TextRepair.normalise("ﬁne-tuned\u{00A0}the\tworkﬂow ") == "fine-tuned the workflow")
    }

    @Test func collapsesDoubledHyphensInsideWords() {
        #expect(
            TextRepair.normalise("an on--campus job, call 555--5555")
                == "an on-campus job, call 555-5555")
        #expect(TextRepair.normalise("run it with --verbose") == "run it with --verbose")
    }

    @Test func dropsPrivateUseIconGlyphs() {
        #expect(
            TextRepair.normalise("\u{F0E0} jane@example.com \u{F095} 555-0100")
                == "jane@example.com 555-0100")
    }

    @Test(arguments: [
        ("Scikit-", "learn", "Scikit-learn"),
        ("data-", "driven teams", "data-driven teams"),
        ("built the develop-", "ment pipeline", "built the development pipeline"),
        ("cross-", "functional", "cross-functional"),
        ("co-", "founded", "co-founded"),
    ])
    func joinsWordsBrokenAtLineEnd(first: String, second: String, expected: String) {
        #expect(TextRepair.joinHyphenation([first, second]) == [expected])
    }

    @Test func leavesDashesAndCapitalisedNextLinesAlone() {
        #expect(TextRepair.joinHyphenation(["2019 -", "2021"]) == ["2019 -", "2021"])
        #expect(TextRepair.joinHyphenation(["Skills -", "Python"]) == ["Skills -", "Python"])
    }

    @Test(arguments: [
        ("E X P E R I E N C E", "EXPERIENCE"),
        ("D A T A  S C I E N C E", "DATA SCIENCE"),
        ("S K I L L S", "SKILLS"),
        ("  R & D  T E A M ", "R&D TEAM"), ("Q A   E N G I N E E R", "QA ENGINEER"),
        ("É X P É R I E N C E", "ÉXPÉRIENCE"),
    ])
    func joinsLetterSpacedHeadings(raw: String, expected: String) {
        #expect(TextRepair.joinLetterSpacing(raw) == expected)
    }

    @Test func leavesOrdinaryCapitalsAlone() {
        #expect(TextRepair.joinLetterSpacing("AWS S3 EC2 IAM") == nil)
        #expect(TextRepair.joinLetterSpacing("R, C, Go") == nil)
        #expect(TextRepair.joinLetterSpacing("A B C D 1") == nil)
    }
}

@Suite struct TextDecodingTests {
    /// The rule as first written, over scalars: binary when more than one character in twenty
    /// (of the first 65,536) is a control other than white space.
    private func referenceLooksBinary(_ text: String) -> Bool {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(65_536) {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x0C: continue
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFD: controls += 1
            default: continue
            }
        }
        return total > 0 && controls * 20 > total
    }

    @Test func binaryCheckMatchesTheScalarRule() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "plain words ", "\u{7F}", "\u{1}", "\t", "\u{85}", "\u{9F}", "\u{FFFD}", "é", "–",
            "\u{B}", "12345678", "~~~~~~~~", "\u{A0}", "😀",
        ]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let decoded = TextDecoding.decode(Data(text.utf8))
            #expect((decoded == nil) == referenceLooksBinary(text), "\(text.debugDescription)")
        }
    }

    @Test func splitsLinesOnEveryBreak() {
        #expect(TextDecoding.lines(of: "a\nb\r\nc\rd") == ["a", "b", "c", "d"])
        #expect(TextDecoding.lines(of: "\n\ncafé – ok\n") == ["", "", "café – ok", ""])
        #expect(TextDecoding.lines(of: "") == [""])
    }

    @Test(arguments: [
        "cv.txt", "Samples/Jane.Doe.MD", "a/b.tar.gz", ".bashrc", "dir.d/notes", "file.", "x",
        "/abs/path/résumé.html",
    ])
    func fileExtensionIsTheURLs(path: String) {
        #expect(
            ResumeReader.fileExtension(of: path)
                == URL(fileURLWithPath: path).pathExtension.lowercased())
    }
}
