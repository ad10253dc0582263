/// What a scan notes for the checklist besides skills: the README, the licence, notebooks, tests, committed
/// secrets and large files.
struct ProjectFacts {
    struct NotebookFacts {
        let path: String
        let inOrder: Bool
        let hasOutputs: Bool
        let errorOutputs: Int
    }

    var readme: (path: String, text: String)?
    var license: (path: String, text: String)?
    /// A licence named in a manifest (`License: MIT` in DESCRIPTION, `"license": "MIT"` in package.json).
    var declaredLicense: String?
    var manifests: [String] = []
    /// Requirement lines, and how many of them pin a version (`==`, `@`, a lock file).
    var requirements = 0
    var pinnedRequirements = 0
    var lockFiles: [String] = []
    var trainingCode: String?
    var evaluationCode: String?
    var testFiles: [String] = []
    var ciFiles: [String] = []
    var notebooks: [NotebookFacts] = []
    var secrets: [(path: String, finding: SecretScanner.Finding)] = []
    /// Files over `largeFileBytes`, with their size.
    var largeFiles: [(path: String, size: Int)] = []

    /// Adds the facts of files read after these.
    mutating func append(_ other: ProjectFacts) {
        readme = readme ?? other.readme
        license = license ?? other.license
        declaredLicense = declaredLicense ?? other.declaredLicense
        manifests += other.manifests
        requirements += other.requirements
        pinnedRequirements += other.pinnedRequirements
        lockFiles += other.lockFiles
        trainingCode = trainingCode ?? other.trainingCode
        evaluationCode = evaluationCode ?? other.evaluationCode
        testFiles += other.testFiles
        ciFiles += other.ciFiles
        notebooks += other.notebooks
        secrets += other.secrets
        largeFiles += other.largeFiles
    }

    /// A committed file this large is data or a model, which belongs in a release or a data store.
    static let largeFileBytes = 5_000_000

    static let lockFileNames: Set<String> = [
        "poetry.lock", "uv.lock", "pipfile.lock", "pdm.lock", "conda-lock.yml", "package-lock.json",
        "yarn.lock",
        "pnpm-lock.yaml", "manifest.toml", "renv.lock", "cargo.lock", "go.sum", "package.resolved",
        "gemfile.lock",
    ]

    /// Whether a path is a test: a `test`/`tests` folder, or a test file by the common conventions.
    static func isTest(_ path: String) -> Bool {
        let lower = path.lowercased()
        let parts = lower.split(separator: "/")
        let name = parts.last.map(String.init) ?? lower
        if parts.dropLast().contains(where: {
            ["test", "tests", "__tests__", "testthat", "spec"].contains($0)
        }) {
            return true
        }
        return name.hasPrefix("test_") || name.hasSuffix("_test.py") || name.hasSuffix("_test.go")
            || name.contains(".test.") || name.contains(".spec.") || name == "runtests.jl"
            || name.hasSuffix("tests.swift") || name.hasSuffix("test.java")
    }
}
