/// The bands a score falls in, the same for the verdict, the terminal colours and the batch histogram.
public enum ScoreBand: Int, CaseIterable, Comparable, Sendable {
    case low, partial, good, strong

    /// The lowest score in the band.
    public var floor: Int {
        switch self {
        case .low: 0
        case .partial: 25
        case .good: 50
        case .strong: 75
        }
    }

    public init(score: Int) {
        self = Self.allCases.last { score >= $0.floor } ?? .low
    }

    /// The scores in the band, up to the next band's floor.
    public var range: ClosedRange<Int> {
        floor...(Self(rawValue: rawValue + 1).map { $0.floor - 1 } ?? 100)
    }

    public static func < (lhs: ScoreBand, rhs: ScoreBand) -> Bool { lhs.rawValue < rhs.rawValue }
}
