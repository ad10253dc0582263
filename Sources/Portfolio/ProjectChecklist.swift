import SkillgapCore

/// The presentation and reproducibility checklist of a project, from what its scan noted. A README is read as
/// prose: it states the problem, the approach and the results when it uses their words, and the results only
/// count with a number next to a metric.
enum ProjectChecklist {
    static let problemWords = [
        "problem", "goal", "objective", "aim ", "task", "predict", "classify", "detect",
        "the purpose",
        "this project", "we want", "challenge", "question",
    ]
    static let approachWords = [
        "approach", "method", "model", "architecture", "algorithm", "network", "pipeline",
        "regression",
        "trained", "training", "fine-tun", "transfer learning", "features",
    ]
    static let metricWords = [
        "accuracy", "f1", "rmse", "mae", "mse", "auc", "precision", "recall", "r2", "r²", "loss",
        "bleu",
        "rouge", "map", "ndcg", "perplexity", "score", "error rate", "iou", "accuracies",
        "f1-score",
    ]
    /// Commands, not headings: a "Usage" heading over a template sentence tells a reader nothing.
    static let runCommands = [
        "python ", "python3 ", "pip install", "conda ", "jupyter ", "rscript", "julia ", "npm ",
        "yarn ", "npx ",
        "docker ", "uv ", "streamlit run", "make ", "cargo ", "go run", "poetry ",
        "install.packages(", "r -e",
        "pluto.run", "bash ", "sh ", "./",
    ]
    /// Words that make a number a goal, not a result ("target accuracy: 90% or higher").
    static let goalWords = [
        "target", "goal", "aim", "expected", "expect", "should", "or higher", "at least", "want",
        "hope",
        "will ",
    ]
    static let datasetWords = [
        "dataset", "data set", "kaggle", "uci ", "cifar", "mnist", "imagenet", "coco",
        "data source", "data from",
        "corpus", "downloaded from",
    ]

    /// The first prose line that names a metric as a word and gives a measured number (a decimal or a
    /// percentage); code blocks are commands, not results.
    static func resultLine(in text: String) -> Substring? {
        var inCode = false
        for line in text.split(whereSeparator: \.isNewline) {
            if line.trimmingSpaces.hasPrefix("```") {
                inCode.toggle()
                continue
            }
            guard !inCode else { continue }
            let lower = line.lowercased()
            let words = Set(
                lower.split { !($0.isLetter || $0.isNumber || $0 == "@" || $0 == "²") }.map(
                    String.init))
            guard
                metricWords.contains(where: {
                    words.contains($0) || ($0.contains(" ") && lower.contains($0))
                }),
                !goalWords.contains(where: { lower.contains($0) })
            else { continue }
            let characters = Array(line)
            let measured = characters.indices.contains { index in
                guard characters[index].isNumber else { return false }
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                let after = index + 2 < characters.count ? characters[index + 2] : " "
                return next == "%" || ((next == "." || next == ",") && after.isNumber)
            }
            if measured { return line }
        }
        return nil
    }

    static func checks(_ facts: ProjectFacts) -> [ProjectCheck] {
        var checks: [ProjectCheck] = []
        func add(_ id: String, _ ok: Bool, _ yes: String, _ no: String) {
            checks.append(ProjectCheck(id: id, ok: ok, detail: ok ? yes : no))
        }
        if let readme = facts.readme {
            let text = readme.text.lowercased()
            let lines = text.split(whereSeparator: \.isNewline)
            func says(_ words: [String]) -> String? { words.first { text.contains($0) } }
            add("readme", true, "\(readme.path) found", "")
            add(
                "readme-problem", says(problemWords) != nil, "states what it sets out to do",
                "say in the README which problem the project solves")
            add(
                "readme-approach", says(approachWords) != nil, "describes the approach",
                "describe the approach: the model or method and why")
            let resultLine = resultLine(in: readme.text)
            add(
                "readme-results", resultLine != nil,
                "reports results with numbers: \"\(String(resultLine?.prefix(80) ?? ""))\"",
                "report results with numbers (accuracy, F1, RMSE...) in the README")
            add(
                "readme-run", says(runCommands) != nil, "gives the commands to run it",
                "add the commands that install and run the project")
            add(
                "readme-dataset", says(datasetWords) != nil, "names its data",
                "name the data set and where it comes from")
            add(
                "readme-figures", text.contains("![") || text.contains("<img"), "shows figures",
                "add a figure: a plot of results or a sample of the output")
        } else {
            add(
                "readme", false, "",
                "add a README that states the problem, the approach and the results")
        }
        let pinned =
            !facts.lockFiles.isEmpty
            || (facts.requirements > 0 && facts.pinnedRequirements * 2 >= facts.requirements)
        add(
            "dependencies", !facts.manifests.isEmpty,
            "dependencies declared in \(facts.manifests.prefix(3).joined(separator: ", "))",
            "declare dependencies (requirements.txt, pyproject.toml, environment.yml, DESCRIPTION...)"
        )
        add(
            "dependencies-pinned", pinned,
            facts.lockFiles.isEmpty
                ? "\(facts.pinnedRequirements) of \(facts.requirements) requirements pinned"
                : "lock file \(facts.lockFiles[0])",
            "pin versions (== in requirements.txt, or a lock file) so results can be reproduced")
        add(
            "training-code", facts.trainingCode != nil,
            "training code in \(facts.trainingCode ?? "")",
            "no training code found")
        add(
            "evaluation-code", facts.evaluationCode != nil,
            "evaluation code in \(facts.evaluationCode ?? "")",
            "no evaluation code found (a metric computed on held-out data)")
        add(
            "tests", !facts.testFiles.isEmpty,
            "\(facts.testFiles.count) test file(s), e.g. \(facts.testFiles.first ?? "")",
            "add tests")
        add(
            "ci", !facts.ciFiles.isEmpty, "CI in \(facts.ciFiles.first ?? "")",
            "add CI that runs the tests")
        let license =
            facts.declaredLicense ?? facts.license.flatMap { LicenseIdentifier.spdx(of: $0.text) }
        add(
            "license", facts.license != nil || facts.declaredLicense != nil,
            "\(license ?? "licence of unknown kind") (\(facts.license?.path ?? "declared in a manifest"))",
            "add a LICENSE file so others may use the code")
        if !facts.notebooks.isEmpty {
            let unordered = facts.notebooks.filter { !$0.inOrder }.map(\.path)
            add(
                "notebooks-in-order", unordered.isEmpty, "every notebook ran top to bottom",
                "re-run in order: \(unordered.prefix(3).joined(separator: ", "))")
            let empty = facts.notebooks.filter { !$0.hasOutputs }.map(\.path)
            add(
                "notebooks-outputs", empty.isEmpty, "every notebook is saved with its outputs",
                "save with outputs, so readers see results: \(empty.prefix(3).joined(separator: ", "))"
            )
            let failing = facts.notebooks.filter { $0.errorOutputs > 0 }.map(\.path)
            add(
                "notebooks-errors", failing.isEmpty, "no notebook is saved with an error",
                "fix the saved errors in \(failing.prefix(3).joined(separator: ", "))")
            let untitled = facts.notebooks.map(\.path).filter {
                ($0.split(separator: "/").last ?? "").lowercased().hasPrefix("untitled")
            }
            add(
                "notebooks-named", untitled.isEmpty, "every notebook has a name",
                "rename \(untitled.prefix(3).joined(separator: ", "))")
        }
        add(
            "large-files", facts.largeFiles.isEmpty, "no file over 5 MB committed",
            "move data and models out of the repository: "
                + facts.largeFiles.prefix(3).map { "\($0.path) (\($0.size / 1_000_000) MB)" }
                .joined(separator: ", "))
        add(
            "secrets", facts.secrets.isEmpty, "no credentials found",
            "revoke and remove committed credentials: "
                + facts.secrets.prefix(3).map {
                    "\($0.finding.kind) \($0.finding.redacted) at \($0.path):\($0.finding.line)"
                }
                .joined(separator: ", "))
        return checks
    }
}
