/// Engineering practices shown by files: containers, orchestration, infrastructure as code,
/// CI, ML tooling, tests.
enum PracticeDetector {
    /// A practice a file shows: the skill and a phrase naming the kind of file.
    struct Practice: Equatable {
        var skillID: String
        var what: String
        /// Counts towards the review's deployment artifacts.
        var isDeployment = false
        var isCI = false
        var isTest = false
    }

    /// The practices the file at `path` (relative, with `/`) shows; `head` is its start.
    static func practices(path: String, head: String) -> [Practice] {
        let parts = path.split(separator: "/").map(String.init)
        let name = parts.last?.lowercased() ?? ""
        let folders = parts.dropLast().map { $0.lowercased() }
        var found: [Practice] = []
        if name == "dockerfile" || name.hasSuffix(".dockerfile") {
            found.append(Practice(skillID: "docker", what: "Dockerfile", isDeployment: true))
        }
        if ["docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml"].contains(
            name)
        {
            found.append(Practice(skillID: "docker", what: "Compose file", isDeployment: true))
        }
        if name == "chart.yaml" {
            found.append(Practice(skillID: "helm", what: "Helm chart", isDeployment: true))
            found.append(Practice(skillID: "kubernetes", what: "Helm chart", isDeployment: true))
        } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml"),
            head.contains("apiVersion:"),
            [
                "kind: Deployment", "kind: Service", "kind: Pod", "kind: StatefulSet", "kind: Job",
                "kind: CronJob", "kind: Ingress", "kind: InferenceService",
            ]
            .contains(where: head.contains)
        {
            found.append(
                Practice(skillID: "kubernetes", what: "Kubernetes manifest", isDeployment: true))
        }
        if name.hasSuffix(".tf") {
            found.append(
                Practice(skillID: "terraform", what: "Terraform configuration", isDeployment: true))
        }
        if folders.suffix(2) == [".github", "workflows"],
            name.hasSuffix(".yml") || name.hasSuffix(".yaml")
        {
            found.append(
                Practice(skillID: "github-actions", what: "GitHub Actions workflow", isCI: true))
            found.append(Practice(skillID: "ci-cd", what: "CI workflow", isCI: true))
        }
        if name == ".gitlab-ci.yml" {
            found.append(Practice(skillID: "gitlab-ci", what: "GitLab CI pipeline", isCI: true))
            found.append(Practice(skillID: "ci-cd", what: "CI pipeline", isCI: true))
        }
        if name == "jenkinsfile" {
            found.append(Practice(skillID: "jenkins", what: "Jenkinsfile", isCI: true))
            found.append(Practice(skillID: "ci-cd", what: "CI pipeline", isCI: true))
        }
        if folders.last == ".circleci", name == "config.yml" {
            found.append(Practice(skillID: "circleci", what: "CircleCI configuration", isCI: true))
            found.append(Practice(skillID: "ci-cd", what: "CI pipeline", isCI: true))
        }
        if name == "mlproject" { found.append(Practice(skillID: "mlflow", what: "MLproject file")) }
        if name == "dvc.yaml" || name.hasSuffix(".dvc") {
            found.append(Practice(skillID: "dvc", what: "DVC pipeline"))
        }
        if name == "dbt_project.yml" { found.append(Practice(skillID: "dbt", what: "dbt project")) }
        if ["procfile", "app.yaml", "serverless.yml", "fly.toml", "vercel.json", "netlify.toml"]
            .contains(name)
        {
            found.append(
                Practice(skillID: "", what: "deployment configuration", isDeployment: true))
        }
        if isTestFile(name: name, folders: folders) {
            found.append(Practice(skillID: "unit-testing", what: "tests", isTest: true))
        }
        return found
    }

    static func isTestFile(name: String, folders: [String]) -> Bool {
        if folders.contains(where: {
            ["test", "tests", "__tests__", "spec", "testthat"].contains($0)
        }) {
            return [
                ".py", ".r", ".js", ".ts", ".go", ".java", ".jl", ".rs", ".swift", ".scala", ".kt",
            ].contains(where: name.hasSuffix)
        }
        return (name.hasPrefix("test_") && name.hasSuffix(".py")) || name.hasSuffix("_test.py")
            || name.hasSuffix("_test.go") || name.contains(".test.") || name.contains(".spec.")
            || name.hasSuffix("test.java") || name.hasSuffix("tests.swift")
    }
}
