import Foundation
import SkillLexicon

/// Why a portfolio folder could not be scanned.
public enum PortfolioError: Error, Equatable, Sendable, CustomStringConvertible {
    case notAFolder(path: String)

    public var description: String {
        switch self {
        case .notAFolder(let path):
            return "\(path): not a folder; give --portfolio a folder of one or more projects"
        }
    }
}

/// Scans project folders for evidence of skills: languages, libraries from manifests and
/// imports, and practices from files, then reviews each project.
///
/// A folder with a manifest or a `.git` at its top is one project; otherwise each sub-folder is
/// one. Vendored and generated folders (`.git`, `node_modules`, virtual environments, build
/// output), binary files and files over the size limit are skipped. Links are never followed to
/// a folder, so a link loop cannot trap the scan, nor to anything outside the scanned folder.
public struct PortfolioScanner: Sendable {
    /// Bounds on one scan.
    public struct Limits: Sendable {
        public var maximumFiles: Int
        public var maximumBytes: Int
        public var maximumFileBytes: Int

        public init(
            maximumFiles: Int = 20_000, maximumBytes: Int = 200_000_000,
            maximumFileBytes: Int = 1_000_000
        ) {
            self.maximumFiles = maximumFiles
            self.maximumBytes = maximumBytes
            self.maximumFileBytes = maximumFileBytes
        }
    }

    public let lexicon: Lexicon
    public let limits: Limits
    private let index: PackageIndex

    public init(lexicon: Lexicon, limits: Limits = Limits()) {
        self.lexicon = lexicon
        self.limits = limits
        index = PackageIndex(lexicon: lexicon)
    }

    static let skippedFolders: Set<String> = [
        ".git", "node_modules", "venv", ".venv", "env", ".env", "__pycache__", ".build", "build",
        "dist",
        "target", ".tox", ".mypy_cache", ".pytest_cache", ".idea", ".vscode", ".ipynb_checkpoints",
        ".gradle", "vendor", "site-packages", ".next", "coverage",
    ]

    /// Scans `folder`, named `name` in evidence and warnings.
    public func scan(_ folder: URL, name: String) throws(PortfolioError) -> Portfolio {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw .notAFolder(path: name)
        }
        var budget = Budget(limits: limits)
        var warnings: [String] = []
        var projects: [PortfolioProject] = []
        for (projectName, relative) in projectFolders(root) {
            let project = scanProject(
                root: root, relative: relative, name: projectName, budget: &budget,
                warnings: &warnings)
            projects.append(project)
        }
        switch budget.stop {
        case nil:
            break
        case .files:
            warnings.append(
                "\(name): the scan stopped after \(budget.files) files (\(Self.megabytes(budget.bytes)) MB), "
                    + "the file limit; raise --portfolio-max-files to scan everything")
        case .bytes(let file, let size):
            warnings.append(
                "\(name): the scan stopped at \(file) (\(Self.megabytes(size)) MB), which would pass the "
                    + "\(Self.megabytes(limits.maximumBytes)) MB limit after \(budget.files) files and "
                    + "\(Self.megabytes(budget.bytes)) MB; raise --portfolio-max-mb to scan everything"
            )
        }
        let skills = Self.merged(projects.flatMap(\.skills))
        var languages: [String: LanguageShare] = [:]
        for share in projects.flatMap(\.languages) {
            languages[
                share.name,
                default: LanguageShare(name: share.name, skillID: share.skillID, lines: 0)
            ].lines += share.lines
        }
        let categories = Set(
            skills.compactMap { lexicon.skill($0.skillID)?.category }.filter {
                Self.areas.contains($0)
            }.map(\.rawValue))
        return Portfolio(
            root: name, projects: projects,
            languages: languages.values.sorted {
                $0.lines != $1.lines ? $0.lines > $1.lines : $0.name < $1.name
            },
            skills: skills,
            review: PortfolioReview.review(projects: projects, categories: categories),
            warnings: warnings)
    }

    /// The categories that count as different areas of work for the variety review.
    static let areas: Set<SkillCategory> = [
        .mlFramework, .dataEngineering, .database, .cloud, .mlops, .devops, .biVisualisation, .web,
        .specialisation,
        .dataLibrary,
    ]

    // MARK: Projects

    private func projectFolders(_ root: URL) -> [(String, String)] {
        let manager = FileManager.default
        if Self.isProject(root) { return [(root.lastPathComponent, ".")] }
        let children = ((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).sorted().filter
        { child in
            guard !Self.skippedFolders.contains(child), !child.hasPrefix(".") else { return false }
            let url = root.appendingPathComponent(child)
            return Self.isRealDirectory(url)
        }
        guard children.contains(where: { Self.isProject(root.appendingPathComponent($0)) }) else {
            return [(root.lastPathComponent, ".")]
        }
        return children.map { ($0, $0) }
    }

    private static func isProject(_ folder: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.contains {
            $0 == ".git" || ManifestParser.isManifest($0) || $0 == "dbt_project.yml"
                || $0 == "MLproject"
        }
    }

    private static func isRealDirectory(_ url: URL) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else {
            return false
        }
        return attributes[.type] as? FileAttributeType == .typeDirectory
    }

    /// Files and bytes read so far, across the projects of one scan.
    private struct Budget {
        /// Which limit stopped the scan; for bytes, the file that would have passed it and its
        /// real size.
        enum Stop {
            case files
            case bytes(file: String, size: Int)
        }

        let limits: Limits
        var files = 0
        var bytes = 0
        var stop: Stop?

        var cut: Bool { stop != nil }

        /// Counts `file`, of `size` bytes, or stops the scan when it would pass a limit.
        mutating func allow(_ file: String, bytes size: Int) -> Bool {
            if files >= limits.maximumFiles {
                stop = .files
                return false
            }
            if bytes + size > limits.maximumBytes {
                stop = .bytes(file: file, size: size)
                return false
            }
            files += 1
            bytes += size
            return true
        }
    }

    /// Megabytes for a warning: one decimal below ten, so that a small limit does not read as 0.
    private static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_000_000
        return value >= 10 ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }

    private func scanProject(
        root: URL, relative: String, name: String, budget: inout Budget, warnings: inout [String]
    ) -> PortfolioProject {
        let base = relative == "." ? root : root.appendingPathComponent(relative)
        var evidence: [String: [FileEvidence]] = [:]
        var lines: [String: (LanguageDetector.Language, Int)] = [:]
        var signals = PortfolioReview.Signals()
        var fileCount = 0

        func add(_ skillID: String, _ file: String, _ reason: String) {
            guard !skillID.isEmpty, lexicon.skill(skillID) != nil else { return }
            let item = FileEvidence(file: file, reason: reason)
            if evidence[skillID]?.contains(item) != true, (evidence[skillID]?.count ?? 0) < 3 {
                evidence[skillID, default: []].append(item)
            }
        }

        var stack: [String] = [""]
        while let folder = stack.popLast() {
            let folderURL = folder.isEmpty ? base : base.appendingPathComponent(folder)
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: folderURL.path)
                    .sorted()
            } catch {
                warnings.append("\(display(relative, folder)): cannot be read; skipped")
                continue
            }
            for entry in entries {
                let path = folder.isEmpty ? entry : "\(folder)/\(entry)"
                let url = base.appendingPathComponent(path)
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
                else {
                    warnings.append("\(display(relative, path)): cannot be read; skipped")
                    continue
                }
                let type = attributes[.type] as? FileAttributeType
                var fileURL = url
                if type == .typeSymbolicLink {
                    let target = url.resolvingSymlinksInPath()
                    let inside = target.path.hasPrefix(root.path + "/")
                    guard inside, !Self.isRealDirectory(target),
                        FileManager.default.fileExists(atPath: target.path)
                    else {
                        warnings.append(
                            "\(display(relative, path)): a link to a folder or outside the portfolio; not followed"
                        )
                        continue
                    }
                    fileURL = target
                } else if type == .typeDirectory {
                    let lower = entry.lowercased()
                    if Self.skippedFolders.contains(lower) { continue }
                    if entry.hasPrefix("."), entry != ".github", entry != ".circleci" { continue }
                    stack.append(path)
                    continue
                } else if type != .typeRegular {
                    continue
                }
                let size =
                    (try? FileManager.default.attributesOfItem(atPath: fileURL.path)[.size] as? Int)
                    ?? 0
                if size > limits.maximumFileBytes { continue }
                guard budget.allow(display(relative, path), bytes: size) else { break }
                guard let data = FileManager.default.contents(atPath: fileURL.path) else {
                    warnings.append("\(display(relative, path)): cannot be read; skipped")
                    continue
                }
                if data.prefix(8_000).contains(0) { continue }
                fileCount += 1
                let text = String(decoding: data, as: UTF8.self)
                let head = String(text.prefix(4_000))
                let shown = display(relative, path)
                let lowerName = entry.lowercased()

                if folder.isEmpty {
                    if lowerName.hasPrefix("readme") { signals.readme = text }
                    if [
                        "license", "licence", "copying", "license.md", "license.txt", "licence.md",
                        "copying.txt",
                    ].contains(lowerName) {
                        signals.hasLicence = true
                    }
                }
                if let language = LanguageDetector.language(fileName: entry, head: head) {
                    let count =
                        lowerName.hasSuffix(".ipynb")
                        ? Self.nonBlankLines(ImportScanner.notebookCode(text))
                        : Self.nonBlankLines(text)
                    let current = lines[language.name]?.1 ?? 0
                    lines[language.name] = (language, current + count)
                }
                if ManifestParser.isManifest(entry) {
                    for dependency in ManifestParser.dependencies(fileName: entry, text: text) {
                        if let id = index.skill(forPackage: dependency) {
                            add(id, shown, "\(entry) lists \(dependency)")
                        }
                    }
                }
                for module in ImportScanner.imports(fileName: entry, text: text) {
                    if let id = index.skill(forImport: module) {
                        add(id, shown, "imports \(module) in \(entry)")
                    }
                }
                for practice in PracticeDetector.practices(path: path, head: head) {
                    let place = folder.isEmpty ? "the project's top folder" : "\(folder)/"
                    add(practice.skillID, shown, "\(practice.what) in \(place)")
                    if practice.isCI { signals.hasCI = true }
                    if practice.isTest { signals.hasTests = true }
                    if practice.isDeployment { signals.hasDeployment = true }
                }
            }
            if budget.cut { break }
        }

        let languages = lines.values.map {
            LanguageShare(name: $0.0.name, skillID: $0.0.skillID, lines: $0.1)
        }
        .sorted { $0.lines != $1.lines ? $0.lines > $1.lines : $0.name < $1.name }
        for share in languages where share.lines >= 10 {
            if let id = share.skillID {
                add(id, relative == "." ? name : relative, "\(share.lines) lines of \(share.name)")
            }
        }
        let skills = evidence.keys.sorted().map {
            DemonstratedSkill(skillID: $0, evidence: evidence[$0] ?? [])
        }
        return PortfolioProject(
            name: name, path: relative, languages: languages, skills: skills,
            review: PortfolioReview.review(project: name, signals), fileCount: fileCount)
    }

    private func display(_ project: String, _ path: String) -> String {
        project == "." ? path : (path.isEmpty ? project : "\(project)/\(path)")
    }

    static func nonBlankLines(_ text: String) -> Int {
        text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }.count
    }

    /// One entry per skill over several projects, evidence joined.
    static func merged(_ skills: [DemonstratedSkill]) -> [DemonstratedSkill] {
        var order: [String] = []
        var byID: [String: [FileEvidence]] = [:]
        for skill in skills {
            if byID[skill.skillID] == nil { order.append(skill.skillID) }
            for item in skill.evidence where byID[skill.skillID]?.contains(item) != true {
                byID[skill.skillID, default: []].append(item)
            }
        }
        return order.sorted().map { DemonstratedSkill(skillID: $0, evidence: byID[$0] ?? []) }
    }
}
