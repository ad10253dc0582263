/// How much of a project a scan reads. A portfolio is untrusted: a 200 MB notebook, a repository of 100,000 files
/// or a folder nested a thousand deep must cost a bounded time, and say what it left out.
public struct PortfolioLimits: Equatable, Sendable {
    /// Files read per project; the walk stops there, with a warning.
    public var maxFiles: Int
    /// A source or manifest file larger than this is skipped (generated code, data in disguise).
    public var maxFileBytes: Int
    /// A notebook larger than this is skipped: outputs, not code, make notebooks big.
    public var maxNotebookBytes: Int
    /// Folders deeper than this are not entered.
    public var maxDepth: Int

    public static let `default` = PortfolioLimits(
        maxFiles: 20_000, maxFileBytes: 1 << 20, maxNotebookBytes: 20 << 20, maxDepth: 24)

    public init(maxFiles: Int, maxFileBytes: Int, maxNotebookBytes: Int, maxDepth: Int) {
        self.maxFiles = maxFiles
        self.maxFileBytes = maxFileBytes
        self.maxNotebookBytes = maxNotebookBytes
        self.maxDepth = maxDepth
    }
}
