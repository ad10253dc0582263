/// Reads `checks:` files. Every check has the common keys `id`, `kind`, `level`, `message` and `link`, plus the
/// keys of its kind, as in Vale.
enum CheckFileReader {
    static let commonKeys = ["id", "kind", "level", "message", "link"]

    static func checks(in root: RuleNode) throws -> [ResumeCheck] {
        let top = try root.mapping("a checks file", allowed: ["checks"], required: ["checks"])
        return try top["checks"]!.sequence("checks").map(check)
    }

    private static func check(_ node: RuleNode) throws -> ResumeCheck {
        guard case .mapping = node.node else { throw node.error("a check must be a mapping") }
        // Read the kind first, so unknown keys can be judged against that kind's keys.
        let loose = try node.mapping(
            "a check", allowed: commonKeys + CheckKind.allCases.flatMap(\.keys),
            required: ["id", "kind", "level", "message"])
        let name = try loose["kind"]!.string("kind")
        guard let kind = CheckKind(rawValue: name) else {
            throw loose["kind"]!.error(
                "unknown check kind '\(name)'",
                hint: "use one of: \(CheckKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let fields = try node.mapping(
            "a '\(name)' check", allowed: commonKeys + kind.keys,
            required: ["id", "kind", "level", "message"] + kind.requiredKeys)
        let rule: CheckRule
        switch kind {
        case .contact:
            rule = .contact(field: try fields["field"]!.choice("field", ContactField.self))
        case .sections:
            rule = .sections(required: try sections(fields["require"]!, "require"))
        case .links:
            rule = .links(
                kinds: try fields["any"]!.sequence("any").map {
                    try $0.choice("link kind", LinkKind.self)
                })
        case .projectEntries:
            rule = .projectEntries(
                problem: try words(fields["problem"]!, "problem"),
                approach: try words(fields["approach"]!, "approach"),
                result: try words(fields["result"]!, "result"))
        case .quantified:
            let share = try fields["min-share"]!.double("min-share")
            guard (0...1).contains(share) else {
                throw fields["min-share"]!.error("'min-share' must be between 0 and 1")
            }
            rule = .quantified(
                sections: try sections(fields["sections"]!, "sections"), minimumShare: share)
        case .length:
            rule = .length(
                maximumPages: try fields["max-pages"]!.int("max-pages"),
                minimumWords: try fields["min-words"]!.int("min-words"),
                maximumWords: try fields["max-words"]!.int("max-words"))
        case .phrases:
            rule = .phrases(
                phrases: try words(fields["phrases"]!, "phrases"),
                caseSensitive: try fields["case-sensitive"]?.bool("case-sensitive") ?? false,
                atStart: try fields["at-start"]?.bool("at-start") ?? false,
                sections: try fields["sections"].map { try sections($0, "sections") }
                    ?? Section.allCases)
        case .dates:
            rule = .dates(sections: try sections(fields["sections"]!, "sections"))
        }
        return ResumeCheck(
            id: try SkillFileReader.identifier(fields["id"]!, what: "check id"),
            level: try fields["level"]!.choice("level", CheckLevel.self),
            message: try fields["message"]!.string("message"),
            link: try fields["link"]?.string("link"), rule: rule,
            location: SkillFileReader.location(node))
    }

    private static func sections(_ node: RuleNode, _ what: String) throws -> [Section] {
        try node.sequence(what).map { try $0.choice("section", Section.self) }
    }

    private static func words(_ node: RuleNode, _ what: String) throws -> [String] {
        let list = try node.strings(what).map(\.0)
        guard !list.isEmpty else { throw node.error("'\(what)' lists nothing") }
        return list
    }

    static func validateAcrossFiles(_ checks: [ResumeCheck]) throws {
        var seen: [String: ResumeCheck] = [:]
        for check in checks {
            if let first = seen[check.id] {
                throw RuleFileError.at(
                    check.location, message: "duplicate check id '\(check.id)'",
                    hint: "first defined at \(first.location)")
            }
            seen[check.id] = check
        }
    }
}
