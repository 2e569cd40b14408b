/// Reviews projects the way the seed articles advise: varied projects, each documented with the
/// problem, the approach and the results, with tests, CI, a licence and a way to run it.
enum PortfolioReview {
    /// What a project's files showed, for its review.
    struct Signals {
        var readme: String?
        var hasTests = false
        var hasCI = false
        var hasLicence = false
        var hasDeployment = false
    }

    static func review(project name: String, _ signals: Signals) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        if let readme = signals.readme?.lowercased() {
            findings.append(
                ReviewFinding(aspect: .readme, present: true, message: "README present"))
            let sections: [(ReviewFinding.Aspect, [String], String)] = [
                (
                    .problem,
                    ["problem", "motivation", "goal", "objective", "why", "question", "overview"],
                    "state the problem in the README's first lines: who has it and why it matters"
                ),
                (
                    .approach,
                    [
                        "approach", "method", "methodology", "how it works", "architecture",
                        "model", "pipeline", "design",
                    ],
                    "describe the approach: the data, the model or pipeline, and why you chose it"
                ),
                (
                    .results,
                    [
                        "result", "evaluation", "metric", "accuracy", "performance", "findings",
                        "benchmark", "f1", "auc", "rmse",
                    ],
                    "report the results with numbers: the metric, the baseline and what you concluded"
                ),
            ]
            for (aspect, words, suggestion) in sections {
                let present = words.contains(where: readme.contains)
                findings.append(
                    ReviewFinding(
                        aspect: aspect, present: present,
                        message: present ? "README covers the \(aspect.rawValue)" : suggestion))
            }
        } else {
            findings.append(
                ReviewFinding(
                    aspect: .readme, present: false,
                    message: "add a README.md stating the problem, the approach and the results"))
        }
        let practices: [(ReviewFinding.Aspect, Bool, String, String)] = [
            (
                .tests, signals.hasTests, "tests present",
                "add tests (a tests/ folder with pytest or testthat) for the data and model code"
            ),
            (
                .ci, signals.hasCI, "continuous integration present",
                "add a CI workflow (.github/workflows/) that runs the tests on every push"
            ),
            (
                .licence, signals.hasLicence, "licence present",
                "add a LICENSE file (MIT or Apache-2.0) so others may reuse the code"
            ),
            (
                .deployment, signals.hasDeployment, "deployment artifacts present",
                "add a Dockerfile or a hosted demo so the work can be run without your machine"
            ),
        ]
        for (aspect, present, found, suggestion) in practices {
            findings.append(
                ReviewFinding(
                    aspect: aspect, present: present, message: present ? found : suggestion))
        }
        return findings
    }

    /// Findings about the whole portfolio: how many projects, and how varied.
    static func review(projects: [PortfolioProject], categories: Set<String>) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        let count = projects.count
        findings.append(
            count >= 3
                ? ReviewFinding(aspect: .count, present: true, message: "\(count) projects")
                : ReviewFinding(
                    aspect: .count, present: false,
                    message:
                        "\(count) project\(count == 1 ? "" : "s"); aim for three or more finished, documented projects"
                ))
        let areas = categories.sorted()
        findings.append(
            areas.count >= 3
                ? ReviewFinding(
                    aspect: .variety, present: true,
                    message: "varied: \(areas.joined(separator: ", "))")
                : ReviewFinding(
                    aspect: .variety, present: false,
                    message:
                        "little variety (\(areas.isEmpty ? "no skills found" : areas.joined(separator: ", "))); "
                        + "add a project in another area, such as deployment, data engineering or visualisation"
                ))
        return findings
    }
}
