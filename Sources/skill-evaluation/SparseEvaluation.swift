import Analysis
import Foundation
import SkillgapCore

/// Skill detection against the dotin-inc labels as they were made: sparsely. A skill the analyzer detects in a CV
/// is correct when one of that CV's labelled spans names it (by name or alias); recall is the share of the skills
/// named in a CV's labelled spans that the analyzer detected. The annotators skipped many skills lists and soft
/// skills, so most "false positives" here are real skills nobody labelled: this measures the labels as much as
/// the matcher, and is kept as a second table beside the adjudicated one.
func runSparseEvaluation(options: Options, pack: RulePack, analyzer: Analyzer) {
    let folder = options.sparseFolder
    let (top, examplesShown) = (options.top, options.examples)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        fail("\(folder) is not there; pass the labelled corpus folder", 66)
    }
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
        let cv = LabelledCV(xml: raw, name: name)
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
                .map {
                    SkillEvidence(
                        skillID: $0.skill.id, evidence: $0.evidence.filter { $0.impliedBy == nil })
                }
                .filter { !$0.evidence.isEmpty }
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
    print(
        "Sparse labels (dotin-inc annotations as made), detections: \(options.withSignals ? "names and behaviour signals" : "skill names")"
    )
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
}
