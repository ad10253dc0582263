import Ingest

/// Everything a batch's unit of work needs to know, sent once to each worker process as its first line, so
/// the batch and its workers cannot disagree about options.
struct WorkerConfiguration: Codable, Sendable {
    /// The role to score against; with `job`, the role whose advice the posting's requirements borrow, if any.
    var role: String?
    /// The job posting whose requirements are the role (`batch --job`), if any.
    var job: String?
    /// `--rules`, if given.
    var rules: String?
    var limits: IngestLimits
    var blind: Bool
    /// Whether the resume checks run (JSON outputs and per-file reports show them; rankings do not).
    var runChecks: Bool
    /// Whether each answer carries the assessment as JSON (for `--format json` and `jsonl`).
    var emitCheck: Bool
    /// Whether each row carries every requirement's coverage (the HTML ranking's heatmap): sending it costs
    /// every file a few hundred bytes of JSON each way.
    var rowCoverage: Bool = true
    /// The folder per-file reports are written to, if any.
    var reportsFolder: String?
    var reportFormat: ReportFormat
}
