import Foundation

/// Reads a clone's `origin` URL from `.git/config` as text. Running `git` in an untrusted clone could execute
/// commands from that same config (`core.fsmonitor`, hooks), so the file is read, never handed to git.
enum GitConfig {
    static func originURL(inProject folder: String) -> String? {
        guard
            let bytes = ProjectWalker.read(
                Array((folder + "/.git/config").utf8CString.dropLast()), limit: 1 << 16)
        else { return nil }
        var inOrigin = false
        for raw in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let line = raw.trimming([" ", "\t", "\r"])
            if line.hasPrefix("[") {
                inOrigin = line.replacingOccurrences(of: " ", with: "") == "[remote\"origin\"]"
            } else if inOrigin, line.hasPrefix("url") {
                let value = line.drop { $0 != "=" }.dropFirst().trimmingSpaces
                return value.isEmpty ? nil : redacted(String(value))
            }
        }
        return nil
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
