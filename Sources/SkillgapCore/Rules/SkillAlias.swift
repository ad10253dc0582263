/// One way a resume may name a skill.
public struct SkillAlias: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// Any case, anywhere.
        case plain
        /// Exactly as written, anywhere.
        case exact
        /// Exactly as written, and only in a skills list or beside a context word.
        case ambiguous
        /// Any case, anywhere: a behaviour that shows the skill without naming it ("collaborated with",
        /// "presented findings"). Evidence for a requirement, but not a mention of the skill's name.
        case signal
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    public var isCaseSensitive: Bool { kind == .exact || kind == .ambiguous }

    /// Whether the alias names the skill (every kind but `signal`).
    public var namesSkill: Bool { kind != .signal }
}
