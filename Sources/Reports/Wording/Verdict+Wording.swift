import SkillgapCore

extension Verdict {
    /// The verdict as one sentence.
    public var sentence: String {
        switch self {
        case .strong: "Strong match: every must-have is shown."
        case .good: "Good match with some gaps."
        case .promising: "Promising, but must-haves are missing or only listed."
        case .partial: "Partial match: important gaps to close before applying."
        case .notYet: "Not yet a match for this role."
        case .notScored: "Not scored."
        }
    }
}
