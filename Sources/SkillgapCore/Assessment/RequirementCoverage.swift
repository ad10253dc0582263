/// One requirement's coverage on a ranking row: enough for a heatmap of requirements across applicants, and
/// for sorting a ranking by one requirement.
public struct RequirementCoverage: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var status: RequirementStatus
    /// 0 to 1, as `RequirementResult.coverage`.
    public var coverage: Double

    public init(id: String, title: String, status: RequirementStatus, coverage: Double) {
        self.id = id
        self.title = title
        self.status = status
        self.coverage = coverage
    }

    public init(_ result: RequirementResult) {
        self.init(
            id: result.requirement.id, title: result.requirement.title, status: result.status,
            coverage: result.coverage)
    }
}
