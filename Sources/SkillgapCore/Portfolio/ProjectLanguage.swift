/// A language of a project and how much of it there is: non-blank lines (notebooks: code cells only).
public struct ProjectLanguage: Equatable, Sendable {
    public var name: String
    public var lines: Int
    public var files: Int

    public init(name: String, lines: Int, files: Int) {
        self.name = name
        self.lines = lines
        self.files = files
    }
}
