import ArgumentParser
import Foundation
import SkillgapCore

/// `skillgap rules validate PATH...`: strict validation of rule files, and their examples run as tests.
struct RulesValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate rule files and run their examples.",
        discussion: """
            Each PATH (a rules folder or a YAML file) is checked together with the built-in rules it builds on, so a \
            role may use built-in skills. Problems print as file:line:col: error: ...; the exit code is 78 if any.

            Examples:
              skillgap rules validate Rules
              skillgap rules validate my-rules/roles/data-analyst.yaml
            """
    )

    @Argument(help: "Rules folders or YAML files.")
    var paths: [String]

    func run() throws {
        var failed = false
        for path in paths {
            do {
                let pack = try RulePackLoader.builtIn(overriddenBy: path)
                let failures =
                    RuleExampleChecker(pack: pack).failures().map(\.description)
                    + pack.postingVocabulary.failures()
                for failure in failures { Diagnostics.write("\(failure)\n") }
                if failures.isEmpty {
                    let examples =
                        pack.skills.reduce(0) {
                            $0 + $1.matchExamples.count + $1.noMatchExamples.count
                        }
                        + pack.postingVocabulary.examples.count
                    print(
                        "\(path): ok (\(pack.skills.count) skills, \(pack.roles.count) roles, \(pack.checks.count) checks, \(examples) examples pass)"
                    )
                } else {
                    failed = true
                }
            } catch let error as RuleFileError {
                Diagnostics.write("\(error)\n")
                failed = true
            }
        }
        if failed { throw ExitStatus.config }
    }
}
