/// One line of a posting that asks for something: its part after the line's own wording, the taxonomy skills
/// it names and how they combine, and the years of experience it asks for.
public struct PostingRequirement: Equatable, Sendable {
    public var part: PostingPart
    public var text: String
    /// The line in the posting (see `Block.line`), and its page.
    public var line: Int
    public var page: Int
    /// The skill ids the line names, in the order it names them.
    public var skills: [String]
    /// The words the posting used for each skill, as written ("scikit-learn", "Postgres").
    public var terms: [String]
    /// `any` for an OR-group ("Python, Java or C++"), `all` otherwise.
    public var mode: Requirement.Mode
    /// With `any`: how many of the skills are needed.
    public var minimum: Int
    /// The smallest number of years the line asks for, if it asks for any.
    public var years: Int?
    /// The skill the years are about ("3+ years of Python"), or nil when they are about the role.
    public var yearsSkill: String?
    /// Which sentence or clause of its line this is (0 for the first), so two asks on one line stay apart.
    public var clause = 0

    /// The id of the requirement this line becomes in `PostingRole`: "line-PAGE-LINE", and "-CLAUSE" after the
    /// first clause of a line.
    public var requirementID: String {
        "line-\(page)-\(line)" + (clause > 0 ? "-\(clause)" : "")
    }

    public init(
        part: PostingPart, text: String, line: Int, page: Int = 1, skills: [String] = [],
        terms: [String] = [],
        mode: Requirement.Mode = .all, minimum: Int = 1, years: Int? = nil,
        yearsSkill: String? = nil
    ) {
        self.part = part
        self.text = text
        self.line = line
        self.page = page
        self.skills = skills
        self.terms = terms
        self.mode = mode
        self.minimum = minimum
        self.years = years
        self.yearsSkill = yearsSkill
    }
}
