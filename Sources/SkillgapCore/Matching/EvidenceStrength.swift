/// How strongly a resume shows a skill, from the section its mention is in.
public enum EvidenceStrength: String, Codable, CaseIterable, Comparable, Sendable {
    /// Used in experience, projects, publications, activities or awards.
    case demonstrated
    /// Named in education or certifications.
    case coursework
    /// Only listed: a skills list, the summary, the contact lines.
    case listed
    /// Not found.
    case missing

    /// The strength a mention has in `section`.
    public init(section: Section) {
        switch section {
        case .experience, .projects, .publications, .activities, .awards: self = .demonstrated
        case .education, .certifications: self = .coursework
        // Interests are never matched (`SkillMatcher`); listed is the weakest place they could stand for.
        case .skills, .summary, .contact, .interests, .other: self = .listed
        }
    }

    private var rank: Int {
        switch self {
        case .demonstrated: 3
        case .coursework: 2
        case .listed: 1
        case .missing: 0
        }
    }

    /// Stronger evidence compares greater.
    public static func < (lhs: EvidenceStrength, rhs: EvidenceStrength) -> Bool {
        lhs.rank < rhs.rank
    }
}
