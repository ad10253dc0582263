/// Everything a resume shows of one skill.
public struct SkillEvidence: Equatable, Sendable {
    public var skillID: String
    /// Every mention, in reading order, one per block.
    public var evidence: [Evidence]

    public init(skillID: String, evidence: [Evidence]) {
        self.skillID = skillID
        self.evidence = evidence
    }

    /// Whether the resume names the skill somewhere, rather than only showing it through behaviour.
    public var isNamed: Bool { evidence.contains(where: \.namesSkill) }

    /// The strongest mention, or `missing`.
    public var strength: EvidenceStrength { evidence.map(\.strength).max() ?? .missing }
}
