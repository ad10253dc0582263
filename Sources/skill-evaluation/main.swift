import Analysis
import Foundation
import SkillgapCore

// Measures skill detection on labelled CVs, through the same pipeline as a user's file (text extractor,
// sectioner, matcher; the resume checks play no part).
//
// By default: the adjudicated set (Evaluation/skills/labels, made by the guide beside it, per
// ../shared/ACCURACY.md), every mention of every CV judged. With --sparse: the dotin-inc annotations as they were
// made, sparsely (a second table, named for what it is).
//
// Usage: skill-evaluation [--labels FOLDER] [--corpus FOLDER] [--rules PATH]
//        skill-evaluation --sparse [FOLDER] [--with-signals] [--top N] [--examples N] [--rules PATH]

/// The command line.
struct Options {
    /// The adjudicated label files, one per CV, below this folder.
    var labels = "Evaluation/skills/labels"
    /// The shared corpus the label files' `# file:` paths are relative to.
    var corpus = "../shared/corpus"
    var sparse = false
    var sparseFolder = "../shared/corpus/labelled/dotin-train"
    var top = 15
    var examples = 2
    var rules: String?
    /// In the sparse measure, count behaviour signals ("collaborated with") as detections too.
    var withSignals = false
}

func fail(_ message: String, _ code: Int32) -> Never {
    FileHandle.standardError.write(Data("skill-evaluation: \(message)\n".utf8))
    exit(code)
}

func parseArguments() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        switch argument {
        case "--top": options.top = arguments.popFirst().flatMap(Int.init) ?? options.top
        case "--examples":
            options.examples = arguments.popFirst().flatMap(Int.init) ?? options.examples
        case "--rules": options.rules = arguments.popFirst()
        case "--with-signals": options.withSignals = true
        case "--labels": options.labels = arguments.popFirst() ?? options.labels
        case "--corpus": options.corpus = arguments.popFirst() ?? options.corpus
        case "--sparse": options.sparse = true
        case "-h", "--help":
            print(
                """
                usage: skill-evaluation [--labels FOLDER] [--corpus FOLDER] [--rules PATH]
                       skill-evaluation --sparse [FOLDER] [--with-signals] [--top N] [--examples N] [--rules PATH]
                """)
            exit(0)
        default:
            guard options.sparse, !argument.hasPrefix("-") else {
                fail("unknown argument \(argument)", 64)
            }
            options.sparseFolder = argument
        }
    }
    return options
}

let options = parseArguments()
let pack: RulePack
do {
    pack = try options.rules.map(RulePackLoader.builtIn(overriddenBy:)) ?? RulePackLoader.builtIn()
} catch {
    fail("\(error)", 78)
}
guard let role = pack.defaultRole else { fail("the rule pack has no default role", 78) }
let analyzer = Analyzer(pack: pack, role: role, runChecks: false)
if options.sparse {
    runSparseEvaluation(options: options, pack: pack, analyzer: analyzer)
} else {
    runAdjudicatedEvaluation(options: options, pack: pack, analyzer: analyzer)
}
