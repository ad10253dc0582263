/// One line of a batch ranking: small, so thousands fit in memory.
public struct RankingRow: Sendable {
    public enum Status: String, Sendable {
        case scored, unscored, failed
    }

    public var index: Int
    public var file: String
    public var candidate: String?
    public var score: Int?
    public var mustHavesMet: Int = 0
    public var mustHavesTotal: Int = 0
    public var missingMustHaves: [String] = []
    public var topGaps: [String] = []
    public var status: Status
    /// Why the file failed (`failed`) or was not scored (`unscored`).
    public var reason: String?
    /// The short failure kind ("encrypted", "damaged"...), for the summary.
    public var failureKind: String?

    public init(index: Int, file: String, assessment: Assessment, blind: Bool) {
        self.index = index
        self.file = file
        self.candidate = blind ? nil : assessment.resume.contact.name
        self.score = assessment.score
        let musts = assessment.mustHaves
        self.mustHavesMet = musts.met
        self.mustHavesTotal = musts.total
        self.missingMustHaves = assessment.requirements.filter { $0.requirement.level == .must && $0.status != .met }
            .map(\.requirement.id)
        self.topGaps = assessment.gaps.prefix(3).map(\.requirement.id)
        self.status = assessment.score == nil ? .unscored : .scored
        self.reason = assessment.unscoredReason
    }

    /// A row rebuilt from its parts (for `skillgap rank`).
    public init(index: Int, file: String, candidate: String?, score: Int?, mustHavesMet: Int, mustHavesTotal: Int,
                missingMustHaves: [String], topGaps: [String], status: Status, reason: String?, failureKind: String?) {
        self.index = index
        self.file = file
        self.candidate = candidate
        self.score = score
        self.mustHavesMet = mustHavesMet
        self.mustHavesTotal = mustHavesTotal
        self.missingMustHaves = missingMustHaves
        self.topGaps = topGaps
        self.status = status
        self.reason = reason
        self.failureKind = failureKind
    }

    public init(index: Int, file: String, failure: String, kind: String) {
        self.index = index
        self.file = file
        self.status = .failed
        self.reason = failure
        self.failureKind = kind
    }

    /// Ranking order: scored by score (highest first), then unscored, then failed; ties by file name.
    public static func ranked(_ rows: [RankingRow]) -> [RankingRow] {
        rows.sorted { a, b in
            let ka = (a.status == .scored ? 0 : a.status == .unscored ? 1 : 2, -(a.score ?? 0))
            let kb = (b.status == .scored ? 0 : b.status == .unscored ? 1 : 2, -(b.score ?? 0))
            return ka != kb ? ka < kb : a.file < b.file
        }
    }
}
