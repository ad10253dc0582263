/// What was read from a job posting: the job, the requirement lines in their parts, the experience and education
/// asked for, the conditions reported but never scored, and what was not understood.
public struct Posting: Sendable {
    public var document: Document
    public var title: String?
    public var company: String?
    public var seniority: Seniority
    /// The language the posting is written in (ISO 639-1), as far as its words tell.
    public var language: String
    /// Every line of the required, preferred and responsibilities parts, in order, with or without skills.
    public var requirements: [PostingRequirement]
    /// The smallest number of years of experience a required line asks for.
    public var minimumYears: Int?
    public var education: EducationRequirement
    public var notes: [PostingNote]
    /// Terms of requirement lines that look technical but name no taxonomy skill.
    public var unrecognized: [String]
    public var warnings: [PostingWarning]

    public init(
        document: Document, title: String?, company: String?, seniority: Seniority,
        language: String,
        requirements: [PostingRequirement], minimumYears: Int?, education: EducationRequirement,
        notes: [PostingNote], unrecognized: [String], warnings: [PostingWarning]
    ) {
        self.document = document
        self.title = title
        self.company = company
        self.seniority = seniority
        self.language = language
        self.requirements = requirements
        self.minimumYears = minimumYears
        self.education = education
        self.notes = notes
        self.unrecognized = unrecognized
        self.warnings = warnings
    }

    /// The skill ids of a part's lines, in order, once each; a skill required and preferred is required only.
    public func skills(_ part: PostingPart) -> [String] {
        var seen = Set<String>()
        if part == .preferred {
            seen = Set(requirements.filter { $0.part == .required }.flatMap(\.skills))
        }
        return requirements.filter { $0.part == part }.flatMap(\.skills).filter {
            seen.insert($0).inserted
        }
    }

    /// Whether anything in the posting can be matched: a skill, years or a degree.
    public var hasRequirements: Bool {
        requirements.contains { !$0.skills.isEmpty && $0.part != .responsibilities }
            || minimumYears != nil
            || education.level != nil
    }
}
