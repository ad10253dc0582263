import SkillgapCore

extension AnalysisFailure {
    /// A sentence for the user: what went wrong with the file, then what to do about it.
    public var message: String {
        let malformed = "; the file may be malformed, so open it and export it again"
        switch self {
        case .extraction(let error):
            return error.message
        case .timedOut(let seconds):
            let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return
                "analyzing the file took longer than \(shown) s; it may be malformed (raise --timeout to allow more)"
        case .crashed(let signal):
            return "the analyzer crashed on this file (signal \(signal))" + malformed
        case .exited(let status):
            return "the analyzer stopped on this file (exit status \(status))" + malformed
        case .stoppedBeforeReading:
            return "the analyzer stopped before reading this file"
        case .stoppedWhileReporting:
            return "the analyzer stopped while reporting on this file"
        case .unreadableAnswer:
            return "the analyzer answered with something unreadable"
        case .unexpected(let description):
            return description
        }
    }
}
