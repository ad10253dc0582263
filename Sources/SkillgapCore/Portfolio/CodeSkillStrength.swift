/// How strongly a project's code shows a skill: a declared dependency may be unused, an import is used once,
/// and imports across several files are the project's own way of working.
public enum CodeSkillStrength: String, Codable, CaseIterable, Comparable, Sendable {
    /// Only in a dependency manifest (`requirements.txt`, `package.json`, `DESCRIPTION`...).
    case declared
    /// Imported by one or two files, or shown by a file of its own kind (a Dockerfile, a CI workflow).
    case imported
    /// Imported by `usedFiles` files or more.
    case used

    /// How many importing files make a skill `used`.
    public static let usedFiles = 3

    private var rank: Int {
        switch self {
        case .declared: 0
        case .imported: 1
        case .used: 2
        }
    }

    public static func < (lhs: CodeSkillStrength, rhs: CodeSkillStrength) -> Bool {
        lhs.rank < rhs.rank
    }
}
