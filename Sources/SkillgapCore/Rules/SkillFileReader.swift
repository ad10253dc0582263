/// Reads `skills:` files.
enum SkillFileReader {
    static let keys = [
        "id", "name", "category", "aliases", "exact", "ambiguous", "signals", "deeds", "context",
        "not-in", "implies", "packages", "examples",
    ]

    static func skills(in root: RuleNode) throws -> [Skill] {
        let top = try root.mapping("a skills file", allowed: ["skills"], required: ["skills"])
        return try top["skills"]!.sequence("skills").map(skill)
    }

    static func skill(_ node: RuleNode) throws -> Skill {
        let fields = try node.mapping(
            "a skill", allowed: keys, required: ["id", "name", "category", "examples"])
        let id = try identifier(fields["id"]!, what: "skill id")
        let name = try fields["name"]!.string("name")
        let category = try fields["category"]!.choice("category", SkillCategory.self)
        var aliases: [SkillAlias] = []
        for (key, kind) in [
            ("aliases", SkillAlias.Kind.plain), ("exact", .exact), ("ambiguous", .ambiguous),
            ("signals", .signal),
        ] {
            for (text, item) in try fields[key]?.strings(key) ?? [] {
                guard text.trimmingSpaces.count == text.count else {
                    throw item.error("alias '\(text)' has spaces at its ends")
                }
                aliases.append(SkillAlias(text, kind: kind))
            }
        }
        if !aliases.contains(where: { $0.text.lowercased() == name.lowercased() }) {
            aliases.insert(SkillAlias(name, kind: .plain), at: 0)
        }
        let context = try fields["context"]?.strings("context").map(\.0) ?? []
        let notIn = try fields["not-in"]?.strings("not-in").map(\.0) ?? []
        if aliases.contains(where: { $0.kind == .ambiguous }), context.isEmpty {
            throw node.error(
                "skill '\(id)' has ambiguous aliases but no 'context'",
                hint:
                    "add context words that make an ambiguous name count, e.g. context: [RStudio, tidyverse]"
            )
        }
        let packages = try fields["packages"].map(packageList) ?? []
        let deeds = try fields["deeds"].map(deedList) ?? []
        let implies = try fields["implies"]?.strings("implies").map(\.0) ?? []

        let examples = try fields["examples"]!.mapping(
            "examples", allowed: ["match", "no-match"], required: ["match"])
        let matches = try exampleList(examples["match"]!, what: "match")
        let noMatches = try examples["no-match"].map { try exampleList($0, what: "no-match") } ?? []
        guard !matches.isEmpty else {
            throw examples["match"]!.error("skill '\(id)' needs at least one match example")
        }
        if aliases.contains(where: { $0.kind == .ambiguous }) || !notIn.isEmpty, noMatches.isEmpty {
            throw fields["examples"]!.error(
                "skill '\(id)' has ambiguous aliases or not-in phrases but no no-match examples",
                hint: "show the traps it avoids under 'no-match:'")
        }
        return Skill(
            id: id, name: name, category: category, aliases: aliases, context: context,
            notIn: notIn, deeds: deeds, implies: implies, packages: packages,
            matchExamples: matches, noMatchExamples: noMatches, location: location(node))
    }

    /// `packages: {python: [torch], r: [torch]}`: names without spaces, under a known ecosystem.
    private static func packageList(_ node: RuleNode) throws -> [SkillPackage] {
        let ecosystems = PackageEcosystem.allCases.map(\.rawValue)
        let fields = try node.mapping("packages", allowed: ecosystems)
        var packages: [SkillPackage] = []
        for ecosystem in PackageEcosystem.allCases {
            for (name, item) in try fields[ecosystem.rawValue]?.strings(ecosystem.rawValue) ?? [] {
                guard !name.contains(where: \.isWhitespace) else {
                    throw item.error(
                        "package name '\(name)' has a space",
                        hint: "write the name as code imports or installs it, like 'scikit-learn'")
                }
                packages.append(SkillPackage(ecosystem, name))
            }
        }
        return packages
    }

    /// `deeds: [{verbs: [led, supervised], objects: [team, staff]}]`: both lists given and not empty.
    private static func deedList(_ node: RuleNode) throws -> [SkillDeed] {
        try node.sequence("deeds").map { item in
            let fields = try item.mapping(
                "a deed", allowed: ["verbs", "objects"], required: ["verbs", "objects"])
            var lists: [[String]] = []
            for key in ["verbs", "objects"] {
                let words = try fields[key]!.strings(key)
                guard !words.isEmpty else {
                    throw fields[key]!.error(
                        "a deed needs at least one of its '\(key)'",
                        hint: "e.g. {verbs: [led, supervised], objects: [team, staff]}")
                }
                for (word, wordNode) in words
                where word.trimmingSpaces.count != word.count || word.isEmpty {
                    throw wordNode.error("deed word '\(word)' is empty or has spaces at its ends")
                }
                lists.append(words.map(\.0))
            }
            return SkillDeed(verbs: lists[0], objects: lists[1])
        }
    }

    private static func exampleList(_ node: RuleNode, what: String) throws -> [RuleExample] {
        try node.strings(what).map { RuleExample(text: $0.0, location: location($0.1)) }
    }

    static func location(_ node: RuleNode) -> RuleLocation {
        RuleLocation(file: node.source.name, line: node.line ?? 0, column: node.column ?? 0)
    }

    /// Lower-case letters, digits and single hyphens.
    static func identifier(_ node: RuleNode, what: String) throws -> String {
        let value = try node.string(what)
        let valid =
            !value.hasPrefix("-") && !value.hasSuffix("-") && !value.contains("--")
            && value.allSatisfy {
                ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-"
            }
        guard valid else {
            throw node.error(
                "'\(value)' is not a valid \(what)",
                hint: "use lower-case letters, digits and '-', like 'scikit-learn'")
        }
        return value
    }

    /// Every implied skill exists, and no skill implies itself through a chain (PyTorch → deep learning → PyTorch).
    static func validateImplications(_ skills: [Skill]) throws {
        let byID = Dictionary(skills.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for skill in skills {
            for target in skill.implies where byID[target] == nil {
                throw RuleFileError.at(
                    skill.location,
                    message: "skill '\(skill.id)' implies an unknown skill '\(target)'",
                    hint: "use a skill id from `skillgap rules list`")
            }
            var seen: Set<String> = []
            var frontier = skill.implies
            while let next = frontier.popLast() {
                if next == skill.id {
                    throw RuleFileError.at(
                        skill.location,
                        message: "skill '\(skill.id)' implies itself through a chain",
                        hint:
                            "an implication goes from the specific skill to the general one, never back"
                    )
                }
                if seen.insert(next).inserted { frontier += byID[next]?.implies ?? [] }
            }
        }
    }

    /// Ids are unique and no alias is claimed by two skills (compared ignoring case).
    static func validateAcrossFiles(_ skills: [Skill]) throws {
        var ids: [String: Skill] = [:]
        var owners: [String: Skill] = [:]
        var packageOwners: [SkillPackage: Skill] = [:]
        for skill in skills {
            for package in skill.packages {
                let key = SkillPackage(package.ecosystem, package.key)
                if let owner = packageOwners[key], owner.id != skill.id {
                    throw RuleFileError.at(
                        skill.location,
                        message:
                            "package '\(package.name)' (\(package.ecosystem.rawValue)) of skill '\(skill.id)' is already claimed by '\(owner.id)'",
                        hint: "a package shows one skill; '\(owner.id)' is at \(owner.location)")
                }
                packageOwners[key] = skill
            }
            if let first = ids[skill.id] {
                throw RuleFileError.at(
                    skill.location, message: "duplicate skill id '\(skill.id)'",
                    hint: "it is first defined at \(first.location)")
            }
            ids[skill.id] = skill
            for alias in Set(skill.aliases.map { $0.text.lowercased() }) {
                if let owner = owners[alias] {
                    throw RuleFileError.at(
                        skill.location,
                        message:
                            "alias '\(alias)' of skill '\(skill.id)' is already claimed by '\(owner.id)'",
                        hint:
                            "an alias may name one skill only; '\(owner.id)' is at \(owner.location)"
                    )
                }
                owners[alias] = skill
            }
        }
    }
}

extension RuleFileError {
    /// An error at the place a rule file defines something.
    static func at(_ location: RuleLocation, message: String, hint: String? = nil) -> RuleFileError
    {
        RuleFileError(
            file: location.file, line: location.line, column: location.column, message: message,
            hint: hint)
    }
}
