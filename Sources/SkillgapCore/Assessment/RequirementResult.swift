/// How a resume fares on one requirement of a role.
public struct RequirementResult: Equatable, Sendable {
    public var requirement: Requirement
    public var status: RequirementStatus
    /// 0 to 1: the credit of the best skills shown, over the number needed (see `ScoreFormula`).
    public var coverage: Double
    /// The skills of the requirement the resume shows, strongest first.
    public var shown: [SkillEvidence]
    /// The field of a degree that counts for the requirement (`Requirement.degreeFields`), when the resume
    /// names one.
    public var degreeField: String? = nil

    public init(
        requirement: Requirement, status: RequirementStatus, coverage: Double,
        shown: [SkillEvidence]
    ) {
        self.requirement = requirement
        self.status = status
        self.coverage = coverage
        self.shown = shown
    }
}
