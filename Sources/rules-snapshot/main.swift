import Foundation
import SkillgapCore

// Usage: swift run rules-snapshot [PACKAGE_ROOT]
// Loads and validates the built-in YAML rules and writes them as Swift source to
// Sources/SkillgapCore/Rules/CompiledRules.swift, which the next build compiles in. Run it after editing a rule
// file; CompiledRulesTests says when it is due. Until then the YAML is loaded as before.
let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "."
let output = URL(fileURLWithPath: root).appendingPathComponent(
    "Sources/SkillgapCore/Rules/CompiledRules.swift")
do {
    let source = try RulePackLoader.compiledSource()
    if (try? String(contentsOf: output, encoding: .utf8)) == source {
        print("rules-snapshot: \(output.path) is current")
    } else {
        try source.write(to: output, atomically: true, encoding: .utf8)
        print("rules-snapshot: wrote \(output.path) (\(source.utf8.count / 1000) KB); build again")
    }
} catch {
    FileHandle.standardError.write(Data("rules-snapshot: \(error)\n".utf8))
    exit(1)
}
