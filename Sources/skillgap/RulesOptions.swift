import ArgumentParser
import Foundation
import SkillgapCore

/// `--rules PATH`, shared by every command that uses a rule pack.
struct RulesOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A rules folder (or one YAML file) to use on top of the built-in rules.",
            discussion:
                "Files replace the built-in file with the same path below the folder (e.g. roles/ml-engineer-intern.yaml); new files are added.",
            valueName: "path"))
    var rules: String?

    /// The rule pack, or exit 78 with every problem printed as `file:line:col: error: ...`.
    func loadPack() throws -> RulePack {
        try Self.loadPack(rules)
    }

    /// The pack and the role named `id` (the pack's default role when nil), or a usage error naming the roles.
    func loadRole(_ id: String?) throws -> (RulePack, Role) {
        try Self.loadRole(id, rules: rules)
    }

    /// The built-in pack with the rules at `path` on top, or exit 78 with every problem printed.
    static func loadPack(_ path: String?) throws -> RulePack {
        do {
            return try path.map(RulePackLoader.builtIn(overriddenBy:)) ?? RulePackLoader.builtIn()
        } catch let error as RuleFileError {
            Diagnostics.write("\(error)\n")
            throw ExitStatus.config
        }
    }

    static func loadRole(_ id: String?, rules: String?) throws -> (RulePack, Role) {
        let pack = try loadPack(rules)
        guard let role = id.map({ pack.role($0) }) ?? pack.defaultRole else {
            let ids = pack.roles.map(\.id)
            let known = ids.joined(separator: ", ")
            // A usage error of its own: the whole command's usage would hide the one line that matters.
            Diagnostics.error(
                "--role",
                id.map { "unknown role '\($0)'; roles: \(known)\(DidYouMean.hint($0, among: ids))" }
                    ?? "no default role; pass --role (roles: \(known))")
            throw ExitStatus.usage
        }
        return (pack, role)
    }
}
