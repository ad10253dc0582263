/// A resume check that is not a skill: contact details, headings, links, wording, length, dates.
public struct ResumeCheck: Equatable, Sendable {
    public var id: String
    public var level: CheckLevel
    /// What the finding tells the student.
    public var message: String
    /// A page that explains the advice, if any.
    public var link: String?
    public var rule: CheckRule
    public var location: RuleLocation

    public init(
        id: String, level: CheckLevel, message: String, link: String? = nil, rule: CheckRule,
        location: RuleLocation = .unknown
    ) {
        self.id = id
        self.level = level
        self.message = message
        self.link = link
        self.rule = rule
        self.location = location
    }
}
