/// One skill a project's code shows, with every place it shows it (`cnn/train.py:3: import torch`).
public struct ProjectSkill: Equatable, Sendable {
    public var skillID: String
    public var strength: CodeSkillStrength
    /// Manifest lines and imports, in path order; locations are `.file`.
    public var evidence: [Evidence]

    public init(skillID: String, strength: CodeSkillStrength, evidence: [Evidence]) {
        self.skillID = skillID
        self.strength = strength
        self.evidence = evidence
    }
}
