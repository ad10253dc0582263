import Foundation

/// Turns the paths given to `batch` into a sorted list of regular files: folders are walked recursively,
/// hidden files and folders are skipped, symlinks are followed once (a loop is never entered twice), and `-`
/// reads more paths from standard input, one per line.
///
/// An applicant folder, below a folder given, is one resume with its projects: a folder holding exactly one
/// resume file and at least one subfolder or notebook. Its resume is a file of the batch, and its subfolders
/// and notebooks are that resume's portfolio, not walked for more resumes.
struct InputWalker {
    struct Result {
        var files: [String]
        /// Paths that are not regular files or cannot be read, with the reason.
        var skipped: [(path: String, reason: SkipReason)]
        /// The projects of each applicant folder's resume, by the resume's path.
        var portfolios: [String: [String]] = [:]
    }

    /// The file kinds a resume comes in, by extension.
    static let resumeExtensions: Set<String> = [
        "pdf", "docx", "html", "htm", "md", "markdown", "txt", "json",
    ]

    /// The resume and projects of `folder`, when it is an applicant folder.
    static func applicant(
        _ folder: String, entries: [String]
    ) -> (resume: String, projects: [String])? {
        var resumes: [String] = []
        var projects: [String] = []
        for entry in entries where !entry.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(entry)
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            let ext = (entry as NSString).pathExtension.lowercased()
            if kind == S_IFDIR {
                projects.append(path)
            } else if kind == S_IFREG, ext == "ipynb" {
                projects.append(path)
            } else if kind == S_IFREG, resumeExtensions.contains(ext) {
                resumes.append(path)
            }
        }
        guard resumes.count == 1, !projects.isEmpty else { return nil }
        return (resumes[0], projects.sorted())
    }

    /// Why a path given to a batch is not analyzed.
    enum SkipReason: Equatable {
        case noSuchFile, symlinkLoop, unreadableFolder, notRegularFile

        /// Whether the path the user named is not there at all (the batch then exits 66).
        var isMissing: Bool { self == .noSuchFile || self == .symlinkLoop }

        var phrase: String {
            switch self {
            case .noSuchFile: "no such file"
            case .symlinkLoop: "symlink loop"
            case .unreadableFolder: "folder cannot be read"
            case .notRegularFile: "not a regular file"
            }
        }
    }

    func files(from paths: [String]) -> Result {
        var result = Result(files: [], skipped: [])
        var seenDirectories = Set<String>()
        var seenFiles = Set<String>()
        var queue = paths.flatMap { path -> [String] in
            guard path == "-" else { return [path] }
            var lines: [String] = []
            while let line = readLine() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { lines.append(trimmed) }
            }
            return lines
        }
        let explicit = Set(queue)
        while !queue.isEmpty {
            let path = queue.removeFirst()
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A name that is not UTF-8 was listed but cannot be opened: it becomes a failed row that says why.
                if path.contains("\u{FFFD}") {
                    result.files.append(path)
                } else {
                    result.skipped.append((path, errno == ELOOP ? .symlinkLoop : .noSuchFile))
                }
                continue
            }
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix("."), !explicit.contains(path) { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard seenDirectories.insert(real).inserted else { continue }
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path)
                else {
                    result.skipped.append((path, .unreadableFolder))
                    continue
                }
                if !explicit.contains(path), let applicant = Self.applicant(path, entries: entries)
                {
                    result.files.append(applicant.resume)
                    result.portfolios[applicant.resume] = applicant.projects
                    continue
                }
                queue += entries.sorted().map { (path as NSString).appendingPathComponent($0) }
            case S_IFREG:
                let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                if seenFiles.insert(real).inserted { result.files.append(path) }
            default:
                if explicit.contains(path) { result.skipped.append((path, .notRegularFile)) }
            }
        }
        result.files.sort()
        return result
    }
}
