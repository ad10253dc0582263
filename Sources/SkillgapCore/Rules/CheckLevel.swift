/// How serious a resume check's finding is, as in Vale.
public enum CheckLevel: String, Codable, CaseIterable, Comparable, Sendable {
    case error, warning, suggestion

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .suggestion: 2
        }
    }

    public static func < (lhs: CheckLevel, rhs: CheckLevel) -> Bool { lhs.rank < rhs.rank }
}
