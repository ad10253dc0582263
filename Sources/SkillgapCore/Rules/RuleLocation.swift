/// Where a rule file defines something: the file as the user would name it, and a 1-based line and column.
public struct RuleLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A definition made in code rather than read from a file (tests, built values).
    public static let unknown = RuleLocation(file: "", line: 0, column: 0)

    /// `file:line:col`, the way compilers point at a place.
    public var description: String { "\(file):\(line):\(column)" }
}
