/// A skill of the taxonomy: its names and how to match them safely, with examples that test it.
public struct Skill: Equatable, Sendable {
    public var id: String
    public var name: String
    public var category: SkillCategory
    public var aliases: [SkillAlias]
    /// Words (any case, whole words) that let an ambiguous alias count in the same block.
    public var context: [String]
    /// Phrases (any case) inside which a match does not count.
    public var notIn: [String]
    /// Behaviours written as verbs and their objects, evidence like signals.
    public var deeds: [SkillDeed]
    /// Skills that this one shows too (PostgreSQL shows SQL, PyTorch shows machine learning): a requirement
    /// credits them at `ScoreFormula.impliedCredit`, and the report says by which skill.
    public var implies: [String]
    /// Package and import names that show the skill in a project's code, by ecosystem.
    public var packages: [SkillPackage]
    public var matchExamples: [RuleExample]
    public var noMatchExamples: [RuleExample]
    /// Where the skill is defined, in its rule file.
    public var location: RuleLocation

    public init(
        id: String, name: String, category: SkillCategory, aliases: [SkillAlias],
        context: [String] = [],
        notIn: [String] = [], deeds: [SkillDeed] = [], implies: [String] = [],
        packages: [SkillPackage] = [],
        matchExamples: [RuleExample] = [],
        noMatchExamples: [RuleExample] = [],
        location: RuleLocation = .unknown
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.aliases = aliases
        self.context = context
        self.notIn = notIn
        self.deeds = deeds
        self.implies = implies
        self.packages = packages
        self.matchExamples = matchExamples
        self.noMatchExamples = noMatchExamples
        self.location = location
    }
}
