import Foundation
import SkillgapCore

extension Authorship {
    /// One line: "a@b.c: 12 of 14 commits, 2,310 of 2,400 changed lines, 2024-01-03 to 2024-03-10, 6 active
    /// weeks, 0 in the last 90 days".
    public var summary: String {
        let span = [first, last].compactMap { $0 }.map(Self.day)
        return
            "\(author ?? "the main author"): \(commits) of \(totalCommits) commits, \(changedLines) of "
            + "\(totalChangedLines) changed lines"
            + (span.count == 2 ? ", \(span[0]) to \(span[1])" : "")
            + ", \(activeWeeks) active week\(activeWeeks == 1 ? "" : "s"), \(recentCommits) in the last 90 days"
    }

    /// The flags, worded; empty when neither is raised.
    public var flags: [String] {
        (bulkUpload ? ["bulk upload: one or two commits hold most of the code"] : [])
            + (fork
                ? ["fork: someone else made the first commit, or the clone has an upstream remote"]
                : [])
    }

    /// `YYYY-MM-DD` in UTC.
    static func day(_ time: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(time)))
    }
}
