import Foundation
import SkillgapCore

// Shows that skill matching costs time in proportion to the text, not to the number of aliases: the same
// resume text is matched with the built-in taxonomy and with one ten times larger (the real aliases plus nine
// made-up variants of each), in the same process.
//
// Usage: matcher-benchmark [--rounds N] [TEXT-FILE...]   (default: the fixtures' text, Markdown and HTML resumes)

func parseArguments() -> (rounds: Int, paths: [String]) {
    var rounds = 300
    var paths: [String] = []
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        if argument == "--rounds", let value = arguments.popFirst().flatMap(Int.init) {
            rounds = value
        } else {
            paths.append(argument)
        }
    }
    return (
        rounds,
        paths.isEmpty
            ? [
                "Fixtures/text/resume.txt", "Fixtures/markdown/resume.md",
                "Fixtures/text/unusual-headings.txt",
            ] : paths
    )
}

let (rounds, paths) = parseArguments()
let lines = paths.flatMap { path -> [String] in
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
        return []
    }
    return text.split(separator: "\n").map { TextNormalizer.normalize(String($0)) }.filter {
        !$0.isEmpty
    }
}
guard !lines.isEmpty, let pack = try? RulePackLoader.builtIn() else { exit(66) }

/// The taxonomy with `factor - 1` invented variants of every alias ("python" → "pythonqx1", ...), so the trie
/// holds `factor` times as many aliases that share prefixes with the real ones, as a larger taxonomy would.
func inflated(_ skills: [Skill], factor: Int) -> [Skill] {
    var result = skills
    for copy in 1..<factor {
        for skill in skills {
            var variant = skill
            variant.id = "\(skill.id)-variant-\(copy)"
            variant.aliases = skill.aliases.map { SkillAlias("\($0.text)qx\(copy)", kind: $0.kind) }
            variant.deeds = skill.deeds.map {
                SkillDeed(verbs: $0.verbs.map { "\($0)qx\(copy)" }, objects: $0.objects)
            }
            result.append(variant)
        }
    }
    return result
}

func measure(_ matcher: SkillMatcher) -> Double {
    var found = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<rounds {
        for line in lines { found &+= matcher.hits(in: line, section: .experience).count }
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    if found == 0 { FileHandle.standardError.write(Data("warning: no skill found\n".utf8)) }
    return elapsed / Double(rounds)
}

let base = SkillMatcher(skills: pack.skills)
let large = SkillMatcher(skills: inflated(pack.skills, factor: 10))
let baseAliases = pack.skills.reduce(0) { $0 + $1.aliases.count }
_ = measure(base)
_ = measure(large)
var baseTimes: [Double] = []
var largeTimes: [Double] = []
for _ in 0..<5 {
    baseTimes.append(measure(base))
    largeTimes.append(measure(large))
}
let characters = lines.reduce(0) { $0 + $1.count }
print("text: \(lines.count) lines, \(characters) characters; rounds: \(rounds)")
print(String(format: "%6d aliases: %.3f ms per pass", baseAliases, baseTimes.min()!))
print(String(format: "%6d aliases: %.3f ms per pass", baseAliases * 10, largeTimes.min()!))
print(String(format: "ratio: %.2fx for 10x the aliases", largeTimes.min()! / baseTimes.min()!))
