import Foundation

/// Reads a JSON Resume (jsonresume.org schema v1) into headed lines, keeping the dates of work,
/// volunteer and education entries.
enum JSONResumeText {
    struct Result {
        var lines: [SourceLine]
        var entries: [DatedEntry]
    }

    /// True when a decoded JSON object has the shape of a JSON Resume.
    static func isResume(_ object: Any) -> Bool {
        guard let root = object as? [String: Any] else { return false }
        let known = ["basics", "work", "education", "skills", "projects", "volunteer"]
        return known.contains { root[$0] != nil }
    }

    /// How many entries the resume's lists hold together (jobs, schools, skills, projects, ...),
    /// counted before any is read.
    static func entryCount(of root: [String: Any]) -> Int {
        var count = 0
        for value in root.values {
            if let list = value as? [Any] { count += list.count }
            if let basics = value as? [String: Any], let profiles = basics["profiles"] as? [Any] {
                count += profiles.count
            }
        }
        return count
    }

    static func read(_ root: [String: Any]) -> Result {
        var lines: [SourceLine] = []
        var entries: [DatedEntry] = []
        func add(_ text: String?, heading: Bool = false) {
            guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty
            else { return }
            for part in TextDecoding.lines(of: text) where !part.isEmpty {
                lines.append(SourceLine(text: part, isHeading: heading))
            }
        }
        func items(_ key: String) -> [[String: Any]] { root[key] as? [[String: Any]] ?? [] }

        if let basics = root["basics"] as? [String: Any] {
            add(basics.string("name"))
            add(basics.string("label"))
            add(basics.string("email"))
            add(basics.string("phone"))
            add(basics.string("url"))
            if let location = basics["location"] as? [String: Any] {
                let parts = ["city", "region", "countryCode"].compactMap { location.string($0) }
                add(parts.joined(separator: ", "))
            }
            for profile in basics["profiles"] as? [[String: Any]] ?? [] {
                add(
                    [
                        profile.string("network"),
                        profile.string("url") ?? profile.string("username"),
                    ]
                    .compactMap { $0 }.joined(separator: ": "))
            }
            if let summary = basics.string("summary") {
                add("Summary", heading: true)
                add(summary)
            }
        }
        for (key, title) in [("work", "Experience"), ("volunteer", "Volunteer Experience")] {
            let list = items(key)
            guard !list.isEmpty else { continue }
            add(title, heading: true)
            for item in list {
                let first = lines.count
                let position = item.string("position") ?? ""
                let organisation = item.string("name") ?? item.string("organization") ?? ""
                add([position, organisation].filter { !$0.isEmpty }.joined(separator: ", "))
                add(dateLine(item))
                add(item.string("summary"))
                for highlight in item.strings("highlights") { add("• " + highlight) }
                if lines.count > first {
                    entries.append(
                        DatedEntry(
                            title: position, organisation: organisation,
                            start: item.string("startDate"), end: item.string("endDate"),
                            firstLine: first, lastLine: lines.count - 1))
                }
            }
        }
        if !items("education").isEmpty {
            add("Education", heading: true)
            for item in items("education") {
                let first = lines.count
                let degree = [item.string("studyType"), item.string("area")].compactMap { $0 }
                    .joined(separator: " in ")
                let institution = item.string("institution") ?? ""
                add([degree, institution].filter { !$0.isEmpty }.joined(separator: ", "))
                add(dateLine(item))
                if let score = item.string("score") { add("Score: " + score) }
                let courses = item.strings("courses")
                if !courses.isEmpty { add("Courses: " + courses.joined(separator: ", ")) }
                if lines.count > first {
                    entries.append(
                        DatedEntry(
                            title: degree, organisation: institution,
                            start: item.string("startDate"), end: item.string("endDate"),
                            firstLine: first, lastLine: lines.count - 1))
                }
            }
        }
        if !items("skills").isEmpty {
            add("Skills", heading: true)
            for item in items("skills") {
                let name = item.string("name") ?? ""
                let keywords = item.strings("keywords").joined(separator: ", ")
                let level = item.string("level").map { " (\($0))" } ?? ""
                add(keywords.isEmpty ? name + level : "\(name)\(level): \(keywords)")
            }
        }
        if !items("projects").isEmpty {
            add("Projects", heading: true)
            for item in items("projects") {
                add(item.string("name"))
                add(dateLine(item))
                add(item.string("description"))
                for highlight in item.strings("highlights") { add("• " + highlight) }
                let keywords = item.strings("keywords")
                if !keywords.isEmpty { add("Technologies: " + keywords.joined(separator: ", ")) }
            }
        }
        if !items("certificates").isEmpty {
            add("Certifications", heading: true)
            for item in items("certificates") {
                add(
                    [item.string("name"), item.string("issuer"), item.string("date")]
                        .compactMap { $0 }.joined(separator: ", "))
            }
        }
        if !items("publications").isEmpty {
            add("Publications", heading: true)
            for item in items("publications") {
                add(
                    [item.string("name"), item.string("publisher"), item.string("releaseDate")]
                        .compactMap { $0 }.joined(separator: ", "))
                add(item.string("summary"))
            }
        }
        if !items("awards").isEmpty {
            add("Awards", heading: true)
            for item in items("awards") {
                add(
                    [item.string("title"), item.string("awarder"), item.string("date")]
                        .compactMap { $0 }.joined(separator: ", "))
                add(item.string("summary"))
            }
        }
        if !items("languages").isEmpty {
            add("Languages", heading: true)
            for item in items("languages") {
                add(
                    [item.string("language"), item.string("fluency")].compactMap { $0 }
                        .joined(separator: ": "))
            }
        }
        if !items("interests").isEmpty {
            add("Interests", heading: true)
            for item in items("interests") {
                let keywords = item.strings("keywords").joined(separator: ", ")
                add(
                    [item.string("name"), keywords.isEmpty ? nil : keywords].compactMap { $0 }
                        .joined(separator: ": "))
            }
        }
        return Result(lines: lines, entries: entries)
    }

    private static func dateLine(_ item: [String: Any]) -> String? {
        guard let start = item.string("startDate") else { return item.string("date") }
        return "\(start) - \(item.string("endDate") ?? "Present")"
    }
}

extension Dictionary where Key == String, Value == Any {
    fileprivate func string(_ key: String) -> String? {
        guard let value = self[key] as? String else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    fileprivate func strings(_ key: String) -> [String] {
        (self[key] as? [Any] ?? []).compactMap { $0 as? String }.filter { !$0.isEmpty }
    }
}
