import Foundation

/// Reads a clone's remotes from `.git/config` as text. Running `git` in an untrusted clone could execute
/// commands from that same config (`core.fsmonitor`, hooks), so the file is read, never handed to git.
enum GitConfig {
    /// Every `[remote "NAME"]` section of the clone at `folder`, with its URL redacted ("" when it has none).
    static func remotes(inProject folder: String) -> [String: String] {
        guard
            let bytes = ProjectWalker.read(
                Array((folder + "/.git/config").utf8CString.dropLast()), limit: 1 << 16)
        else { return [:] }
        var remotes: [String: String] = [:]
        var current: String?
        for raw in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let line = raw.trimming([" ", "\t", "\r"])
            if line.hasPrefix("[") {
                let header = line.replacingOccurrences(of: " ", with: "")
                current =
                    header.hasPrefix("[remote\"") && header.hasSuffix("\"]")
                    ? String(header.dropFirst(8).dropLast(2)) : nil
                if let current, remotes[current] == nil { remotes[current] = "" }
            } else if let name = current, line.hasPrefix("url"), remotes[name]?.isEmpty == true {
                let value = line.drop { $0 != "=" }.dropFirst().trimmingSpaces
                remotes[name] = redacted(String(value))
            }
        }
        return remotes
    }

    /// A URL without the user name and token some clones keep in it (`https://user:ghp_…@github.com/…`).
    static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://"),
            let at = url[scheme.upperBound...].firstIndex(of: "@"),
            !url[scheme.upperBound..<at].contains("/")
        else { return url }
        return String(url[..<scheme.upperBound]) + String(url[url.index(after: at)...])
    }
}
