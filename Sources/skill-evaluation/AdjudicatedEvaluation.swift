import Analysis
import Foundation
import SkillgapCore

/// What the analyzer found of one skill in one CV: its strongest strength and the mention to show.
struct Detection {
    var strength: EvidenceStrength
    var shown: Evidence
}

/// One CV as the reader labelled it and as the analyzer read it.
struct CVOutcome {
    var cv: AdjudicatedCV
    var detected: [String: Detection]

    /// Each pair counted once (correct, false positive or miss), by skill; an uncertain pair is left out, or
    /// counted positive.
    func pairs(uncertainAsPositive: Bool) -> [(skill: String, counts: PairCounts)] {
        Set(detected.keys).union(cv.pairs.keys).compactMap { skill in
            let label = cv.pairs[skill]
            if label?.judgement == .uncertain && !uncertainAsPositive { return nil }
            switch (detected[skill] != nil, label != nil) {
            case (true, true): return (skill, PairCounts(correct: 1))
            case (true, false): return (skill, PairCounts(falsePositives: 1))
            case (false, true): return (skill, PairCounts(misses: 1))
            case (false, false): return nil
            }
        }
    }

    /// The pairs counted, over the skills `inScope` accepts.
    func counts(inScope: (String) -> Bool, uncertainAsPositive: Bool) -> PairCounts {
        pairs(uncertainAsPositive: uncertainAsPositive).filter { inScope($0.skill) }.map(\.counts)
            .reduce(PairCounts(), +)
    }
}

/// Skill detection measured on adjudicated labels (`../shared/ACCURACY.md`): every candidate mention in each CV was
/// read and judged, so a detection without a label is a real error. Detections are names and behaviour alike,
/// since the reader counted a soft skill shown by a deed. Prints precision and recall with bootstrap intervals
/// over CVs, with uncertain pairs left out and counted, for all pairs and for soft skills; the strength of the
/// detected pairs; and every false positive and miss with its line.
func runAdjudicatedEvaluation(options: Options, pack: RulePack, analyzer: Analyzer) {
    let known = Set(pack.skills.map(\.id))
    let skillByID = Dictionary(
        pack.skills.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let labelFiles = labelFilePaths(below: options.labels)
    guard !labelFiles.isEmpty else {
        fail("no label files (*.tsv) below \(options.labels); pass --labels FOLDER", 66)
    }
    var outcomes: [CVOutcome] = []
    for labelFile in labelFiles {
        let cv: AdjudicatedCV
        do {
            cv = try AdjudicatedCV(labelFile: labelFile, knownSkills: known)
        } catch {
            fail("\(error)", 65)
        }
        let path = options.corpus + "/" + cv.file
        let input: AnalysisInput
        if cv.file.hasSuffix(".xml") {
            // A dotin CV is read as its annotators saw it: the text with the tags stripped.
            guard let raw = try? String(contentsOfFile: path, encoding: .utf8) else {
                fail("\(path) (labelled in \(labelFile)) is not there; pass --corpus FOLDER", 66)
            }
            input = .bytes(Data(LabelledCV(xml: raw, name: cv.file).text.utf8))
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                fail("\(path) (labelled in \(labelFile)) is not there; pass --corpus FOLDER", 66)
            }
            input = .file(path)
        }
        let resume: Resume
        do {
            resume = try analyzer.reader.resume(from: input)
        } catch {
            fail("\(path) cannot be read: \(error)", 65)
        }
        var detected: [String: Detection] = [:]
        // What the CV shows of a skill itself: a skill only implied by another (SQL by PostgreSQL) earns credit
        // in a score but is not a mention a reader labels.
        for result in analyzer.assess(resume, file: cv.file).skills {
            let own = result.evidence.filter { $0.impliedBy == nil }
            guard let strength = own.map(\.strength).max() else { continue }
            let shown = own.first(where: { $0.strength == strength }) ?? own[0]
            detected[result.skill.id] = Detection(strength: strength, shown: shown)
        }
        outcomes.append(CVOutcome(cv: cv, detected: detected))
    }

    let isSoft: (String) -> Bool = { skillByID[$0]?.category == .softSkill }
    let labelled = outcomes.flatMap(\.cv.pairs.values)
    print("Adjudicated labels (\(options.labels), guide: GUIDE.md beside them)")
    print(
        "CVs: \(outcomes.count); pairs judged positive: \(labelled.filter { $0.judgement == .yes }.count), "
            + "uncertain: \(labelled.filter { $0.judgement == .uncertain }.count); detections: names and behaviour"
    )
    print(
        "\n                                   precision (95% CI)      recall (95% CI)         correct / FP / misses"
    )
    let bootstrap = Bootstrap()
    for (title, scope) in [("all pairs", { (_: String) in true }), ("soft skills", isSoft)] {
        for uncertainAsPositive in [false, true] {
            let perCV = outcomes.map {
                $0.counts(inScope: scope, uncertainAsPositive: uncertainAsPositive)
            }
            let total = perCV.reduce(PairCounts(), +)
            let precision = bootstrap.interval(perCV) { $0.reduce(PairCounts(), +).precision }
            let recall = bootstrap.interval(perCV) { $0.reduce(PairCounts(), +).recall }
            let label = "\(title), uncertain \(uncertainAsPositive ? "as positive" : "left out")"
            print(
                label.padding(toLength: 35, withPad: " ", startingAt: 0)
                    + String(
                        format: "%.3f (%.3f–%.3f)     %.3f (%.3f–%.3f)     %d / %d / %d",
                        total.precision,
                        precision.low, precision.high, total.recall, recall.low, recall.high,
                        total.correct,
                        total.falsePositives, total.misses))
        }
    }
    printStrength(outcomes)
    printByCategory(outcomes, category: { skillByID[$0]?.category.rawValue ?? "?" })
    printErrors(outcomes)
}

/// Every `.tsv` file below `folder`, sorted, so the output is stable.
func labelFilePaths(below folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".tsv") }.sorted().map {
        folder + "/" + $0
    }
}

/// How often the strength of a correctly detected pair is the strength the reader gave it.
func printStrength(_ outcomes: [CVOutcome]) {
    let strengths: [EvidenceStrength] = [.demonstrated, .coursework, .listed]
    var confusion: [EvidenceStrength: [EvidenceStrength: Int]] = [:]
    var disagreements: [String] = []
    for outcome in outcomes {
        for (skill, label) in outcome.cv.pairs where label.judgement == .yes {
            guard let detection = outcome.detected[skill] else { continue }
            confusion[label.strength, default: [:]][detection.strength, default: 0] += 1
            if label.strength != detection.strength {
                disagreements.append(
                    "  \(skill)  \(outcome.cv.file) labelled \(label.strength.rawValue), detected "
                        + "\(detection.strength.rawValue) [\(detection.shown.location.section?.rawValue ?? "file")]: "
                        + detection.shown.text.prefix(100))
            }
        }
    }
    defer {
        print("\nStrength disagreements, \(disagreements.count):")
        for line in disagreements.sorted() { print(line) }
    }
    let total = confusion.values.flatMap(\.values).reduce(0, +)
    let right = strengths.map { confusion[$0]?[$0] ?? 0 }.reduce(0, +)
    print(
        String(
            format: "\nStrength of the detected pairs labelled yes: %d of %d right (%.1f%%)", right,
            total,
            100 * Double(right) / Double(max(1, total))))
    print("  labelled \\ detected   demonstrated  coursework  listed")
    for label in strengths {
        let row = strengths.map { String(format: "%12d", confusion[label]?[$0] ?? 0) }.joined()
        print("  " + label.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0) + row)
    }
}

/// Correct, false positives and misses per category, uncertain pairs left out.
func printByCategory(_ outcomes: [CVOutcome], category: (String) -> String) {
    var byCategory: [String: PairCounts] = [:]
    for outcome in outcomes {
        for (skill, counts) in outcome.pairs(uncertainAsPositive: false) {
            byCategory[category(skill), default: PairCounts()] =
                byCategory[category(skill), default: PairCounts()] + counts
        }
    }
    print("\nBy category (correct / false positives / misses), uncertain left out:")
    for (name, counts) in byCategory.sorted(by: {
        ($0.value.falsePositives + $0.value.misses, $1.key) > (
            $1.value.falsePositives + $1.value.misses, $0.key
        )
    }) {
        print("  \(name): \(counts.correct) / \(counts.falsePositives) / \(counts.misses)")
    }
}

/// Every false positive with the line it was found on, and every miss with the reader's words.
func printErrors(_ outcomes: [CVOutcome]) {
    var falsePositives: [String] = []
    var misses: [String] = []
    for outcome in outcomes {
        let name = outcome.cv.file
        for (skill, detection) in outcome.detected.sorted(by: { $0.key < $1.key })
        where outcome.cv.pairs[skill] == nil {
            let evidence = detection.shown
            let place: String
            switch evidence.location {
            case .document(let page, let line, let section):
                place = "p\(page):\(line) [\(section.rawValue)]"
            case .file(let path, let line): place = "\(path):\(line)"
            }
            falsePositives.append(
                "  \(skill)  \(name) \(place) (\(evidence.via.rawValue) \"\(evidence.matched)\"): "
                    + evidence.text.prefix(140))
        }
        for (skill, label) in outcome.cv.pairs.sorted(by: { $0.key < $1.key })
        where label.judgement == .yes && outcome.detected[skill] == nil {
            misses.append(
                "  \(skill)  \(name) (\(label.strength.rawValue)): \"\(label.quote.prefix(140))\"")
        }
    }
    print("\nFalse positives (detected, judged absent), \(falsePositives.count):")
    for line in falsePositives.sorted() { print(line) }
    print("\nMisses (judged present, not detected), \(misses.count):")
    for line in misses.sorted() { print(line) }
}
