/// A clone's history as `git log` gave it: who committed, when, and how many lines each commit changed.
public struct GitHistory: Equatable, Sendable {
    public struct Commit: Equatable, Sendable {
        public var email: String
        public var name: String
        /// Seconds since 1970.
        public var time: Int
        /// Lines added and deleted, binary files left out.
        public var changedLines: Int

        public init(email: String, name: String, time: Int, changedLines: Int) {
            self.email = email
            self.name = name
            self.time = time
            self.changedLines = changedLines
        }
    }

    /// Newest first, as `git log` lists them.
    public var commits: [Commit]
    /// Whether the clone has an `upstream` remote: the usual sign of a fork.
    public var hasUpstream: Bool

    public init(commits: [Commit], hasUpstream: Bool) {
        self.commits = commits
        self.hasUpstream = hasUpstream
    }

    /// What `emails` (compared ignoring case) did in this history; with no e-mail, the author with most commits
    /// stands for the candidate. `now` is in seconds since 1970.
    public func authorship(emails: [String], now: Int) -> Authorship? {
        guard let oldest = commits.last else { return nil }
        var wanted = Set(emails.map { $0.lowercased() })
        if wanted.isEmpty {
            let counts = Dictionary(commits.map { ($0.email.lowercased(), 1) }, uniquingKeysWith: +)
            if let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                wanted = [top.key]
            }
        }
        let mine = commits.filter { wanted.contains($0.email.lowercased()) }
        let total = commits.reduce(0) { $0 + $1.changedLines }
        let changed = mine.reduce(0) { $0 + $1.changedLines }
        let weeks = Set(mine.map { $0.time / (7 * 24 * 3600) }).count
        // A bulk upload: one or two commits hold most of the lines.
        let largest = commits.map(\.changedLines).sorted(by: >).prefix(2).reduce(0, +)
        let bulk =
            total > 0 && Double(largest) >= 0.8 * Double(total) && commits.count <= 3
            || (total >= 500 && Double(largest) >= 0.9 * Double(total))
        return Authorship(
            author: wanted.sorted().first, commits: mine.count, totalCommits: commits.count,
            changedLines: changed, totalChangedLines: total, first: mine.last?.time,
            last: mine.first?.time,
            activeWeeks: weeks,
            recentCommits: mine.filter { now - $0.time <= 90 * 24 * 3600 }.count,
            bulkUpload: bulk,
            fork: hasUpstream || !wanted.contains(oldest.email.lowercased()))
    }
}
