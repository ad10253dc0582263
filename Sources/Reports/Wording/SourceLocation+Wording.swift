import SkillgapCore

extension SourceLocation {
    /// A compact place for tables: "p1 L21".
    public var short: String {
        switch self {
        case .document(let page, let line, _): "p\(page) L\(line)"
        case .file(let path, let line): "\(path):\(line)"
        }
    }

    /// A place in running text: "page 1, line 21".
    public var long: String {
        switch self {
        case .document(let page, let line, _): "page \(page), line \(line)"
        case .file(let path, let line): "\(path), line \(line)"
        }
    }

    /// Where evidence stands, with its source: "skills, p1 L13" for a line of the resume, "portfolio,
    /// train.py:12" for a project file.
    public var place: String {
        switch self {
        case .document(_, _, let section): "\(section.rawValue), \(short)"
        case .file: "portfolio, \(short)"
        }
    }
}
