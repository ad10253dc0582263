/// What analyzing one file produced: the line a worker answers a request with, and what the in-process
/// runner hands on. Batch, its workers and `rank` share `RankingRow`, so no side re-derives it.
import SkillgapCore

struct WorkerAnswer: Codable, Sendable {
    var row: RankingRow
    /// The file's assessment as one line of JSON, when the batch writes JSON or JSON Lines.
    var checkJSON: String?
    /// Why the file's report could not be written, when it could not.
    var reportFailure: String?
    /// Time spent reading (extraction and sections) and scoring, in nanoseconds.
    var readNanoseconds: UInt64 = 0
    var scoreNanoseconds: UInt64 = 0

    /// The answer for a file that has no assessment because its analysis failed.
    init(index: Int, file: String, failure: AnalysisFailure) {
        row = RankingRow(index: index, file: file, failure: failure)
    }

    init(
        row: RankingRow, checkJSON: String?, reportFailure: String?, readNanoseconds: UInt64,
        scoreNanoseconds: UInt64
    ) {
        self.row = row
        self.checkJSON = checkJSON
        self.reportFailure = reportFailure
        self.readNanoseconds = readNanoseconds
        self.scoreNanoseconds = scoreNanoseconds
    }
}
