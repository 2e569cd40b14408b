import Foundation
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

    @Test func aColumnOfDatesBesideEntriesStaysOnTheirLines() {
        // Three entries, each dated far right on its title's line: a column of three or more
        // rows, but of dates, not of text to be read on its own.
        var page: [Glyph] = []
        let entries = [
            ("Principal AI Engineer", "2025 - Present"), ("Critical Software", nil),
            ("DevOps Engineer", "2019 - 2022"), ("Siemens", nil),
            ("Test Automation Engineer", "2014 - 2017"), ("Coriant", nil),
        ]
        for (row, entry) in entries.enumerated() {
            page += glyphs(entry.0, x: 20, y: 100 + Double(row) * 14)
            if let date = entry.1 { page += glyphs(date, x: 400, y: 100 + Double(row) * 14) }
        }
        let lines = PageLayout.blocks(of: page).flatMap { $0 }
        #expect(lines.contains("Principal AI Engineer 2025 - Present"))
        #expect(lines.contains("Test Automation Engineer 2014 - 2017"))
    }

    @Test func aSidebarWithAFewDatesIsStillAColumn() {
        var page: [Glyph] = []
        let sidebar = ["EDUCATION", "MSc Physics", "2012 - 2014", "SKILLS", "Python", "SQL"]
        let main = [
            "EXPERIENCE", "Built a churn model", "Served it on AWS", "Cut costs by half",
            "Mentored two analysts", "Wrote the runbook",
        ]
        for row in 0..<6 {
            page += glyphs(sidebar[row], x: 20, y: 100 + Double(row) * 14)
            page += glyphs(main[row], x: 200, y: 100 + Double(row) * 14)
        }
        #expect(PageLayout.blocks(of: page) == [sidebar, main])
    }

    @Test func datesStackedOverThreeRowsStayAColumn() {
        // "Current | 08/2023" printed one above the other beside the entries: extraction pairs
        // such a column with the entries after it.
        var page: [Glyph] = []
        let dates = ["Current", "|", "08/2023", "2021", "|", "2020"]
        let main = ["Data Analyst", "Bol Utrecht", "Dashboards", "Engineer", "Domikat", "Budgets"]
        for row in 0..<6 {
            page += glyphs(dates[row], x: 20, y: 100 + Double(row) * 14)
            page += glyphs(main[row], x: 200, y: 100 + Double(row) * 14)
        }
        #expect(PageLayout.blocks(of: page) == [dates, main])
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

/// The same layouts in real PDFs, read through poppler.
@Suite struct DateColumnPDFTests {
    @Test func aPDFsRightDateColumnIsReadWithItsEntries() throws {
        let lines: [(x: Int, y: Int, text: String)] = [
            (72, 700, "EXPERIENCE"),
            (72, 680, "Senior Data Engineer"), (450, 680, "2020 - Present"),
            (72, 666, "Roku, San Jose, CA"),
            (72, 652, "Built pipelines in Spark for the finance team every night"),
            (72, 630, "Data Engineer"), (450, 630, "2017 - 2020"),
            (72, 616, "Arm, Austin, TX"),
            (72, 602, "Moved the warehouse to Snowflake and wrote its tests"),
            (72, 580, "Software Engineer"), (450, 580, "2014 - 2017"),
            (72, 566, "Apple, Cupertino, CA"),
            (72, 552, "Wrote services in Java and Scala for the payments team"),
        ]
        let url = try Paths.temporaryFolder().appendingPathComponent("dates.pdf")
        try TestPDF.data(placed: lines).write(to: url)
        let document = try ResumeReader().document(at: url)
        #expect(document.lines.contains("Senior Data Engineer 2020 - Present"))
        #expect(document.lines.contains("Software Engineer 2014 - 2017"))
        #expect(!document.lines.contains("2020 - Present"))
    }
}
