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
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw PortfolioError(
                path: path, reason: "cannot be read (\(String(cString: strerror(errno))))",
                hint: "check the path; a project is a folder or a notebook")
        }
        var collector = Collector(index: index)
        var walker = ProjectWalker(limits: limits)
        let mode = info.st_mode & S_IFMT
        if mode == S_IFDIR {
            for file in walker.files(under: path) {
                read(file, into: &collector)
            }
        } else if mode == S_IFREG && path.lowercased().hasSuffix(".ipynb") {
            let name = String(path.split(separator: "/").last ?? "")
            let file = ProjectWalker.File(
                relativePath: name, fullPath: Array(path.utf8CString.dropLast()),
                size: Int(info.st_size))
            read(file, into: &collector)
        } else {
            throw PortfolioError(
                path: path, reason: "is not a project folder or a notebook",
                hint: "give a folder (a git clone or a plain folder) or an .ipynb file")
        }
        return PortfolioProject(
            path: path, remote: mode == S_IFDIR ? GitConfig.originURL(inProject: path) : nil,
            languages: collector.languages(), skills: collector.skills(),
            filesRead: collector.filesRead, filesSkipped: walker.skipped + collector.filesSkipped,
            warnings: walker.warnings + collector.warnings)
    }

    private func read(_ file: ProjectWalker.File, into collector: inout Collector) {
        let name = String(file.relativePath.split(separator: "/").last ?? "")
        let kind = SourceKind(fileName: name)
        let special = SpecialFile(path: file.relativePath)
        let manifest = ManifestReader.isManifest(name)
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
        }
        if manifest {
            let text = String(decoding: bytes, as: UTF8.self)
            collector.declared(
                ManifestReader.packages(fileName: name, text: text), path: file.relativePath)
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
