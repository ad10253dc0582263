/// One item of a project's presentation and reproducibility checklist (the seed's advice and the ML code
/// completeness checklist): whether it holds, and what was seen.
public struct ProjectCheck: Equatable, Sendable {
    /// A stable id: `readme-problem`, `readme-results`, `tests`, `ci`, `license`, `secrets`...
    public var id: String
    public var ok: Bool
    /// What was found or is missing, in a sentence a user can act on.
    public var detail: String

    public init(id: String, ok: Bool, detail: String) {
        self.id = id
        self.ok = ok
        self.detail = detail
    }
}
