/// How much a role needs a requirement.
public enum RequirementLevel: String, Codable, CaseIterable, Comparable, Sendable {
    case must, should, nice

    private var rank: Int {
        switch self {
        case .must: 0
        case .should: 1
        case .nice: 2
        }
    }

    public static func < (lhs: RequirementLevel, rhs: RequirementLevel) -> Bool {
        lhs.rank < rhs.rank
    }
}
