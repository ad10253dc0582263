import Foundation

/// Safe, unique file names for per-input reports inside one folder: derived from the input path, with no
/// separators, no leading dots and no way to climb out of the folder.
enum ReportNames {
    /// One name per input. With `folder`, a name that would land on one of the inputs is changed too, so a
    /// report never overwrites a resume.
    static func names(for files: [String], fileExtension: String, folder: URL? = nil) -> [String] {
        var used = Set<String>()
        let inputs = Set(
            files.map {
                URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path
            })
        func clashes(_ name: String) -> Bool {
            guard let folder else { return false }
            return inputs.contains(
                folder.appendingPathComponent(name).standardizedFileURL.resolvingSymlinksInPath()
                    .path)
        }
        return files.map { file in
            let base = safe(file)
            var name = "\(base).\(fileExtension)"
            var counter = 2
            while clashes(name) || !used.insert(name.lowercased()).inserted {
                name = "\(base)-\(counter).\(fileExtension)"
                counter += 1
            }
            return name
        }
    }

    static func safe(_ path: String) -> String {
        var components = path.split(separator: "/").filter {
            $0 != "." && $0 != ".." && !$0.isEmpty
        }
        if components.count > 3 { components = Array(components.suffix(3)) }
        var name = components.joined(separator: "__").map { character -> Character in
            character.isASCII
                && (character.isLetter || character.isNumber || "._-".contains(character))
                ? character : "_"
        }.reduce(into: "") { $0.append($1) }
        while name.hasPrefix(".") || name.hasPrefix("-") { name.removeFirst() }
        if name.count > 150 { name = String(name.suffix(150)) }
        return name.isEmpty ? "report" : name
    }
}
