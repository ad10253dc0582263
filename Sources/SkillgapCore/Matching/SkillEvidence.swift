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

    /// The credit the skill earns for a requirement: its best evidence's (`ScoreFormula.credit`).
    public var credit: Double { evidence.map(ScoreFormula.credit).max() ?? 0 }

    /// Whether the skill is shown only through another skill that implies it.
    public var isImpliedOnly: Bool {
        !evidence.isEmpty && evidence.allSatisfy { $0.impliedBy != nil }
    }
}
