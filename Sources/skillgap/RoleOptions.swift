import ArgumentParser
import SkillgapCore

/// `--role` and `--rules`, shared by the commands that score resumes.
struct RoleOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "The role to score against (see `skillgap rules list`); the default role if omitted.")
    var role: String?

    @OptionGroup var rules: RulesOptions

    /// The rule pack and the chosen role.
    func load() throws -> (RulePack, Role) {
        try rules.loadRole(role)
    }
}
