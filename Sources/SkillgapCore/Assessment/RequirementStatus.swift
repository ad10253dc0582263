/// Whether a resume meets a requirement.
public enum RequirementStatus: String, Codable, CaseIterable, Sendable {
    case met, partial, missing
}
