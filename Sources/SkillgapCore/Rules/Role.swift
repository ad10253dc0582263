/// A role pack: what a role needs, as weighted requirements over taxonomy skills.
public struct Role: Equatable, Sendable {
    public var id: String
    public var title: String
    public var version: String
    public var summary: String
    /// The role `skillgap check` uses when none is named.
    public var isDefault: Bool
    public var requirements: [Requirement]
    public var location: RuleLocation

    public init(
        id: String, title: String, version: String, summary: String, isDefault: Bool,
        requirements: [Requirement], location: RuleLocation = .unknown
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.summary = summary
        self.isDefault = isDefault
        self.requirements = requirements
        self.location = location
    }

    /// Every skill id the role names, in order, once.
    public var skillIDs: [String] {
        var seen = Set<String>()
        return requirements.flatMap(\.skills).filter { seen.insert($0).inserted }
    }
}
