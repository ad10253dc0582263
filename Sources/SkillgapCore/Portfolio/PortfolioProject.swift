/// What one project folder, notebook or page shows: its languages and the skills its code uses.
public struct PortfolioProject: Equatable, Sendable {
    /// The path as the user gave it.
    public var path: String
    /// The `origin` remote of a git clone, read from `.git/config` without running git.
    public var remote: String?
    /// Largest first.
    public var languages: [ProjectLanguage]
    /// In taxonomy order of first evidence.
    public var skills: [ProjectSkill]
    /// The history of a git clone, read with every command hook switched off; nil for a plain folder.
    public var history: GitHistory?
    /// Presentation and reproducibility, in a fixed order.
    public var checks: [ProjectCheck]
    /// Files read, and files and folders left out (vendored, generated, data, over a limit).
    public var filesRead: Int
    public var filesSkipped: Int
    /// Limits reached and files that could not be read, for the report.
    public var warnings: [String]

    public init(
        path: String, remote: String? = nil, languages: [ProjectLanguage], skills: [ProjectSkill],
        history: GitHistory? = nil, checks: [ProjectCheck] = [], filesRead: Int, filesSkipped: Int,
        warnings: [String] = []
    ) {
        self.history = history
        self.checks = checks
        self.path = path
        self.remote = remote
        self.languages = languages
        self.skills = skills
        self.filesRead = filesRead
        self.filesSkipped = filesSkipped
        self.warnings = warnings
    }

    /// The project folder's own name ("cnn-classifier" for "~/code/cnn-classifier/"); nil for a notebook,
    /// whose evidence already names it.
    public var folderName: String? {
        guard !path.lowercased().hasSuffix(".ipynb") else { return nil }
        return path.split(separator: "/").last.map(String.init)
    }
}
