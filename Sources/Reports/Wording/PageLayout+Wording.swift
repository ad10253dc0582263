import SkillgapCore

extension PageLayout {
    /// "one column" or "two columns", as reports and `extract --format json` show it.
    public var phrase: String {
        switch self {
        case .oneColumn: "one column"
        case .twoColumns: "two columns"
        }
    }
}
