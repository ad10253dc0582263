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
}
