/// A rectangle on a page in points, origin at the top left.
struct Box: Equatable, Sendable {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var midY: Double { (y0 + y1) / 2 }

    func union(_ other: Box) -> Box {
        Box(
            x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1),
            y1: max(y1, other.y1))
    }
}

/// One character of a page's text with the box poppler drew it in.
struct Glyph: Equatable, Sendable {
    var scalar: Unicode.Scalar
    var box: Box
}

/// Puts a page's glyphs back into reading order: columns and sidebars as separate blocks, each a
/// list of lines.
///
/// The page is cut into horizontal bands at vertical white space; a run of bands that shares an
/// empty vertical gutter, with at least three lines on each side of it, is a pair of columns and
/// is read left column first. Each side is laid out again the same way, so nested layouts work. A
/// single line with a right-aligned date stays one line, because one line is never a column.
struct PageLayout {
    struct Word: Equatable {
        var text: String
        var box: Box
        /// Each character's box, kept for repairing letter-spaced headings.
        var glyphs: [Glyph]
    }

    private let minimumGutter: Double
    private let bandGap: Double
    private static let minimumColumnLines = 3

    /// Makes a layout tuned to the sizes of one page's words.
    init(words: [Word]) {
        var charWidths: [Double] = []
        var heights: [Double] = []
        for word in words {
            let count = Double(max(word.glyphs.count, 1))
            charWidths.append(word.box.width / count)
            heights.append(word.box.height)
        }
        charWidths.sort()
        heights.sort()
        let charWidth = charWidths.isEmpty ? 5 : charWidths[charWidths.count / 2]
        let height = heights.isEmpty ? 10 : heights[heights.count / 2]
        minimumGutter = max(7, 1.6 * charWidth)
        bandGap = 0.45 * height
    }

    /// The page's text as blocks of lines, in reading order.
    static func blocks(of glyphs: [Glyph]) -> [[String]] {
        let words = words(of: glyphs)
        guard !words.isEmpty else { return [] }
        let layout = PageLayout(words: words)
        return layout.arrange(words, depth: 0).map(layout.lines(of:)).filter { !$0.isEmpty }
    }

    /// Splits the glyph stream into words at spaces, line breaks and jumps in position.
    static func words(of glyphs: [Glyph]) -> [Word] {
        var words: [Word] = []
        var current: [Glyph] = []
        func flush() {
            guard let first = current.first else { return }
            var text = String.UnicodeScalarView()
            var box = first.box
            for glyph in current {
                text.append(glyph.scalar)
                box = box.union(glyph.box)
            }
            // Some producers give every glyph the font's whole bounding box, two lines tall; a
            // word is never much taller than its characters are wide, so the box is trimmed
            // around its middle.
            let charWidth = box.width / Double(current.count)
            let height = min(box.height, max(2.4 * charWidth, 4))
            let middle = box.midY
            box.y0 = middle - height / 2
            box.y1 = middle + height / 2
            words.append(Word(text: String(text), box: box, glyphs: current))
            current.removeAll(keepingCapacity: true)
        }
        for glyph in glyphs {
            if glyph.scalar.properties.isWhitespace || glyph.box.width <= 0 && glyph.box.height <= 0
            {
                flush()
                continue
            }
            if let previous = current.last {
                let height = max(previous.box.height, glyph.box.height, 1)
                let sameLine = abs(previous.box.midY - glyph.box.midY) < 0.5 * height
                let gap = glyph.box.x0 - previous.box.x1
                if !sameLine || gap > 0.4 * height || gap < -0.5 * height { flush() }
            }
            current.append(glyph)
        }
        flush()
        return words
    }

    private func arrange(_ words: [Word], depth: Int) -> [[Word]] {
        guard depth < 16, words.count > 1 else { return [words] }
        let bands = horizontalBands(words)
        var leaves: [[Word]] = []
        var index = 0
        while index < bands.count {
            if let (end, left, right) = columns(in: bands, from: index) {
                leaves += arrange(left, depth: depth + 1)
                leaves += arrange(right, depth: depth + 1)
                index = end
            } else {
                leaves.append(bands[index])
                index += 1
            }
        }
        return leaves
    }

    /// Cuts words into bands separated by vertical white space taller than `bandGap`.
    private func horizontalBands(_ words: [Word]) -> [[Word]] {
        let sorted = words.sorted { $0.box.y0 < $1.box.y0 }
        var bands: [[Word]] = []
        var current: [Word] = []
        var bottom = -Double.infinity
        for word in sorted {
            if !current.isEmpty && word.box.y0 - bottom > bandGap {
                bands.append(current)
                current = []
            }
            current.append(word)
            bottom = current.count == 1 ? word.box.y1 : max(bottom, word.box.y1)
        }
        if !current.isEmpty { bands.append(current) }
        return bands
    }

    /// Finds a run of bands starting at `start` that shares an empty gutter with enough lines on
    /// both sides; returns the index after the run and the words on each side.
    private func columns(in bands: [[Word]], from start: Int) -> (Int, [Word], [Word])? {
        var gutters = interiorGaps(of: bands[start])
        guard !gutters.isEmpty else { return nil }
        var end = start + 1
        while end < bands.count {
            let narrowed = subtract(covered(bands[end]), from: gutters)
            if narrowed.isEmpty { break }
            gutters = narrowed
            end += 1
        }
        guard
            let gutter = gutters.max(by: {
                $0.upperBound - $0.lowerBound < $1.upperBound - $1.lowerBound
            })
        else { return nil }
        var left: [Word] = []
        var right: [Word] = []
        for band in bands[start..<end] {
            for word in band {
                if word.box.x1 <= gutter.lowerBound + 0.01 {
                    left.append(word)
                } else {
                    right.append(word)
                }
            }
        }
        guard lineCount(left) >= Self.minimumColumnLines,
            lineCount(right) >= Self.minimumColumnLines,
            !isDateColumn(right), !isDateColumn(left)
        else { return nil }
        return (end, left, right)
    }

    /// Whether `words` are a column of dates beside entries rather than a column of text: short
    /// rows ("Aug 2022 - Present", "Natick, US", "CGPA: 3.93/4.0"), at least a third of them
    /// and at least two holding a year. Such a column stays on the lines of the entries it
    /// dates, so each date is read with its entry, not after the whole section.
    private func isDateColumn(_ words: [Word]) -> Bool {
        let rows = rows(of: words)
        // Dates stacked over three rows ("Current", "|", "08/2023") have no entry line to
        // share: that column stays a column, and extraction pairs it with the entries.
        guard rows.allSatisfy({ $0.count <= 6 && !($0.count == 1 && $0[0].text == "|") })
        else { return false }
        let dated = rows.count { row in row.contains { Self.isYear($0.text) } }
        return dated >= 2 && dated * 3 >= rows.count
    }

    /// A word holding a year from 1950 to 2039 as four digits of its own ("2021", "08/2023",
    /// "2019–2021").
    static func isYear(_ text: String) -> Bool {
        var run = 0
        var digits: [UInt8] = []
        for byte in text.utf8 + [0] {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                digits.append(byte)
                continue
            }
            if run == 4 {
                let value = digits.suffix(4).reduce(0) { $0 * 10 + Int($1 - 0x30) }
                if (1950...2039).contains(value) { return true }
            }
            run = 0
        }
        return false
    }

    private func covered(_ words: [Word]) -> [ClosedRange<Double>] {
        let intervals = words.map { $0.box.x0...$0.box.x1 }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<Double>] = []
        for interval in intervals {
            if let last = merged.last, interval.lowerBound <= last.upperBound {
                merged[merged.count - 1] =
                    last.lowerBound...max(last.upperBound, interval.upperBound)
            } else {
                merged.append(interval)
            }
        }
        return merged
    }

    private func interiorGaps(of words: [Word]) -> [ClosedRange<Double>] {
        let merged = covered(words)
        guard merged.count > 1 else { return [] }
        return zip(merged, merged.dropFirst()).compactMap { left, right in
            right.lowerBound - left.upperBound >= minimumGutter
                ? left.upperBound...right.lowerBound : nil
        }
    }

    private func subtract(_ covered: [ClosedRange<Double>], from gaps: [ClosedRange<Double>])
        -> [ClosedRange<Double>]
    {
        var pieces = gaps
        for cover in covered {
            pieces = pieces.flatMap { gap -> [ClosedRange<Double>] in
                guard cover.upperBound > gap.lowerBound, cover.lowerBound < gap.upperBound else {
                    return [gap]
                }
                var rest: [ClosedRange<Double>] = []
                if cover.lowerBound > gap.lowerBound {
                    rest.append(gap.lowerBound...cover.lowerBound)
                }
                if cover.upperBound < gap.upperBound {
                    rest.append(cover.upperBound...gap.upperBound)
                }
                return rest
            }
        }
        return pieces.filter { $0.upperBound - $0.lowerBound >= minimumGutter }
    }

    private func lineCount(_ words: [Word]) -> Int { rows(of: words).count }

    /// Groups words into rows by vertical position, each row sorted left to right.
    private func rows(of words: [Word]) -> [[Word]] {
        let sorted = words.sorted { $0.box.midY < $1.box.midY }
        var rows: [[Word]] = []
        var rowMid = 0.0
        var rowHeight = 0.0
        for word in sorted {
            if !rows.isEmpty, abs(word.box.midY - rowMid) < 0.5 * max(rowHeight, word.box.height) {
                rows[rows.count - 1].append(word)
            } else {
                rows.append([word])
                rowMid = word.box.midY
                rowHeight = word.box.height
            }
        }
        return rows.map { $0.sorted { $0.box.x0 < $1.box.x0 } }
    }

    private func lines(of words: [Word]) -> [String] {
        let texts = rows(of: words).map { row -> String in
            if let spaced = Self.letterSpacedText(row) { return spaced }
            return TextRepair.normalise(row.map(\.text).joined(separator: " "))
        }
        return TextRepair.joinHyphenation(texts.filter { !$0.isEmpty })
    }

    /// Rebuilds a letter-spaced row ("D ATA S C I E N C E") from the gaps between its letters:
    /// the gaps fall in two groups, and only the wide ones are word breaks.
    static func letterSpacedText(_ row: [Word]) -> String? {
        guard row.count >= 4 else { return nil }
        let singles = row.filter { $0.text.count == 1 }.count
        guard Double(singles) / Double(row.count) >= 0.6,
            row.allSatisfy({ $0.text.allSatisfy { $0.isLetter && $0.isUppercase || $0 == "&" } })
        else { return nil }
        let glyphs = row.flatMap(\.glyphs).sorted { $0.box.x0 < $1.box.x0 }
        let gaps = zip(glyphs, glyphs.dropFirst()).map { $1.box.x0 - $0.box.x1 }
        let sortedGaps = gaps.sorted()
        var threshold = Double.infinity
        var bestRatio = 1.8
        for (small, large) in zip(sortedGaps, sortedGaps.dropFirst()) {
            let ratio = (large + 0.5) / (max(small, 0) + 0.5)
            if ratio > bestRatio, large - small >= 1.5 {
                bestRatio = ratio
                threshold = (small + large) / 2
            }
        }
        var text = String(Character(glyphs[0].scalar))
        for (gap, glyph) in zip(gaps, glyphs.dropFirst()) {
            if gap > threshold { text.append(" ") }
            text.unicodeScalars.append(glyph.scalar)
        }
        return TextRepair.normalise(text)
    }
}
