/// Why one file of a batch (or a check) has no assessment: it could not be read, or the process analyzing it
/// failed on it.
public enum AnalysisFailure: Error, Equatable, Codable, Sendable {
    /// The file could not be read into a document.
    case extraction(ExtractionError)
    /// Analyzing the file took longer than the time limit.
    case timedOut(seconds: Double)
    /// The worker process analyzing the file was killed by a signal.
    case crashed(signal: Int32)
    /// The worker process analyzing the file exited.
    case exited(status: Int32)
    /// The worker process was gone before it was given the file.
    case stoppedBeforeReading
    /// The worker process stopped between its answer's two lines.
    case stoppedWhileReporting
    /// The worker process answered with something that is not an answer.
    case unreadableAnswer
    /// An error no case above describes; `description` is the error's own.
    case unexpected(description: String)

    /// The short, stable code used in batch rows and summaries ("damaged", "timed out", ...).
    public var code: String {
        switch self {
        case .extraction(let error): error.code
        case .timedOut: "timed out"
        case .crashed, .exited, .stoppedBeforeReading, .stoppedWhileReporting, .unreadableAnswer:
            "crashed"
        case .unexpected: "other"
        }
    }

    /// True when the file itself could not be opened (exit 66) rather than analyzed (exit 65).
    public var isUnreadable: Bool {
        if case .extraction(let error) = self { return error.isUnreadable }
        return false
    }
}
