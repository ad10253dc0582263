import SkillgapCore

extension Evidence {
    /// What a report says about a piece of evidence, in plain text for each renderer to escape: its strength
    /// ("demonstrated by behaviour"), what it is implied by, if anything, and its place ("experience, p1 L4").
    public var noteParts: [String] {
        [strength.rawValue + (via == .behaviour ? " by behaviour" : "")]
            + (impliedBy.map { ["implied by \($0)"] } ?? []) + [location.place]
    }
}
