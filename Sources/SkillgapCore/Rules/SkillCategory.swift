/// The kinds of skills in the taxonomy.
public enum SkillCategory: String, Codable, CaseIterable, Sendable {
    case language, web, mobile
    case mlLibrary = "ml-library"
    case dataTool = "data-tool"
    case database, visualization, cloud
    case devops, tool, office, os, math
    case csFundamental = "cs-fundamental"
    case mlConcept = "ml-concept"
    case mlApplication = "ml-application"
    case methodology, testing, security, business
    case softSkill = "soft-skill"
}
