/// Files that show a skill by being there: a Dockerfile is Docker, a workflow is CI.
enum SpecialFile: Equatable {
    case dockerfile
    case githubWorkflow
    case otherCI

    init?(path: String) {
        let lower = path.lowercased()
        let name = lower.split(separator: "/").last.map(String.init) ?? lower
        if name == "dockerfile" || name.hasSuffix(".dockerfile") || name.hasPrefix("dockerfile.")
            || name == "docker-compose.yml" || name == "docker-compose.yaml"
            || name == "compose.yaml"
        {
            self = .dockerfile
        } else if lower.hasPrefix(".github/workflows/")
            && (name.hasSuffix(".yml") || name.hasSuffix(".yaml"))
        {
            self = .githubWorkflow
        } else if [
            ".gitlab-ci.yml", ".travis.yml", "jenkinsfile", "azure-pipelines.yml", ".circleci",
        ].contains(name)
            || lower.hasPrefix(".circleci/")
        {
            self = .otherCI
        } else {
            return nil
        }
    }

    /// The skills the file shows, by taxonomy id.
    var skillIDs: [String] {
        switch self {
        case .dockerfile: ["docker"]
        case .githubWorkflow: ["ci-cd", "github-actions"]
        case .otherCI: ["ci-cd"]
        }
    }
}
