/// Where a piece of evidence or a finding stands in what was read.
public enum SourceLocation: Hashable, Sendable {
    /// A block of a resume or another document: its 1-based page and line, and the section it belongs to.
    case document(page: Int, line: Int, section: Section)
    /// A line of a file of a portfolio project, its path relative to the folder given ("cnn/train.py").
    case file(path: String, line: Int)

    /// The location of a block of a resume.
    public init(_ block: Block) {
        self = .document(page: block.page, line: block.line, section: block.section ?? .other)
    }

    /// The resume section, for a location in a document.
    public var section: Section? {
        switch self {
        case .document(_, _, let section): section
        case .file: nil
        }
    }
}
