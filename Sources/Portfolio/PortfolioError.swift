/// Why a portfolio path could not be scanned at all; a file inside a project that cannot be read is a warning.
public struct PortfolioError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public let hint: String

    public var description: String { "\(path): \(reason); \(hint)" }
}
