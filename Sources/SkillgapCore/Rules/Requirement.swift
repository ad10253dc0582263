/// Something a role asks of a resume, expressed over skills: `any` of them (at least `minimum`), or `all`.
public struct Requirement: Equatable, Sendable {
    public enum Mode: String, Sendable {
        case any, all
    }

    public var id: String
    public var title: String
    public var level: RequirementLevel
    public var weight: Double
    public var mode: Mode
    public var skills: [String]
    /// With `any`: how many of the skills must be shown. With `all`: every skill.
    public var minimum: Int
    /// Why the role needs it, for the gap report.
    public var why: String
    /// What a student can do about a gap.
    public var advice: String
    /// Degree fields (lower case, as `skillgap posting` reads them: "computer science", "mathematics") whose
    /// degree is evidence for this requirement at coursework level, whatever courses the resume lists.
    public var degreeFields: [String] = []
    /// The most the score may be when the resume shows nothing for this requirement (a core must-have).
    public var capWhenMissing: Int? = nil

    public init(
        id: String, title: String, level: RequirementLevel, weight: Double, mode: Mode,
        skills: [String],
        minimum: Int, why: String, advice: String, degreeFields: [String] = [],
        capWhenMissing: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.level = level
        self.weight = weight
        self.mode = mode
        self.skills = skills
        self.minimum = minimum
        self.why = why
        self.advice = advice
        self.degreeFields = degreeFields
        self.capWhenMissing = capWhenMissing
    }

    /// How many of the skills must be shown to meet the requirement.
    public var needed: Int { mode == .all ? skills.count : minimum }
}
