import Foundation

/// Writes a small lexicon folder for a test, from inline YAML.
struct LexiconFolder {
    let url: URL

    static let python = """
          - id: python
            name: Python
            category: language
            stage: foundation
            aliases: [python3]
            learning:
              - { title: Write scripts, hours: 10, result: a script }
              - { title: Package a project, hours: 8, result: a package }
        """
    static let pytorch = """
          - id: pytorch
            name: PyTorch
            category: ml-framework
            stage: core
            implies: [python]
            prerequisites: [python]
            imports: [torch]
            learning:
              - { title: Train a classifier, hours: 12, result: a notebook }
              - { title: Serve it, hours: 8, result: an API }
        """
    static let role = """
        id: ml-engineer-junior
        title: Machine Learning Engineer
        level: junior
        requirements:
          - skill: python
            importance: required
            weight: 5
            proficiency: 2
          - any_of: [pytorch]
            min: 1
            importance: preferred
            weight: 3
            proficiency: 1
        """
    static let projects = """
        projects:
          - id: classifier
            title: Image classifier
            skills: [python, pytorch]
            hours: 30
            result: a repository
        """

    static let titles = """
        families:
          - family: other
            name: Software Engineer
            titles: [software engineer, swe]
        seniority:
          senior: [senior]
        """

    init(
        skills: [String: String], roles: [String: String] = [:], projects: String? = nil,
        titles: String? = LexiconFolder.titles
    ) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("skillgap-lexicon-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(
            at: url.appendingPathComponent("skills"), withIntermediateDirectories: true)
        try manager.createDirectory(
            at: url.appendingPathComponent("roles"), withIntermediateDirectories: true)
        for (name, text) in skills {
            try Data(text.utf8).write(to: url.appendingPathComponent("skills/\(name).yaml"))
        }
        for (name, text) in roles {
            try Data(text.utf8).write(to: url.appendingPathComponent("roles/\(name).yaml"))
        }
        if let projects {
            try Data(projects.utf8).write(to: url.appendingPathComponent("projects.yaml"))
        }
        if let titles {
            try Data(titles.utf8).write(to: url.appendingPathComponent("titles.yaml"))
        }
    }

    /// A valid folder: Python, PyTorch, one role, one project.
    static func valid() throws -> LexiconFolder {
        try LexiconFolder(
            skills: ["languages": "skills:\n" + python + "\n" + pytorch + "\n"],
            roles: ["ml-engineer-junior": role], projects: projects)
    }
}
