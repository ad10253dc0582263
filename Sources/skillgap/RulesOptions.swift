import ArgumentParser
import Foundation
import SkillgapCore

/// `--rules PATH`, shared by every command that uses a rule pack.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A rules folder (or one YAML file) to use on top of the built-in rules.",
        discussion: "Files replace the built-in file with the same path below the folder (e.g. roles/ml-engineer-intern.yaml); new files are added.",
        valueName: "path"))
    var rules: String?

    /// The rule pack, or exit 78 with every problem printed as `file:line:col: error: ...`.
    func loadPack() throws -> RulePack {
        do {
            return try rules.map(RulePackLoader.builtIn(overriddenBy:)) ?? RulePackLoader.builtIn()
        } catch let error as RuleFileError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitStatus.config
        }
    }
}
