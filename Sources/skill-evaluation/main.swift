import Analysis
import Foundation
import SkillgapCore

// Measures skill detection against human-labelled CVs (dotin-inc resume NER annotations, CC0-1.0):
// each CV's `<label type="Tech Tools|Job Specific Skills|Soft Skills">span</label>` marks the skills a person saw.
//
// Counted per (CV, skill) pair. A skill the analyzer detects in a CV is correct when one of that CV's labelled
// spans names it (by name or alias); recall is the share of the skills named in a CV's labelled spans that the
// analyzer detected. The CV is read the way a user's file is: tags stripped, then the whole pipeline
// (text extractor, sectioner, matcher).
//
// Usage: skill-evaluation [FOLDER] [--top N] [--examples N] [--rules PATH] [--with-signals]
// A skill counts as detected when the CV names it (aliases, exact and ambiguous names); behaviour signals such
// as "collaborated with" show a soft skill without naming it and count only with --with-signals.    (default folder: ../shared/corpus/labelled/dotin-train)

let skillLabels: Set<String> = ["Tech Tools", "Job Specific Skills", "Soft Skills"]

struct LabelledCV {
    var name: String
    var text: String
    var spans: [String]
}

struct Options {
    var folder = "../shared/corpus/labelled/dotin-train"
    var top = 15
    var examples = 2
    var rules: String?
    /// Count behaviour signals ("collaborated with") as detections too.
    var withSignals = false
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
        default: options.folder = argument
        }
    }
    return options
}

/// The text without tags (entities decoded) and the text of each skill label.
func parse(_ raw: String, name: String) -> LabelledCV {
    var text = ""
    var spans: [String] = []
    var stack: [(type: String, start: String.Index)] = []
    var index = raw.startIndex
    while index < raw.endIndex {
        if raw[index] == "<", let close = raw[index...].firstIndex(of: ">") {
            let tag = raw[raw.index(after: index)..<close]
            if tag.hasPrefix("label") {
                let type = tag.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
                stack.append((type, text.endIndex))
            } else if tag.hasPrefix("/label"), let open = stack.popLast() {
                if skillLabels.contains(open.type) { spans.append(String(text[open.start...])) }
            }
            index = raw.index(after: close)
            continue
        }
        text.append(raw[index])
        index = raw.index(after: index)
    }
    for (entity, character) in [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"),
    ] {
        text = text.replacingOccurrences(of: entity, with: character)
        spans = spans.map { $0.replacingOccurrences(of: entity, with: character) }
    }
    return LabelledCV(name: name, text: text, spans: spans)
}

let options = parseArguments()
let (folder, top, examplesShown) = (options.folder, options.top, options.examples)
guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
    FileHandle.standardError.write(
        Data("skill-evaluation: \(folder) is not there; pass the labelled corpus folder\n".utf8))
    exit(66)
}
let pack: RulePack
do {
    pack = try options.rules.map(RulePackLoader.builtIn(overriddenBy:)) ?? RulePackLoader.builtIn()
} catch {
    print(error)
    exit(78)
}
guard let role = pack.defaultRole else {
    FileHandle.standardError.write(
        Data("skill-evaluation: the rule pack has no default role\n".utf8))
    exit(78)
}
// The CV goes through the same pipeline as a user's file; the resume checks play no part in detection.
let analyzer = Analyzer(pack: pack, role: role, runChecks: false)
let matcher = SkillMatcher(skills: pack.skills)

var truePositives = 0
var falsePositives = 0
var falseNegatives = 0
var falsePositiveExamples: [String: [String]] = [:]
var missExamples: [String: [String]] = [:]
var byCategory: [SkillCategory: (correct: Int, wrong: Int, missed: Int)] = [:]
let categoryOf = Dictionary(
    pack.skills.map { ($0.id, $0.category) }, uniquingKeysWith: { first, _ in first })
var perCV: [(name: String, correct: Int, wrong: Int, words: Int)] = []
var cvs = 0
var unannotated = 0
for name in names.sorted() where name.hasSuffix(".xml") {
    guard let raw = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else {
        continue
    }
    let cv = parse(raw, name: name)
    guard let resume = try? analyzer.reader.resume(from: .bytes(Data(cv.text.utf8))) else {
        continue
    }
    // A CV whose annotators labelled no skill at all was not annotated for skills: every detection in it
    // would count as wrong. It is left out, and counted.
    guard !cv.spans.isEmpty else {
        unannotated += 1
        continue
    }
    cvs += 1
    // A skill is detected when the CV names it; behaviour signals count only with --with-signals.
    let detected = Dictionary(
        analyzer.assess(resume, file: name).skills
            .filter { $0.status != .missing }
            .map { SkillEvidence(skillID: $0.skill.id, evidence: $0.evidence) }
            .filter { options.withSignals || $0.isNamed }
            .map { ($0.skillID, $0) }, uniquingKeysWith: { first, _ in first })
    var gold: [String: String] = [:]
    for span in cv.spans {
        for hit in matcher.hits(in: TextNormalizer.normalize(span), section: .skills) {
            gold[pack.skills[hit.skill].id] = gold[pack.skills[hit.skill].id] ?? span
        }
    }
    for (skill, evidence) in detected {
        if gold[skill] != nil {
            truePositives += 1
            byCategory[categoryOf[skill]!, default: (0, 0, 0)].correct += 1
        } else {
            falsePositives += 1
            byCategory[categoryOf[skill]!, default: (0, 0, 0)].wrong += 1
            let shown = evidence.evidence.first(where: \.namesSkill) ?? evidence.evidence[0]
            falsePositiveExamples[skill, default: []].append(
                "\(name): \(shown.location.section?.rawValue ?? "other"): \(shown.text)")
        }
    }
    perCV.append(
        (
            name, detected.keys.filter { gold[$0] != nil }.count,
            detected.keys.filter { gold[$0] == nil }.count,
            resume.document.wordCount
        ))
    for (skill, span) in gold where detected[skill] == nil {
        falseNegatives += 1
        byCategory[categoryOf[skill]!, default: (0, 0, 0)].missed += 1
        missExamples[skill, default: []].append("\(name): label \"\(span)\"")
    }
}

let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
print("detections: \(options.withSignals ? "names and behaviour signals" : "skill names")")
print(
    "CVs: \(cvs) with skill labels (\(unannotated) without any skill label left out), skills in the taxonomy: \(pack.skills.count)"
)
print(
    "(CV, skill) pairs: \(truePositives) correct, \(falsePositives) false positives, \(falseNegatives) misses"
)
print(String(format: "precision %.3f  recall %.3f  F1 %.3f", precision, recall, f1))
print("\nBy category (correct / false positives / misses):")
for (category, counts) in byCategory.sorted(by: { $0.value.wrong > $1.value.wrong }) {
    print("  \(category.rawValue): \(counts.correct) / \(counts.wrong) / \(counts.missed)")
}
let byWords = perCV.sorted { $0.words > $1.words }
let longest = byWords.prefix(byWords.count / 10)
let longWrong = longest.reduce(0) { $0 + $1.wrong }
let longRight = longest.reduce(0) { $0 + $1.correct }
print(
    "\nThe longest 10% of CVs (over \(longest.last?.words ?? 0) words): \(longRight) correct, \(longWrong) false positives"
)
func printWorst(_ title: String, _ examples: [String: [String]]) {
    print("\n\(title):")
    for (skill, lines) in examples.sorted(by: {
        ($0.value.count, $1.key) > ($1.value.count, $0.key)
    }).prefix(top) {
        print("  \(skill) ×\(lines.count)")
        for line in lines.prefix(examplesShown) { print("      \(line.prefix(160))") }
    }
}
printWorst("Worst false positives (detected, not labelled)", falsePositiveExamples)
printWorst("Worst misses (labelled, not detected)", missExamples)
