/// What the candidate did in a clone's history. Profile statistics are easy to inflate, so the figures that
/// cannot be faked by a bulk upload or a fork come with those two flags.
public struct Authorship: Equatable, Sendable {
    /// The e-mail counted as the candidate's.
    public var author: String?
    public var commits: Int
    public var totalCommits: Int
    /// Lines added and deleted by the candidate's commits, and by all.
    public var changedLines: Int
    public var totalChangedLines: Int
    /// The candidate's first and last commit, in seconds since 1970.
    public var first: Int?
    public var last: Int?
    /// Calendar weeks with a commit of the candidate's.
    public var activeWeeks: Int
    /// The candidate's commits in the last 90 days.
    public var recentCommits: Int
    /// One or two commits hold most of the code.
    public var bulkUpload: Bool
    /// Someone else made the first commit, or the clone has an `upstream` remote.
    public var fork: Bool
}
