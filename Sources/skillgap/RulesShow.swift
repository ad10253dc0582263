import ArgumentParser
import SkillgapCore

/// `skillgap rules show ROLE`: a role's requirements.
struct RulesShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a role's requirements, weights and advice.")

    @OptionGroup var rulesOptions: RulesOptions

    @Argument(help: "The role id (see `skillgap rules list`); the default role if omitted.")
    var role: String?

    func run() throws {
        let pack = try rulesOptions.loadPack()
        guard let shown = role.map({ pack.role($0) }) ?? pack.defaultRole else {
            let ids = pack.roles.map(\.id)
            Diagnostics.error(
                role ?? "skillgap rules show",
                "unknown role; roles: \(ids.joined(separator: ", "))\(DidYouMean.hint(role ?? "", among: ids))"
            )
            throw ExitStatus.usage
        }
        print("\(shown.title) (\(shown.id), version \(shown.version))")
        if !shown.summary.isEmpty { print(shown.summary) }
        let total = shown.requirements.reduce(0) { $0 + $1.weight }
        for requirement in shown.requirements {
            let names = requirement.skills.map { pack.skill($0)?.name ?? $0 }
            let rule =
                requirement.mode == .all
                ? "all of" : (requirement.minimum > 1 ? "\(requirement.minimum) of" : "any of")
            print("")
            print(
                "[\(requirement.level.rawValue)] \(requirement.title)  (weight \(format(requirement.weight)), \(format(requirement.weight / total * 100))% of the score)"
            )
            print("  \(rule): \(names.joined(separator: ", "))")
            if !requirement.why.isEmpty { print("  why: \(requirement.why)") }
            print("  advice: \(requirement.advice)")
        }
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
