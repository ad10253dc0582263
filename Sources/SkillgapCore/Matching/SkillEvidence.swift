/// Everything a resume shows of one skill.
public struct SkillEvidence: Equatable, Sendable {
    public var skillID: String
    /// Every mention, in reading order, one per block.
    public var evidence: [Evidence]

    public init(skillID: String, evidence: [Evidence]) {
        self.skillID = skillID
        self.evidence = evidence
    }

    /// The strongest mention, or `missing`.
    public var strength: EvidenceStrength { evidence.map(\.strength).max() ?? .missing }
}
