/// A project's files as the walk found them, before any is read: what `ProjectScanner.scan` reads.
public struct WalkedProject: Sendable {
    public let path: String
    public let isFolder: Bool
    let files: [ProjectWalker.File]
    let skipped: Int
    let warnings: [String]
}
