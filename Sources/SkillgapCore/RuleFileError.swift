/// A rule file that cannot be used, with where and why.
public struct RuleFileError: Error, CustomStringConvertible, Sendable {
    /// The file, as the user would name it.
    public var file: String
    /// 1-based line and column, when known.
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        let position = [line, column].compactMap { $0 }.map(String.init).joined(separator: ":")
        return "\(file)\(position.isEmpty ? "" : ":" + position): error: \(message)"
    }
}
