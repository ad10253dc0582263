import SkillgapCore

/// The taxonomy's package names, for looking up what a project imports or declares.
struct PackageIndex {
    private var skills: [PackageEcosystem: [String: String]] = [:]
    /// Language display names ("Python", "C++") to their skill, for a project's languages.
    private var languageSkills: [String: String] = [:]

    init(pack: RulePack) {
        for skill in pack.skills {
            for package in skill.packages {
                skills[package.ecosystem, default: [:]][package.key] = skill.id
            }
            if skill.category == .language {
                for alias in skill.aliases where alias.kind != .signal {
                    languageSkills[alias.text.lowercased()] =
                        languageSkills[alias.text.lowercased()] ?? skill.id
                }
            }
        }
    }

    /// The skill a module or package shows: a Go or Java path by its longest known prefix, a C header by its
    /// path or its first folder.
    func skill(_ name: String, in ecosystem: PackageEcosystem) -> String? {
        guard let table = skills[ecosystem] else { return nil }
        let key = ecosystem.normalized(name)
        if let found = table[key] { return found }
        let separator: Character
        switch ecosystem {
        case .go, .c: separator = "/"
        case .java: separator = "."
        default: return nil
        }
        var parts = key.split(separator: separator)
        while parts.count > 1 {
            parts.removeLast()
            if let found = table[parts.joined(separator: String(separator))] { return found }
        }
        return nil
    }

    /// The skill of a language by its display name.
    func languageSkill(_ language: String) -> String? {
        languageSkills[language.lowercased()]
    }
}
