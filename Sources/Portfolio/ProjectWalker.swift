import Foundation

/// Walks a project folder without following symbolic links, entering no skipped folder, and reading only
/// regular files: a FIFO, a device or a link out of the project is never opened.
struct ProjectWalker {
    /// A regular file of the project.
    struct File: Sendable {
        /// The path from the project folder, for reports; a name that is not UTF-8 is shown repaired.
        let relativePath: String
        /// The path as bytes, to open the file whatever its name's encoding.
        let fullPath: [CChar]
        let size: Int
    }

    let limits: PortfolioLimits
    private(set) var skipped = 0
    private(set) var warnings: [String] = []

    init(limits: PortfolioLimits) {
        self.limits = limits
    }

    /// Every regular file under `root`, in name order per folder, up to `limits.maxFiles`.
    mutating func files(under root: String) -> [File] {
        var found: [File] = []
        var stopped = false
        walk(
            Array(root.utf8CString.dropLast()), relative: "", depth: 0, into: &found,
            stopped: &stopped)
        return found
    }

    private mutating func walk(
        _ folder: [CChar], relative: String, depth: Int, into found: inout [File],
        stopped: inout Bool
    ) {
        guard !stopped else { return }
        guard depth <= limits.maxDepth else {
            skipped += 1
            warnings.append(
                "\(relative): deeper than \(limits.maxDepth) folders, not read (--max-project-depth)"
            )
            return
        }
        guard let directory = opendir(folder + [0]) else {
            skipped += 1
            warnings.append(
                "\(relative.isEmpty ? "." : relative): cannot be opened (\(String(cString: strerror(errno))))"
            )
            return
        }
        defer { closedir(directory) }
        var names: [[CChar]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.bindMemory(to: CChar.self).prefix { $0 != 0 })
            }
            if name == [46] || name == [46, 46] { continue }
            names.append(name)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        for name in names {
            let path = folder + [47] + name
            let display = String(decoding: name.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let relativePath = relative.isEmpty ? display : relative + "/" + display
            var info = stat()
            guard lstat(path + [0], &info) == 0 else {
                skipped += 1
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if SourceKind.skippedFolders.contains(display) || display.hasSuffix(".egg-info") {
                    skipped += 1
                    continue
                }
                walk(
                    path, relative: relativePath, depth: depth + 1, into: &found, stopped: &stopped)
            case S_IFREG:
                guard found.count < limits.maxFiles else {
                    warnings.append(
                        "more than \(limits.maxFiles) files: the rest were not read (--max-project-files)"
                    )
                    stopped = true
                    return
                }
                found.append(
                    File(relativePath: relativePath, fullPath: path, size: Int(info.st_size)))
            default:
                // Symbolic links, FIFOs, sockets and devices are never followed or opened.
                skipped += 1
            }
            if stopped { return }
        }
    }

    /// The first `limit` bytes of a regular file, opened without following a link and without blocking.
    static func read(_ path: [CChar], limit: Int) -> [UInt8]? {
        let descriptor = open(path + [0], O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = min(Int(info.st_size), limit)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + done, size - done)
            }
            if count <= 0 { break }
            done += count
        }
        return Array(bytes.prefix(done))
    }
}
