/// The canonical resume sections that every heading is mapped to.
public enum Section: String, Codable, CaseIterable, Sendable {
    case contact, summary, experience, education, projects, skills, publications, awards,
        certifications
    case activities, other
}
