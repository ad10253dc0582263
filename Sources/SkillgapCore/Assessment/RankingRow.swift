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
    /// The titles of `topGaps`, for people to read.
    public var topGapTitles: [String] = []
    /// The role's skills shown in work (experience, projects...), the second tie-break after must-haves.
    public var demonstrated: Int = 0
    public var status: Status
    /// Why the file failed (`failed`) or was not scored (`unscored`).
    public var reason: Reason?
    /// The figures against the job posting the batch scored for (`batch --job`), if any.
    public var job: JobSummary?
    /// Each requirement of the role with its coverage, in the role's order; empty for a failed row.
    public var requirements: [RequirementCoverage] = []

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
        self.topGapTitles = assessment.gaps.prefix(3).map(\.requirement.title)
        self.demonstrated =
            assessment.skills.filter { $0.inRole && $0.status == .demonstrated }.count
        self.status = assessment.score == nil ? .unscored : .scored
        self.reason = assessment.unscoredReason.map(Reason.unscored)
        self.job = assessment.job.map(JobSummary.init)
        self.requirements = assessment.requirements.map(RequirementCoverage.init)
    }

    /// A row rebuilt from its parts (for `skillgap rank`).
    public init(
        index: Int, file: String, candidate: String?, score: Int?, mustHavesMet: Int,
        mustHavesTotal: Int,
        missingMustHaves: [String], topGaps: [String], topGapTitles: [String] = [],
        demonstrated: Int = 0, status: Status,
        reason: Reason?, job: JobSummary? = nil, requirements: [RequirementCoverage] = []
    ) {
        self.index = index
        self.file = file
        self.candidate = candidate
        self.score = score
        self.mustHavesMet = mustHavesMet
        self.mustHavesTotal = mustHavesTotal
        self.missingMustHaves = missingMustHaves
        self.topGaps = topGaps
        self.topGapTitles = topGapTitles
        self.demonstrated = demonstrated
        self.status = status
        self.reason = reason
        self.job = job
        self.requirements = requirements
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

    /// How the ranking orders rows, and which rows tie: status (scored, then unscored, then failed), score,
    /// must-haves met, then the role's skills demonstrated, each highest first.
    private var rankKey: [Int] {
        [
            status == .scored ? 0 : status == .unscored ? 1 : 2, -(score ?? 0), -mustHavesMet,
            -demonstrated,
        ]
    }

    /// Ranking order: by `rankKey`; rows that tie are listed by file name.
    public static func ranked(_ rows: [RankingRow]) -> [RankingRow] {
        rows.sorted { a, b in
            let (ka, kb) = (a.rankKey, b.rankKey)
            return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.file < b.file
        }
    }

    /// The rank of each row of `ranked` (as `ranked(_:)` orders them): rows that tie on score, must-haves met
    /// and demonstrated skills share a rank, and the next rank skips past them ("1, 2, 2, 4"). Unscored and
    /// failed rows have none.
    public static func ranks(_ ranked: [RankingRow]) -> [Int?] {
        var result: [Int?] = []
        for (position, row) in ranked.enumerated() {
            guard row.status == .scored else {
                result.append(nil)
                continue
            }
            if position > 0, ranked[position - 1].rankKey == row.rankKey,
                let shared = result[position - 1]
            {
                result.append(shared)
            } else {
                result.append(position + 1)
            }
        }
        return result
    }
}
