/// The kinds of resume check a rule file can declare (`kind:`), each with its own keys. A new kind is a case
/// here, a case of `CheckRule`, and the two switches the compiler then asks for: in `CheckFileReader` (reading
/// it) and in `CheckRunner` (running it).
public enum CheckKind: String, CaseIterable, Sendable {
    case contact, sections, links
    case projectEntries = "project-entries"
    case quantified, length, phrases, dates

    /// The keys of this kind, beside the common ones (`id`, `kind`, `level`, `message`, `link`).
    var keys: [String] {
        switch self {
        case .contact: ["field"]
        case .sections: ["require"]
        case .links: ["any"]
        case .projectEntries: ["problem", "approach", "result"]
        case .quantified: ["sections", "min-share"]
        case .length: ["max-pages", "min-words", "max-words"]
        case .phrases: ["phrases", "case-sensitive", "at-start", "sections"]
        case .dates: ["sections"]
        }
    }

    /// The keys of this kind that a check must have.
    var requiredKeys: [String] {
        switch self {
        case .phrases: ["phrases"]
        default: keys
        }
    }
}
