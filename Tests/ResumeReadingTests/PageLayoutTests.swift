import Testing

@testable import ResumeReading

/// Builds glyphs for a line of text set at a position, 6 points a character.
private func glyphs(_ text: String, x: Double, y: Double, advance: Double = 6) -> [Glyph] {
    var result: [Glyph] = []
    var left = x
    for scalar in text.unicodeScalars {
        result.append(
            Glyph(scalar: scalar, box: Box(x0: left, y0: y, x1: left + advance - 1, y1: y + 10)))
        left += advance
    }
    result.append(Glyph(scalar: "\n", box: Box(x0: left, y0: y, x1: left, y1: y + 10)))
    return result
}

@Suite struct PageLayoutTests {
    @Test func readsTwoColumnsAsSeparateBlocks() {
        var page: [Glyph] = []
        let sidebar = ["SKILLS", "Python, SQL", "PyTorch", "Docker"]
        let main = ["EXPERIENCE", "Built a churn model", "Served it on AWS", "Cut costs by half"]
        for row in 0..<4 {
            // poppler's order interleaves the columns row by row, as a naive reader would.
            page += glyphs(sidebar[row], x: 20, y: 100 + Double(row) * 14)
            page += glyphs(main[row], x: 200, y: 100 + Double(row) * 14)
        }
        let blocks = PageLayout.blocks(of: page)
        #expect(blocks == [sidebar, main])
    }

    @Test func keepsRightAlignedDatesOnTheirLine() {
        var page = glyphs("Data Engineer, Acme", x: 20, y: 100)
        page += glyphs("2019 - 2021", x: 400, y: 100)
        page += glyphs("Built pipelines in Spark for the finance team every night", x: 20, y: 114)
        let blocks = PageLayout.blocks(of: page)
        #expect(blocks.flatMap { $0 }.first == "Data Engineer, Acme 2019 - 2021")
    }

    @Test func rebuildsLetterSpacedHeadingsFromGaps() {
        // "DATA SCIENCE" with wide tracking: 3 points between letters, 12 between words.
        var page: [Glyph] = []
        var x = 20.0
        for word in ["DATA", "SCIENCE"] {
            for scalar in word.unicodeScalars {
                page.append(Glyph(scalar: scalar, box: Box(x0: x, y0: 50, x1: x + 6, y1: 60)))
                page.append(Glyph(scalar: " ", box: Box(x0: x + 6, y0: 50, x1: x + 9, y1: 60)))
                x += 9
            }
            x += 9
        }
        #expect(PageLayout.blocks(of: page) == [["DATA SCIENCE"]])
    }

    @Test func joinsHyphenatedWordsAcrossLines() {
        var page = glyphs("Models in PyTorch and Scikit-", x: 20, y: 100)
        page += glyphs("learn for the team", x: 20, y: 112)
        #expect(
            PageLayout.blocks(of: page) == [["Models in PyTorch and Scikit-learn for the team"]])
    }
}
