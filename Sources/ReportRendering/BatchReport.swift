import Foundation

/// One file of a batch: scored, failed or skipped.
public struct BatchRow: Sendable, Encodable {
    public enum Status: String, Sendable, Encodable {
        case ok, error, skipped
    }

    public var file: String
    public var status: Status
    public var role: String?
    public var roleTitle: String?
    public var score: Double?
    public var levelFit: String?
    public var experienceYears: Double?
    /// The names of the first gaps, by what closing them adds.
    public var topGaps: [String]
    /// Every critical and strengthen gap, for the cohort summary.
    public var gaps: [String]
    public var error: String?

    public init(
        file: String, status: Status, role: String? = nil, roleTitle: String? = nil,
        score: Double? = nil,
        levelFit: String? = nil, experienceYears: Double? = nil, topGaps: [String] = [],
        gaps: [String] = [],
        error: String? = nil
    ) {
        self.file = file
        self.status = status
        self.role = role
        self.roleTitle = roleTitle
        self.score = score
        self.levelFit = levelFit
        self.experienceYears = experienceYears
        self.topGaps = topGaps
        self.gaps = gaps
        self.error = error
    }
}

/// A batch's results in every format: ranking, cohort summary, skipped files.
public struct BatchReport: Sendable {
    public var rows: [BatchRow]
    /// Show only this many of the best-scored resumes in the ranking (nil: all).
    public var top: Int?

    public init(rows: [BatchRow], top: Int? = nil) {
        self.rows = rows
        self.top = top
    }

    /// Scored rows best first, then errors, then skipped files, each group by file name.
    public var ranked: [BatchRow] {
        let scored = rows.filter { $0.status == .ok }.sorted { lhs, rhs in
            (lhs.score ?? 0) != (rhs.score ?? 0)
                ? (lhs.score ?? 0) > (rhs.score ?? 0) : lhs.file < rhs.file
        }
        let shown = top.map { Array(scored.prefix($0)) } ?? scored
        let failed = rows.filter { $0.status == .error }.sorted { $0.file < $1.file }
        let skipped = rows.filter { $0.status == .skipped }.sorted { $0.file < $1.file }
        return shown + failed + skipped
    }

    /// The most common gaps over the scored resumes, with their counts.
    public var commonGaps: [(name: String, count: Int)] {
        var counts: [String: Int] = [:]
        for row in rows where row.status == .ok {
            for gap in Set(row.gaps) { counts[gap, default: 0] += 1 }
        }
        return counts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    /// Counts of scores in five bands of 20 points.
    public var distribution: [(band: String, count: Int)] {
        let scores = rows.compactMap { $0.status == .ok ? $0.score : nil }
        return (0..<5).map { band in
            let low = Double(band * 20)
            let count = scores.filter { $0 >= low && ($0 < low + 20 || (band == 4 && $0 <= 100)) }
                .count
            return ("\(Int(low))-\(Int(low) + 20)", count)
        }
    }

    // MARK: Formats

    /// A plain-text table and the cohort summary.
    public func table() -> String {
        var out = ""
        let ranked = self.ranked
        let scored = ranked.filter { $0.status == .ok }
        out +=
            TextLayout.pad("RANK", 5) + TextLayout.pad("SCORE", 7) + TextLayout.pad("FILE", 30)
            + TextLayout.pad("ROLE", 28) + TextLayout.pad("FIT", 7)
            + "TOP GAPS\n"
        for (index, row) in scored.enumerated() {
            out +=
                TextLayout.pad(String(index + 1), 5)
                + TextLayout.pad(TextLayout.number(row.score ?? 0), 7)
                + TextLayout.pad(TextLayout.clip(row.file, 29), 30)
            out +=
                TextLayout.pad(TextLayout.clip(row.roleTitle ?? row.role ?? "", 27), 28)
                + TextLayout.pad(row.levelFit ?? "", 7)
            out += row.topGaps.joined(separator: ", ") + "\n"
        }
        let failed = ranked.filter { $0.status == .error }
        if !failed.isEmpty {
            out += "\nErrors (\(failed.count)):\n"
            for row in failed { out += "  \(row.error ?? row.file)\n" }
        }
        let skipped = ranked.filter { $0.status == .skipped && $0.error == nil }
        if !skipped.isEmpty {
            out += "\nSkipped, not a supported type (\(skipped.count)):\n"
            for row in skipped { out += "  \(row.file)\n" }
        }
        // Files skipped for another reason (a link out of the folder) carry it as their error.
        let set = ranked.filter { $0.status == .skipped && $0.error != nil }
        if !set.isEmpty {
            out += "\nSkipped (\(set.count)):\n"
            for row in set { out += "  \(row.error ?? row.file)\n" }
        }
        out += "\n" + summaryText()
        return out
    }

    private func summaryText() -> String {
        let scores = rows.compactMap { $0.status == .ok ? $0.score : nil }.sorted()
        let failed = rows.filter { $0.status == .error }.count
        let skipped = rows.filter { $0.status == .skipped }.count
        var out = "Cohort: \(scores.count) scored, \(failed) failed, \(skipped) skipped\n"
        guard !scores.isEmpty else { return out }
        let mean = scores.reduce(0, +) / Double(scores.count)
        out +=
            "Scores: min \(TextLayout.number(scores[0])), median \(TextLayout.number(scores[scores.count / 2])), "
        out +=
            "mean \(TextLayout.number(mean)), max \(TextLayout.number(scores[scores.count - 1]))\n"
        for (band, count) in distribution {
            out +=
                "  " + TextLayout.pad(band, 8)
                + String(repeating: "█", count: count * 40 / max(scores.count, 1)) + " \(count)\n"
        }
        let gaps = commonGaps.prefix(10)
        if !gaps.isEmpty {
            out += "Most common gaps:\n"
            for (name, count) in gaps {
                out += "  " + TextLayout.pad(TextLayout.clip(name, 40), 42) + "\(count)\n"
            }
        }
        return out
    }

    /// Comma-separated values with a header row, RFC 4180 quoting.
    public func csv() -> String {
        var out = "rank,file,status,role,score,level_fit,experience_years,gap_1,gap_2,gap_3,error\n"
        var rank = 0
        for row in ranked {
            if row.status == .ok { rank += 1 }
            let gaps = (0..<3).map { $0 < row.topGaps.count ? row.topGaps[$0] : "" }
            let fields: [String] =
                [
                    row.status == .ok ? String(rank) : "", row.file, row.status.rawValue,
                    row.role ?? "",
                    row.score.map(TextLayout.number) ?? "", row.levelFit ?? "",
                    row.experienceYears.map(TextLayout.number) ?? "",
                ] + gaps + [row.error ?? ""]
            out += fields.map(Self.quoted).joined(separator: ",") + "\n"
        }
        return out
    }

    /// One JSON object per file, so shards can be concatenated.
    public func jsonl() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ranked.map { row in
            String(decoding: (try? encoder.encode(row)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
        }.joined()
    }

    /// The rows and the cohort summary as one JSON document.
    public func json() -> String {
        struct Document: Encodable {
            var schemaVersion = 1
            var results: [BatchRow]
            var summary: Summary
        }
        struct Summary: Encodable {
            var scored: Int
            var failed: Int
            var skipped: Int
            var distribution: [String: Int]
            var commonGaps: [Gap]
        }
        struct Gap: Encodable {
            var name: String
            var count: Int
        }
        let summary = Summary(
            scored: rows.filter { $0.status == .ok }.count,
            failed: rows.filter { $0.status == .error }.count,
            skipped: rows.filter { $0.status == .skipped }.count,
            distribution: Dictionary(distribution.map { ($0.band, $0.count) }, uniquingKeysWith: +),
            commonGaps: commonGaps.prefix(20).map { Gap(name: $0.name, count: $0.count) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data =
            (try? encoder.encode(Document(results: ranked, summary: summary))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

}
