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
    ])
    func joinsLetterSpacedHeadings(raw: String, expected: String) {
        #expect(TextRepair.joinLetterSpacing(raw) == expected)
    }

    @Test func leavesOrdinaryCapitalsAlone() {
        #expect(TextRepair.joinLetterSpacing("AWS S3 EC2 IAM") == nil)
        #expect(TextRepair.joinLetterSpacing("R, C, Go") == nil)
    }
}

@Suite struct TextDecodingTests {
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
