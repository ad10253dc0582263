/// The canonical resume sections that every heading is mapped to.
public enum Section: String, Codable, CaseIterable, Sendable {
    case contact, summary, experience, education, projects, skills, publications, awards,
        certifications
    case activities
    /// Interests, hobbies and references: read, but what they name is not the candidate's skill (a referee's
    /// words, a pastime).
    case interests
    case other
}
