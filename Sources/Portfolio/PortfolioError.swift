/// Why a portfolio path could not be scanned at all; a file inside a project that cannot be read is a warning.
public struct PortfolioError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public let hint: String
    /// Nothing is at the path (exit 66), rather than something that is no project (exit 65).
    public var isMissing = false

    public var description: String { "\(path): \(reason); \(hint)" }
}
