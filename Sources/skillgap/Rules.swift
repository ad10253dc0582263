import ArgumentParser

/// `skillgap rules ...`: look into the rule packs and check your own.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show, explain and validate rule packs (skills, roles, checks).",
        discussion: """
            The rules live in YAML files (Rules/ in the source tree) and are built into skillgap. Use --rules PATH \
            to add or replace files, and `skillgap rules validate PATH` to check them first.
            """,
        subcommands: [RulesList.self, RulesShow.self, RulesExplain.self, RulesValidate.self]
    )
}
