/// What a link points at, as far as a reviewer cares.
public enum LinkKind: String, Codable, CaseIterable, Sendable {
    case github, gitlab, linkedin, kaggle, huggingface, website, social
}
