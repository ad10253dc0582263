import Foundation
import SkillgapCore

/// Scans a project folder or a notebook: its languages by lines of code, and the skills its code shows through
/// imports, manifests and files of a known kind. Nothing in the project is run, and no link is followed.
public struct ProjectScanner: Sendable {
    private let index: PackageIndex
    public let limits: PortfolioLimits

    public init(pack: RulePack, limits: PortfolioLimits = .default) {
        index = PackageIndex(pack: pack)
        self.limits = limits
    }

    /// The project at `path`, a folder or an `.ipynb` file.
    public func scan(_ path: String) throws -> PortfolioProject {
        scan(try Self.walk(path, limits: limits))
    }

    /// The files of the project at `path`, found without the rule pack, so a command can walk projects while
    /// the pack loads.
    public static func walk(
        _ path: String, limits: PortfolioLimits = .default
    ) throws -> WalkedProject {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw PortfolioError(
                path: path, reason: "cannot be read (\(String(cString: strerror(errno))))",
                hint: "check the path; a project is a folder or a notebook",
                isMissing: errno == ENOENT)
        }
        let mode = info.st_mode & S_IFMT
        if mode == S_IFDIR {
            var walker = ProjectWalker(limits: limits)
            let files = walker.files(under: path)
            return WalkedProject(
                path: path, isFolder: true, files: files, skipped: walker.skipped,
                warnings: walker.warnings)
        }
        guard mode == S_IFREG && path.lowercased().hasSuffix(".ipynb") else {
            throw PortfolioError(
                path: path, reason: "is not a project folder or a notebook",
                hint: "give a folder (a git clone or a plain folder) or an .ipynb file")
        }
        let file = ProjectWalker.File(
            relativePath: String(path.split(separator: "/").last ?? ""),
            fullPath: Array(path.utf8CString.dropLast()), size: Int(info.st_size))
        return WalkedProject(path: path, isFolder: false, files: [file], skipped: 0, warnings: [])
    }

    /// The project whose files `walked` lists.
    public func scan(_ walked: WalkedProject) -> PortfolioProject {
        let path = walked.path
        // Starting git costs as much as reading a large project: the history is read while the files are.
        let remotes = walked.isFolder ? GitConfig.remotes(inProject: path) : [:]
        let history = SliceResults<GitHistory?>(count: 1, empty: nil)
        let historyRead = DispatchGroup()
        if walked.isFolder {
            DispatchQueue.global().async(group: historyRead) {
                history.store(
                    GitLog.history(ofProject: path, hasUpstream: remotes["upstream"] != nil), at: 0)
            }
        }
        let collector = readInParallel(walked.files)
        historyRead.wait()
        return PortfolioProject(
            path: path, remote: remotes["origin"].flatMap { $0.isEmpty ? nil : $0 },
            languages: collector.languages(), skills: collector.skills(),
            history: history.values[0],
            checks: ProjectChecklist.checks(collector.facts),
            filesRead: collector.filesRead, filesSkipped: walked.skipped + collector.filesSkipped,
            warnings: walked.warnings + collector.warnings)
    }

    /// Files read on every core, in contiguous slices merged in order, so the result is the same as reading
    /// them one by one. A small project is read on one thread: starting threads would cost more.
    private func readInParallel(_ files: [ProjectWalker.File]) -> Collector {
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count / 200))
        let results = SliceResults(count: slices, empty: Collector(index: index))
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            var collector = Collector(index: index)
            let range = (slice * files.count / slices)..<((slice + 1) * files.count / slices)
            for file in files[range] { read(file, into: &collector) }
            results.store(collector, at: slice)
        }
        var merged = Collector(index: index)
        for collector in results.values { merged.append(collector) }
        return merged
    }

    /// Configuration files, where credentials are most often committed.
    static func mayHoldSecrets(_ lowerName: String) -> Bool {
        lowerName.hasPrefix(".env") || lowerName == "credentials" || lowerName.hasPrefix("id_rsa")
            || [
                ".yml", ".yaml", ".json", ".cfg", ".ini", ".conf", ".properties", ".pem", ".key",
                ".toml", ".txt",
            ]
            .contains { lowerName.hasSuffix($0) }
    }

    /// A README, a licence or a configuration file: read for the checklist and for secrets, not for skills.
    private func readProse(
        _ file: ProjectWalker.File, readme: Bool, license: Bool, into collector: inout Collector
    ) {
        guard file.size <= limits.maxFileBytes,
            let bytes = ProjectWalker.read(file.fullPath, limit: limits.maxFileBytes),
            !bytes.prefix(8192).contains(0)
        else {
            collector.filesSkipped += 1
            return
        }
        collector.filesRead += 1
        let text = String(decoding: bytes, as: UTF8.self)
        if readme { collector.facts.readme = (file.relativePath, text) }
        if license { collector.facts.license = (file.relativePath, text) }
        collector.secrets(in: text, path: file.relativePath)
    }

    private func read(_ file: ProjectWalker.File, into collector: inout Collector) {
        let name = String(file.relativePath.split(separator: "/").last ?? "")
        let kind = SourceKind(fileName: name)
        let special = SpecialFile(path: file.relativePath)
        let manifest = ManifestReader.isManifest(name)
        let lower = name.lowercased()
        let atRoot = !file.relativePath.contains("/")
        if file.size > ProjectFacts.largeFileBytes {
            collector.facts.largeFiles.append((file.relativePath, file.size))
        }
        if ProjectFacts.lockFileNames.contains(lower) {
            collector.facts.lockFiles.append(file.relativePath)
        }
        if special == .githubWorkflow || special == .otherCI {
            collector.facts.ciFiles.append(file.relativePath)
        }
        let readme = atRoot && lower.hasPrefix("readme") && collector.facts.readme == nil
        let license = atRoot && ["license", "licence", "copying"].contains { lower.hasPrefix($0) }
        if readme || license || Self.mayHoldSecrets(lower), kind == .other, !manifest,
            special == nil
        {
            readProse(file, readme: readme, license: license, into: &collector)
            return
        }
        guard kind != .other || manifest || special != nil else {
            collector.filesSkipped += 1
            return
        }
        let limit = kind == .notebook ? limits.maxNotebookBytes : limits.maxFileBytes
        guard file.size <= limit else {
            collector.filesSkipped += 1
            collector.warnings.append(
                "\(file.relativePath): \(file.size) bytes, over the \(limit)-byte limit, not read"
                    + (kind == .notebook ? " (--max-notebook-size)" : " (--max-project-file-size)"))
            return
        }
        guard let bytes = ProjectWalker.read(file.fullPath, limit: limit) else {
            collector.filesSkipped += 1
            collector.warnings.append("\(file.relativePath): cannot be read, left out")
            return
        }
        if bytes.prefix(8192).contains(0) {
            collector.filesSkipped += 1
            return
        }
        collector.filesRead += 1
        if let special {
            collector.special(special, path: file.relativePath, bytes: bytes)
            collector.secrets(in: String(decoding: bytes, as: UTF8.self), path: file.relativePath)
        }
        if manifest {
            let text = String(decoding: bytes, as: UTF8.self)
            collector.manifest(
                ManifestReader.packages(fileName: name, text: text), path: file.relativePath)
            collector.secrets(in: text, path: file.relativePath)
            if collector.facts.declaredLicense == nil {
                collector.facts.declaredLicense = ManifestReader.license(fileName: name, text: text)
            }
        }
        switch kind {
        case .code(let language, let ecosystem):
            collector.code(bytes, path: file.relativePath, language: language, ecosystem: ecosystem)
        case .notebook:
            guard let notebook = Notebook(bytes: bytes) else {
                collector.warnings.append(
                    "\(file.relativePath): not a readable notebook (invalid JSON), left out")
                return
            }
            collector.notebook(notebook, path: file.relativePath)
        case .other:
            break
        }
    }
}
