/// The education a posting requires: the lowest degree level it names in a required line, the fields it names,
/// and whether experience may stand in for the degree.
public struct EducationRequirement: Equatable, Codable, Sendable {
    public var level: DegreeLevel?
    /// Field names in lower case ("computer science", "statistics"); "related field" when the posting allows one.
    public var fields: [String]
    /// "or equivalent experience".
    public var equivalentAccepted: Bool
    /// "currently pursuing a degree": a posting for students.
    public var currentlyPursuing: Bool
    /// When the applicant should graduate, as the posting says it ("between December 2027 and June 2028").
    public var graduationWindow: String?
    /// The posting's line that states the degree.
    public var line: Int?
    /// Whether the level is a bachelor's assumed from the word "degree" alone.
    var levelIsAssumed = false

    public init(
        level: DegreeLevel? = nil, fields: [String] = [], equivalentAccepted: Bool = false,
        currentlyPursuing: Bool = false, graduationWindow: String? = nil, line: Int? = nil
    ) {
        self.level = level
        self.fields = fields
        self.equivalentAccepted = equivalentAccepted
        self.currentlyPursuing = currentlyPursuing
        self.graduationWindow = graduationWindow
        self.line = line
    }
}
