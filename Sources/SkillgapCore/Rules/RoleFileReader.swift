/// Reads role files: an id, a title, a version and weighted requirements over skills.
enum RoleFileReader {
    static let keys = ["id", "title", "version", "summary", "default", "requirements"]
    static let required = ["id", "title", "version", "requirements"]
    static let requirementKeys = [
        "id", "title", "level", "weight", "any", "all", "min", "why", "advice", "degree-fields",
        "cap-when-missing",
    ]

    static func role(
        from fields: [String: RuleNode], node: RuleNode, knownSkills: Set<String>
    ) throws -> Role {
        let id = try SkillFileReader.identifier(fields["id"]!, what: "role id")
        var requirements: [Requirement] = []
        for item in try fields["requirements"]!.sequence("requirements") {
            let requirement = try self.requirement(item, knownSkills: knownSkills)
            if requirements.contains(where: { $0.id == requirement.id }) {
                throw item.error("duplicate requirement id '\(requirement.id)' in role '\(id)'")
            }
            requirements.append(requirement)
        }
        guard !requirements.isEmpty else {
            throw fields["requirements"]!.error("role '\(id)' has no requirements")
        }
        return Role(
            id: id, title: try fields["title"]!.string("title"),
            version: try fields["version"]!.string("version"),
            summary: try fields["summary"]?.string("summary") ?? "",
            isDefault: try fields["default"]?.bool("default") ?? false,
            requirements: requirements, location: SkillFileReader.location(node))
    }

    private static func requirement(
        _ node: RuleNode, knownSkills: Set<String>
    ) throws -> Requirement {
        let fields = try node.mapping(
            "a requirement", allowed: requirementKeys,
            required: ["id", "title", "level", "weight", "advice"])
        let id = try SkillFileReader.identifier(fields["id"]!, what: "requirement id")
        guard (fields["any"] == nil) != (fields["all"] == nil) else {
            throw node.error(
                "requirement '\(id)' needs exactly one of 'any' or 'all'",
                hint: "any: [python, r] or all: [git]")
        }
        let mode: Requirement.Mode = fields["any"] != nil ? .any : .all
        let listNode = fields["any"] ?? fields["all"]!
        var skills: [String] = []
        for (skill, item) in try listNode.strings(mode.rawValue) {
            guard knownSkills.contains(skill) else {
                let suggestion = knownSkills.min {
                    editDistance($0, skill) < editDistance($1, skill)
                }
                throw item.error(
                    "unknown skill id '\(skill)' in requirement '\(id)'",
                    hint: suggestion.map {
                        "did you mean '\($0)'? (`skillgap rules list` shows every skill)"
                    })
            }
            guard !skills.contains(skill) else {
                throw item.error("skill '\(skill)' is listed twice in requirement '\(id)'")
            }
            skills.append(skill)
        }
        guard !skills.isEmpty else { throw listNode.error("requirement '\(id)' lists no skills") }
        let minimum = try fields["min"]?.int("min") ?? 1
        if mode == .all, fields["min"] != nil {
            throw fields["min"]!.error("'min' goes with 'any', not 'all'")
        }
        guard minimum >= 1, minimum <= skills.count else {
            throw (fields["min"] ?? node).error(
                "'min' must be between 1 and the \(skills.count) skills listed")
        }
        let weight = try fields["weight"]!.double("weight")
        guard weight > 0 else { throw fields["weight"]!.error("'weight' must be greater than 0") }
        var requirement = Requirement(
            id: id, title: try fields["title"]!.string("title"),
            level: try fields["level"]!.choice("level", RequirementLevel.self), weight: weight,
            mode: mode, skills: skills, minimum: minimum,
            why: try fields["why"]?.string("why") ?? "",
            advice: try fields["advice"]!.string("advice"))
        if let capNode = fields["cap-when-missing"] {
            let cap = try capNode.int("cap-when-missing")
            guard (0...100).contains(cap) else {
                throw capNode.error("'cap-when-missing' must be a score from 0 to 100")
            }
            requirement.capWhenMissing = cap
        }
        for (field, fieldNode) in try fields["degree-fields"]?.strings("degree-fields") ?? [] {
            guard PostingLineFacts.fields.contains(field.lowercased()) else {
                throw fieldNode.error(
                    "'\(field)' is not a degree field skillgap reads",
                    hint: "use one of: \(PostingLineFacts.fields.joined(separator: ", "))")
            }
            requirement.degreeFields.append(field.lowercased())
        }
        return requirement
    }

    static func validateAcrossFiles(_ roles: [Role]) throws {
        var seen: [String: Role] = [:]
        for role in roles {
            if let first = seen[role.id] {
                throw RuleFileError.at(
                    role.location, message: "duplicate role id '\(role.id)'",
                    hint: "first defined at \(first.location)")
            }
            seen[role.id] = role
        }
        let defaults = roles.filter(\.isDefault)
        if defaults.count > 1 {
            throw RuleFileError.at(
                defaults[1].location,
                message:
                    "roles '\(defaults[0].id)' and '\(defaults[1].id)' are both marked default: true"
            )
        }
    }
}
