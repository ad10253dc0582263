import ArgumentParser
import SkillgapCore

/// `skillgap rules explain SKILL`: how a skill is matched, with its examples.
struct RulesExplain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain how a skill is recognised: names, aliases, context rules and examples.")

    @OptionGroup var rulesOptions: RulesOptions

    @Argument(help: "A skill id or name, e.g. r, scikit-learn, \"C++\".")
    var skill: String

    func run() throws {
        let pack = try rulesOptions.loadPack()
        let wanted = skill.lowercased()
        guard
            let found = pack.skill(wanted)
                ?? pack.skills.first(where: {
                    $0.name.lowercased() == wanted
                        || $0.aliases.contains { $0.text.lowercased() == wanted }
                })
        else {
            let names = pack.skills.map(\.id) + pack.skills.map(\.name)
            Diagnostics.error(
                skill,
                "no such skill; `skillgap rules list` shows them all\(DidYouMean.hint(skill, among: names))"
            )
            throw ExitStatus.usage
        }
        print("\(found.name) (\(found.id)), \(found.category.rawValue)  [\(found.location)]")
        let plain = found.aliases.filter { $0.kind == .plain }.map(\.text)
        let exact = found.aliases.filter { $0.kind == .exact }.map(\.text)
        let ambiguous = found.aliases.filter { $0.kind == .ambiguous }.map(\.text)
        if !plain.isEmpty { print("  matches in any case: \(plain.joined(separator: ", "))") }
        if !exact.isEmpty {
            print("  matches exactly as written: \(exact.joined(separator: ", "))")
        }
        if !ambiguous.isEmpty {
            print("  ambiguous, exactly as written: \(ambiguous.joined(separator: ", "))")
            print(
                "    counts only in a skills list or beside: \(found.context.joined(separator: ", "))"
            )
            print("    never in the contact lines, never as an initial (\"Jane R. Doe\")")
        }
        let signals = found.aliases.filter { $0.kind == .signal }.map(\.text)
        if !signals.isEmpty {
            print("  shown by behaviour (any case): \(signals.joined(separator: ", "))")
        }
        for deed in found.deeds {
            print(
                "  shown by a deed: \(deed.verbs.joined(separator: " | ")) ... then within "
                    + "\(SkillDeed.maximumGap) words \(deed.objects.joined(separator: " | "))")
        }
        if !found.notIn.isEmpty {
            print("  does not count inside: \(found.notIn.joined(separator: "; "))")
        }
        print("  examples that match:")
        for example in found.matchExamples { print("    + \(example.text)") }
        if !found.noMatchExamples.isEmpty {
            print("  examples that do not match:")
            for example in found.noMatchExamples { print("    - \(example.text)") }
        }
        let roles = pack.roles.filter { $0.skillIDs.contains(found.id) }.map(\.id)
        if !roles.isEmpty { print("  used by roles: \(roles.joined(separator: ", "))") }
    }
}
