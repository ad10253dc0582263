import Foundation

/// Turns the paths given to `batch` into a sorted list of regular files: folders are walked recursively,
/// hidden files and folders are skipped, symlinks are followed once (a loop is never entered twice), and `-`
/// reads more paths from standard input, one per line.
struct InputWalker {
    struct Result {
        var files: [String]
        /// Paths that are not regular files or cannot be read, with the reason.
        var skipped: [(path: String, reason: SkipReason)]
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
