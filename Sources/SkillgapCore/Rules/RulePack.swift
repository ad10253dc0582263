/// Everything the engine needs: the heading vocabulary, the skill taxonomy, the roles and the checks.
public struct RulePack: Sendable {
    public var vocabulary: HeadingVocabulary
    public var skills: [Skill] {
        // A trie made for other skills must not match these.
        didSet { compiledTrie = nil }
    }
    public var roles: [Role]
    public var checks: [ResumeCheck]
    /// How job postings are read.
    public var postingVocabulary: PostingVocabulary
    /// The trie of `skills`, made ahead of time for the built-in pack (`CompiledRules`).
    var compiledTrie: AliasTrie? = nil

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

    /// The matcher of the pack's skills: from the trie made ahead of time when there is one.
    public func makeMatcher() -> SkillMatcher {
        compiledTrie.map { SkillMatcher(skills: skills, trie: $0) } ?? SkillMatcher(skills: skills)
    }

    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The role marked `default: true`, or the only role.
    public var defaultRole: Role? {
        roles.first(where: \.isDefault) ?? (roles.count == 1 ? roles.first : nil)
    }
}
