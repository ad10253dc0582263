/// A package or import name that shows a skill in code: `python: torch` is PyTorch.
public struct SkillPackage: Hashable, Sendable {
    public var ecosystem: PackageEcosystem
    /// The name as the rule file writes it.
    public var name: String

    public init(_ ecosystem: PackageEcosystem, _ name: String) {
        self.ecosystem = ecosystem
        self.name = name
    }

    /// The name as compared with what a project declares or imports.
    public var key: String { ecosystem.normalized(name) }
}
