/// Everything the engine needs: the heading vocabulary, the skill taxonomy, the roles and the checks.
public struct RulePack: Sendable {
    public var vocabulary: HeadingVocabulary
    public var skills: [Skill] {
        // A matcher made for other skills must not match these.
        didSet { isCompiled = false }
    }
    public var roles: [Role]
    public var checks: [ResumeCheck]
    /// How job postings are read.
    public var postingVocabulary: PostingVocabulary
    /// Whether this is the built-in pack compiled into the binary (`CompiledRules`), whose matcher is made
    /// once per process from a trie made ahead of time (`RulePackLoader.compiledMatcher`).
    var isCompiled = false

    public init(
        vocabulary: HeadingVocabulary, skills: [Skill], roles: [Role], checks: [ResumeCheck],
        postingVocabulary: PostingVocabulary = .standard
    ) {
        self.vocabulary = vocabulary
        self.skills = skills
        self.roles = roles
        self.checks = checks
        self.postingVocabulary = postingVocabulary
    }

    public func skill(_ id: String) -> Skill? { skills.first { $0.id == id } }

    /// The matcher of the pack's skills: the process's one for the compiled pack.
    public func makeMatcher() -> SkillMatcher {
        isCompiled ? RulePackLoader.compiledMatcher : SkillMatcher(skills: skills)
    }

    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The role marked `default: true`, or the only role.
    public var defaultRole: Role? {
        roles.first(where: \.isDefault) ?? (roles.count == 1 ? roles.first : nil)
    }
}
