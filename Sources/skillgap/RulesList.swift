import ArgumentParser
import SkillgapCore

/// `skillgap rules list`: the roles, then the skills by category.
struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the roles and skills.")

    @OptionGroup var rulesOptions: RulesOptions

    @Option(name: .long, help: "Only list skills of this category.")
    var category: String?

    func run() throws {
        let pack = try rulesOptions.loadPack()
        if category == nil {
            print("Roles:")
            for role in pack.roles {
                print(
                    "  \(role.id)\(role.isDefault ? " (default)" : "")  \(role.title), \(role.requirements.count) requirements"
                )
            }
            print("")
        }
        let categories = SkillCategory.allCases.filter {
            category == nil || $0.rawValue == category
        }
        guard !categories.isEmpty else {
            throw ValidationError(
                "unknown category '\(category ?? "")'; use one of: \(SkillCategory.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let shown = pack.skills.filter { categories.contains($0.category) }
        print("Skills (\(shown.count)):")
        for category in categories {
            let skills = shown.filter { $0.category == category }.sorted { $0.id < $1.id }
            guard !skills.isEmpty else { continue }
            print(
                "  \(category.rawValue): "
                    + skills.map { $0.id == $0.name.lowercased() ? $0.id : "\($0.id) (\($0.name))" }
                    .joined(separator: ", "))
        }
        if category == nil { print("\nChecks: " + pack.checks.map(\.id).joined(separator: ", ")) }
    }
}
