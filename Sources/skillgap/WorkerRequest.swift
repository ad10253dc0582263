/// One file for a worker to analyze: the line a batch sends to a `skillgap worker` process. JSON keeps every
/// character of a file name (a newline, a tab) intact on a line-based pipe.
struct WorkerRequest: Codable, Sendable {
    /// The file's place in the batch's sorted input.
    var index: Int
    var path: String
    /// The name of the file's report in the reports folder ("" when no reports are written).
    var reportName: String
    /// The projects of an applicant folder's resume, scanned as its portfolio; nil for a resume alone.
    var portfolio: [String]? = nil
    /// The name every output shows for the file: its anonymous id in a blind batch; nil for the path.
    var anonymousID: String? = nil

    /// The path, or the anonymous id in a blind batch.
    var shownName: String { anonymousID ?? path }
}
