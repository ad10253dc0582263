/// How senior a posted job is, from its title or, failing that, the years it asks for.
public enum Seniority: String, Codable, CaseIterable, Sendable {
    case intern, junior, mid, senior, lead, unspecified
}
