import SkillgapCore

/// What the pipeline made of one input: its assessment or why there is none, and how long reading
/// (extraction and sections) and scoring took.
public struct Analysis: Sendable {
    /// The input's name as the user gave it.
    public var file: String
    public var result: Result<Assessment, AnalysisFailure>
    public var readNanoseconds: UInt64 = 0
    public var scoreNanoseconds: UInt64 = 0

    public init(
        file: String, result: Result<Assessment, AnalysisFailure>, readNanoseconds: UInt64 = 0,
        scoreNanoseconds: UInt64 = 0
    ) {
        self.file = file
        self.result = result
        self.readNanoseconds = readNanoseconds
        self.scoreNanoseconds = scoreNanoseconds
    }

    /// The assessment, when the input could be read.
    public var assessment: Assessment? {
        if case .success(let assessment) = result { return assessment }
        return nil
    }

    /// The input's line in a ranking; `blind` leaves out the candidate's name.
    public func row(index: Int, blind: Bool) -> RankingRow {
        switch result {
        case .success(let assessment):
            RankingRow(index: index, file: file, assessment: assessment, blind: blind)
        case .failure(let failure): RankingRow(index: index, file: file, failure: failure)
        }
    }
}
