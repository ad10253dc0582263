/// One line of a batch ranking: small, so thousands fit in memory. Batch, its worker processes and `rank`
/// all pass this one type.
public struct RankingRow: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        case scored, unscored, failed
    }

    /// Why a row has no score.
    public enum Reason: Codable, Equatable, Sendable {
        case unscored(UnscoredReason)
        case failed(AnalysisFailure)
        /// A reason as an earlier run wrote it, with its failure code: `rank` merges JSON Lines, whose
        /// reasons are sentences, and shows them as they are.
        case written(String, failureCode: String?)
    }

    public var index: Int
    public var file: String
    public var candidate: String?
    public var score: Int?
    public var mustHavesMet: Int = 0
    public var mustHavesTotal: Int = 0
    /// The ids of must-have requirements not met.
    public var missingMustHaves: [String] = []
    /// The ids of the first three gaps, in `GapOrder`.
    public var topGaps: [String] = []
    public var status: Status
    /// Why the file failed (`failed`) or was not scored (`unscored`).
    public var reason: Reason?
    /// The figures against the job posting the batch scored for (`batch --job`), if any.
    public var job: JobSummary?

    public init(index: Int, file: String, assessment: Assessment, blind: Bool) {
        self.index = index
        self.file = file
        self.candidate = blind ? nil : assessment.resume.contact.name
        self.score = assessment.score
        let musts = assessment.mustHaves
        self.mustHavesMet = musts.met
        self.mustHavesTotal = musts.total
        self.missingMustHaves = assessment.requirements.filter {
            $0.requirement.level == .must && $0.status != .met
        }
        .map(\.requirement.id)
        self.topGaps = assessment.gaps.prefix(3).map(\.requirement.id)
        self.status = assessment.score == nil ? .unscored : .scored
        self.reason = assessment.unscoredReason.map(Reason.unscored)
        self.job = assessment.job.map(JobSummary.init)
    }

    /// A row rebuilt from its parts (for `skillgap rank`).
    public init(
        index: Int, file: String, candidate: String?, score: Int?, mustHavesMet: Int,
        mustHavesTotal: Int,
        missingMustHaves: [String], topGaps: [String], status: Status, reason: Reason?,
        job: JobSummary? = nil
    ) {
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
        self.job = job
    }

    /// The row of a file that has no assessment.
    public init(index: Int, file: String, failure: AnalysisFailure) {
        self.index = index
        self.file = file
        self.status = .failed
        self.reason = .failed(failure)
    }

    /// The row of a file that failed, as an earlier run wrote it.
    public init(index: Int, file: String, writtenFailure: String, code: String?) {
        self.index = index
        self.file = file
        self.status = .failed
        self.reason = .written(writtenFailure, failureCode: code)
    }

    /// The short code of a failed row's reason ("damaged", "timed out"...), for summaries.
    public var failureCode: String? {
        switch reason {
        case .failed(let failure): failure.code
        case .written(_, let code): code
        case .unscored, nil: nil
        }
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
