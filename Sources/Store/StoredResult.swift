/// One file's result as the store keeps it: enough to know whether it must be scored again (its content hash
/// and the versions that scored it), the figures people query, and the whole JSON result.
public struct StoredResult: Equatable, Sendable {
    /// The file's path as the batch was given it.
    public var path: String
    /// What the file was scored for: "role:ID", or "job:PATH" for `batch --job`.
    public var target: String
    /// SHA-256 of the file's bytes, in hex.
    public var contentHash: String
    public var skillgapVersion: String
    /// SHA-256 of the rule files (and the posting, and the options that change a result) that scored it.
    public var rulesVersion: String
    /// "scored", "unscored" or "failed".
    public var status: String
    public var score: Int?
    public var mustHavesMet: Int
    public var mustHavesTotal: Int
    /// The assessment as one line of JSON (`batch --format jsonl`), or the failure object of a file that failed.
    public var json: String

    public init(
        path: String, target: String, contentHash: String, skillgapVersion: String,
        rulesVersion: String, status: String, score: Int?, mustHavesMet: Int, mustHavesTotal: Int,
        json: String
    ) {
        self.path = path
        self.target = target
        self.contentHash = contentHash
        self.skillgapVersion = skillgapVersion
        self.rulesVersion = rulesVersion
        self.status = status
        self.score = score
        self.mustHavesMet = mustHavesMet
        self.mustHavesTotal = mustHavesTotal
        self.json = json
    }

    /// What decides whether a stored result still holds: the file's content and the versions that scored it.
    public struct Versions: Equatable, Sendable {
        public var contentHash: String
        public var skillgapVersion: String
        public var rulesVersion: String

        public init(contentHash: String, skillgapVersion: String, rulesVersion: String) {
            self.contentHash = contentHash
            self.skillgapVersion = skillgapVersion
            self.rulesVersion = rulesVersion
        }
    }

    /// The versions of this result.
    public var versions: Versions {
        Versions(
            contentHash: contentHash, skillgapVersion: skillgapVersion, rulesVersion: rulesVersion)
    }
}
