/// One way a resume may name a skill.
public struct SkillAlias: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// Any case, anywhere.
        case plain
        /// Exactly as written, anywhere.
        case exact
        /// Exactly as written, and only in a skills list or beside a context word.
        case ambiguous
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    public var isCaseSensitive: Bool { kind != .plain }
}
