import SkillgapCore

/// What a scan has found so far: lines per language, and each skill's evidence and importing files.
struct Collector {
    private struct Found {
        /// Imports and files first, declarations after: the code is the stronger sign.
        var evidence: [Evidence] = []
        var declarations: [Evidence] = []
        var importingFiles: Set<String> = []
        var declared = false
        var shownByFile = false
        var order: Int
    }

    /// Evidence kept per skill: enough to point at, not every import of a large project.
    static let evidencePerSkill = 5

    let index: PackageIndex
    var filesRead = 0
    var filesSkipped = 0
    var warnings: [String] = []
    var facts = ProjectFacts()
    private var lines: [String: (lines: Int, files: Int, first: String)] = [:]
    private var found: [String: Found] = [:]

    init(index: PackageIndex) {
        self.index = index
    }

    /// Adds what `other` found in the files after this collector's: evidence keeps file order.
    mutating func append(_ other: Collector) {
        filesRead += other.filesRead
        filesSkipped += other.filesSkipped
        warnings += other.warnings
        for (language, entry) in other.lines {
            let mine = lines[language] ?? (0, 0, entry.first)
            lines[language] = (mine.lines + entry.lines, mine.files + entry.files, mine.first)
        }
        for (id, theirs) in other.found.sorted(by: { $0.value.order < $1.value.order }) {
            var mine = found[id] ?? Found(order: found.count)
            mine.evidence = Array((mine.evidence + theirs.evidence).prefix(Self.evidencePerSkill))
            mine.declarations = Array(
                (mine.declarations + theirs.declarations).prefix(Self.evidencePerSkill))
            mine.importingFiles.formUnion(theirs.importingFiles)
            mine.declared = mine.declared || theirs.declared
            mine.shownByFile = mine.shownByFile || theirs.shownByFile
            found[id] = mine
        }
        facts.append(other.facts)
    }

    private mutating func note(
        _ skillID: String, path: String, line: Int, text: Substring, declaration: Bool = false
    ) {
        var entry = found[skillID] ?? Found(order: found.count)
        let quote = text.count > 120 ? String(text.prefix(117)) + "..." : String(text)
        let evidence = Evidence(
            location: .file(path: path, line: line), text: quote, strength: .demonstrated)
        if declaration {
            if entry.declarations.count < Self.evidencePerSkill {
                entry.declarations.append(evidence)
            }
        } else if entry.evidence.count < Self.evidencePerSkill {
            entry.evidence.append(evidence)
        }
        found[skillID] = entry
    }

    /// Whether a requirement line names one version: `x==1.2`, `x @ https://…`, or conda's `x=1.2=build`.
    static func pins(_ line: String) -> Bool {
        if line.contains("==") || line.contains(" @ ") { return true }
        guard let equals = line.firstIndex(of: "=") else { return false }
        let next = line.index(after: equals)
        return next < line.endIndex && line[next].isNumber
            && !line[..<equals].contains { "<>~!".contains($0) }
    }

    /// A manifest's packages; the ones it pins count toward reproducibility.
    mutating func manifest(_ packages: [DeclaredPackage], path: String) {
        facts.manifests.append(path)
        for package in packages where package.ecosystem == .python {
            facts.requirements += 1
            if Self.pins(package.text) { facts.pinnedRequirements += 1 }
        }
        declared(packages, path: path)
    }

    mutating func declared(_ packages: [DeclaredPackage], path: String) {
        for package in packages {
            guard let skillID = index.skill(package.name, in: package.ecosystem) else { continue }
            note(
                skillID, path: path, line: package.line, text: package.text[...], declaration: true)
            found[skillID]?.declared = true
        }
    }

    mutating func code(
        _ bytes: [UInt8], path: String, language: String, ecosystem: PackageEcosystem?
    ) {
        if ProjectFacts.isTest(path) { facts.testFiles.append(path) }
        var count = 0
        var scanner = ecosystem.map(ImportScanner.init)
        // R Markdown and Quarto are prose with code chunks: only the chunks are code.
        let literate = [".rmd", ".qmd"].contains { path.lowercased().hasSuffix($0) }
        var inChunk = false
        bytes.withUnsafeBufferPointer { buffer in
            secrets(in: buffer, path: path)
            notePurpose(of: buffer, path: path)
            ByteLines.forEach(buffer) { line, number in
                guard let first = ByteLines.firstVisible(buffer, line) else { return }
                if literate {
                    let fence = ByteLines.starts(
                        buffer, at: first, end: line.upperBound, with: "```")
                    if fence { inChunk = !inChunk && ByteLines.contains(buffer, line, "{") }
                    if fence || !inChunk { return }
                }
                count += 1
                guard var lineScanner = scanner,
                    lineScanner.mayImport(buffer, first: first, end: line.upperBound)
                else { return }
                let text = String(
                    decoding: UnsafeBufferPointer(rebasing: buffer[line]), as: UTF8.self)[...]
                let modules = lineScanner.modules(in: text)
                scanner = lineScanner
                imports(modules, ecosystem: ecosystem!, path: path, line: number, text: text)
            }
        }
        addLines(count, language: language, path: path)
    }

    /// Notes training and evaluation code from a whole file at once: a byte search per call name.
    private mutating func notePurpose(of bytes: UnsafeBufferPointer<UInt8>, path: String) {
        if facts.trainingCode == nil,
            Self.trainingCalls.contains(where: { ByteLines.contains(bytes, $0) })
        {
            facts.trainingCode = path
        }
        if facts.evaluationCode == nil,
            Self.evaluationCalls.contains(where: { ByteLines.contains(bytes, $0) })
        {
            facts.evaluationCode = path
        }
    }

    mutating func secrets(in bytes: UnsafeBufferPointer<UInt8>, path: String) {
        guard SecretScanner.prefixes.contains(where: { ByteLines.contains(bytes, $0) }) else {
            return
        }
        secrets(in: String(decoding: bytes, as: UTF8.self), path: path)
    }

    private mutating func imports(
        _ modules: [String], ecosystem: PackageEcosystem, path: String, line: Int, text: Substring
    ) {
        for module in modules {
            guard let skillID = index.skill(module, in: ecosystem) else { continue }
            note(skillID, path: path, line: line, text: text.trimmingSpaces)
            found[skillID]?.importingFiles.insert(path)
        }
    }

    mutating func notebook(_ notebook: Notebook, path: String) {
        var count = 0
        var scanner = notebook.ecosystem.map(ImportScanner.init)
        for cell in notebook.codeCells {
            var source = cell.lines.joined(separator: "\n")
            source.withUTF8 { notePurpose(of: $0, path: path) }
            for (number, line) in cell.lines.enumerated() {
                guard line.contains(where: { !$0.isWhitespace }) else { continue }
                count += 1
                let place = "\(path)#cell\(cell.number)"
                let installed = ManifestReader.pipInstall(line).map {
                    DeclaredPackage(
                        ecosystem: .python, name: $0, line: number + 1, text: String(line))
                }
                declared(installed, path: place)
                if let modules = scanner?.modules(in: line) {
                    imports(
                        modules, ecosystem: notebook.ecosystem!, path: place, line: number + 1,
                        text: line)
                }
            }
        }
        addLines(count, language: notebook.language, path: path)
        let counts = notebook.executionCounts
        facts.notebooks.append(
            ProjectFacts.NotebookFacts(
                path: path, inOrder: zip(counts, counts.dropFirst()).allSatisfy { $0 < $1 },
                hasOutputs: notebook.cellsWithOutputs > 0, errorOutputs: notebook.errorOutputs))
        shown(
            "jupyter", path: path, line: 1,
            text: "a notebook with \(notebook.codeCells.count) code cells")
    }

    mutating func special(_ file: SpecialFile, path: String, bytes: [UInt8]) {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let firstLine = text.split(whereSeparator: \.isNewline).first {
            !$0.trimmingSpaces.isEmpty && !$0.hasPrefix("#")
        }
        for skillID in file.skillIDs {
            shown(skillID, path: path, line: 1, text: firstLine.map(String.init) ?? path)
        }
    }

    /// Calls that train a model or measure one, for the reproducibility checklist.
    static let trainingCalls = [
        ".fit(", "optimizer.step(", "loss.backward(", "model.train(", "trainer.train(", "train!(",
        ".train(",
        "xgb.train(", "lgb.train(",
    ]
    static let evaluationCalls = [
        "accuracy_score", "f1_score", "classification_report", "confusion_matrix", ".evaluate(",
        "model.eval(",
        "cross_val_score", "mean_squared_error", "mean_absolute_error", "roc_auc_score", "r2_score",
        "precision_score", "recall_score", "confusionMatrix(", "cross_validate(", "accuracy(",
    ]

    mutating func secrets(in text: String, path: String) {
        for finding in SecretScanner.findings(in: text) {
            facts.secrets.append((path, finding))
        }
    }

    /// A skill shown by a file of its own kind: as strong as an import.
    private mutating func shown(_ skillID: String, path: String, line: Int, text: String) {
        note(skillID, path: path, line: line, text: text[...])
        found[skillID]?.shownByFile = true
        found[skillID]?.importingFiles.insert(path)
    }

    private mutating func addLines(_ count: Int, language: String, path: String) {
        let entry = lines[language] ?? (0, 0, path)
        lines[language] = (entry.lines + count, entry.files + 1, entry.first)
    }

    /// Largest first.
    func languages() -> [ProjectLanguage] {
        lines.map { ProjectLanguage(name: $0.key, lines: $0.value.lines, files: $0.value.files) }
            .sorted { ($0.lines, $1.name) > ($1.lines, $0.name) }
    }

    /// The skills shown, strongest first; a language with code in it is a skill too.
    func skills() -> [ProjectSkill] {
        var result = found.map { id, entry -> (ProjectSkill, Int) in
            let strength: CodeSkillStrength =
                entry.importingFiles.count >= CodeSkillStrength.usedFiles
                ? .used : entry.importingFiles.isEmpty ? .declared : .imported
            return (
                ProjectSkill(
                    skillID: id, strength: strength,
                    evidence: Array(
                        (entry.evidence + entry.declarations).prefix(Self.evidencePerSkill))),
                entry.order
            )
        }
        for (language, entry) in lines where entry.lines > 0 {
            guard let skillID = index.languageSkill(language), found[skillID] == nil else {
                continue
            }
            let strength: CodeSkillStrength =
                entry.files >= CodeSkillStrength.usedFiles ? .used : .imported
            let evidence = Evidence(
                location: .file(path: entry.first, line: 1),
                text:
                    "\(entry.lines) lines of \(language) in \(entry.files) file\(entry.files == 1 ? "" : "s")",
                strength: .demonstrated)
            result.append(
                (ProjectSkill(skillID: skillID, strength: strength, evidence: [evidence]), -1))
        }
        return result.sorted { ($0.0.strength, -$0.1) > ($1.0.strength, -$1.1) }.map(\.0)
    }
}
