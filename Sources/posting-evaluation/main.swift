import Analysis
import Foundation
import SkillgapCore
import Yams

// Measures `skillgap posting` against postings labelled by hand (Evaluation/postings/labels.yaml, made by the
// rules in Evaluation/postings/GUIDE.md before the tool's output was seen). The posting texts stay where they
// are (default folder: ../shared/corpus/jobs-dev); only the labels live in the project.
//
// Counted per (posting, skill) pair, separately for required and preferred skills: precision is the share of
// the skills the tool reports that the labels have, recall the share of labelled skills the tool reports.
// Minimum years and degree level are exact or not, per posting. Coverage is the share of labelled items (skills
// and unmapped terms) that have a taxonomy skill. "Without uncertain" drops the pairs the labeller marked
// uncertain from both sides.
//
// Usage: posting-evaluation [FOLDER] [--labels FILE] [--rules PATH] [--verbose]

struct Label {
    var file: String
    var minYears: Int?
    var degree: String?
    var required: Set<String>
    var preferred: Set<String>
    var unmapped: Int
    var uncertain: Set<String>
}

var folder = "../shared/corpus/jobs-dev"
var labelsPath = "Evaluation/postings/labels.yaml"
var rules: String?
var verbose = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--labels": labelsPath = arguments.popFirst() ?? labelsPath
    case "--rules": rules = arguments.popFirst()
    case "--verbose": verbose = true
    default: folder = argument
    }
}

func fail(_ message: String, _ code: Int32) -> Never {
    FileHandle.standardError.write(Data("posting-evaluation: \(message)\n".utf8))
    exit(code)
}

guard let labelText = try? String(contentsOfFile: labelsPath, encoding: .utf8),
    let root = try? Yams.load(yaml: labelText) as? [String: Any],
    let entries = root["postings"] as? [[String: Any]]
else {
    fail("cannot read the labels at \(labelsPath)", 66)
}
let labels = entries.map { entry in
    Label(
        file: entry["file"] as? String ?? "", minYears: entry["min-years"] as? Int,
        degree: entry["degree"] as? String,
        required: Set(entry["required"] as? [String] ?? []),
        preferred: Set(entry["preferred"] as? [String] ?? []),
        unmapped: (entry["unmapped-required"] as? [Any] ?? []).count
            + (entry["unmapped-preferred"] as? [Any] ?? []).count,
        uncertain: Set(entry["uncertain"] as? [String] ?? []))
}
let pack: RulePack
do {
    pack = try rules.map(RulePackLoader.builtIn(overriddenBy:)) ?? RulePackLoader.builtIn()
} catch {
    fail("\(error)", 78)
}
let source = PostingSource(pack: pack)

struct Tally {
    var correct = 0, wrong = 0, missed = 0
    var precision: Double { correct + wrong == 0 ? 1 : Double(correct) / Double(correct + wrong) }
    var recall: Double { correct + missed == 0 ? 1 : Double(correct) / Double(correct + missed) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    mutating func add(predicted: Set<String>, gold: Set<String>) {
        correct += predicted.intersection(gold).count
        wrong += predicted.subtracting(gold).count
        missed += gold.subtracting(predicted).count
    }
}

var required = Tally()
var preferred = Tally()
var requiredSure = Tally()
var preferredSure = Tally()
var yearsExact = 0
var degreeExact = 0
var read = 0
var mapped = 0
var unmapped = 0
for label in labels {
    guard let posting = try? source.posting(from: .file(folder + "/" + label.file)) else {
        FileHandle.standardError.write(Data("posting-evaluation: cannot read \(label.file)\n".utf8))
        continue
    }
    read += 1
    let predictedRequired = Set(posting.skills(.required))
    let predictedPreferred = Set(posting.skills(.preferred))
    required.add(predicted: predictedRequired, gold: label.required)
    preferred.add(predicted: predictedPreferred, gold: label.preferred)
    requiredSure.add(
        predicted: predictedRequired.subtracting(label.uncertain),
        gold: label.required.subtracting(label.uncertain))
    preferredSure.add(
        predicted: predictedPreferred.subtracting(label.uncertain),
        gold: label.preferred.subtracting(label.uncertain))
    if posting.minimumYears == label.minYears { yearsExact += 1 }
    if posting.education.level?.rawValue == label.degree { degreeExact += 1 }
    mapped += label.required.count + label.preferred.count
    unmapped += label.unmapped
    if verbose {
        print("\(label.file)")
        print(
            "  required  +\(predictedRequired.subtracting(label.required).sorted())  -\(label.required.subtracting(predictedRequired).sorted())"
        )
        print(
            "  preferred +\(predictedPreferred.subtracting(label.preferred).sorted())  -\(label.preferred.subtracting(predictedPreferred).sorted())"
        )
        if posting.minimumYears != label.minYears {
            print(
                "  years \(String(describing: posting.minimumYears)) labelled \(String(describing: label.minYears))"
            )
        }
        if posting.education.level?.rawValue != label.degree {
            print(
                "  degree \(posting.education.level?.rawValue ?? "nil") labelled \(label.degree ?? "nil")"
            )
        }
    }
}
func row(_ name: String, _ tally: Tally) -> String {
    String(
        format: "| %@ | %d | %d | %d | %.3f | %.3f | %.3f |", name, tally.correct, tally.wrong,
        tally.missed,
        tally.precision, tally.recall, tally.f1)
}
print("postings: \(read) of \(labels.count) labelled (\(folder))")
print("| skills | correct | false positives | misses | precision | recall | F1 |")
print("|---|---|---|---|---|---|---|")
print(row("required", required))
print(row("preferred", preferred))
print(row("required, without uncertain", requiredSure))
print(row("preferred, without uncertain", preferredSure))
print(
    String(
        format: "minimum years exact: %d of %d (%.0f%%); degree level exact: %d of %d (%.0f%%)",
        yearsExact, read,
        100 * Double(yearsExact) / Double(max(1, read)), degreeExact, read,
        100 * Double(degreeExact) / Double(max(1, read))))
print(
    String(
        format: "labelled items with a taxonomy skill: %d of %d (%.0f%%)", mapped,
        mapped + unmapped,
        100 * Double(mapped) / Double(max(1, mapped + unmapped))))
