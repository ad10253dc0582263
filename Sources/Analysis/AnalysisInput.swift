import Foundation

/// What to analyze: a file, standard input, or bytes already in memory.
public enum AnalysisInput: Sendable {
    /// A file by path (a regular file, a FIFO or a device such as `/dev/stdin`).
    case file(String)
    /// Standard input, read to its end.
    case standardInput
    /// Bytes in memory; `claimedExtension` is the extension of the name they came under, if any.
    case bytes(Data, claimedExtension: String? = nil)
}
