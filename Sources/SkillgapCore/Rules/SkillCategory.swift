/// The kinds of skills in the taxonomy.
public enum SkillCategory: String, Codable, CaseIterable, Sendable {
    case language, web, mobile, mlLibrary = "ml-library", dataTool = "data-tool", database, visualization, cloud
    case devops, tool, office, os, math, csFundamental = "cs-fundamental", mlConcept = "ml-concept"
    case mlApplication = "ml-application", methodology, testing, security, business, softSkill = "soft-skill"
}
