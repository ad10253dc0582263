/// Why a file could not be read into a document. Every message says what is wrong and what to do.
public enum ExtractionError: Error, Equatable, Sendable {
    case empty
    /// `bytes` is nil for a stream, whose size is known only to pass the limit.
    case tooLarge(bytes: Int?, limit: Int)
    case unsupported(what: String)
    case notText(reason: String)
    case damaged(format: DocumentFormatName, reason: String)
    case encrypted
    case noTextLayer
    case allTextHidden(words: Int)
    case invalidJSON(line: Int, column: Int, reason: String)
    case emptyResume
    case notClaimedFormat(claimed: String, actual: String)
    case unreadable(reason: String)
    case tooDeep(format: DocumentFormatName, limit: Int, line: Int)
    case tooManyElements(format: DocumentFormatName, limit: Int)

    /// The short name used in batch rows ("damaged", "encrypted", ...).
    public var reason: String {
        switch self {
        case .empty: "empty"
        case .tooLarge: "too large"
        case .unsupported: "unsupported"
        case .notText: "not text"
        case .damaged: "damaged"
        case .encrypted: "encrypted"
        case .noTextLayer: "no text layer"
        case .allTextHidden: "all text hidden"
        case .invalidJSON: "invalid JSON"
        case .emptyResume: "empty resume"
        case .notClaimedFormat: "not the format it claims"
        case .unreadable: "unreadable"
        case .tooDeep: "too deeply nested"
        case .tooManyElements: "too many elements"
        }
    }

    /// True when the file itself could not be opened (exit 66) rather than analyzed (exit 65).
    public var isUnreadable: Bool {
        if case .unreadable = self { return true }
        return false
    }

    /// A sentence for the user: what is wrong, then what to do about it.
    public var message: String {
        switch self {
        case .empty:
            "the file is empty; export the resume again"
        case let .tooLarge(bytes, limit):
            (bytes.map { "the file is \($0 / 1_000_000) MB, over" } ?? "the input passes") + " the \(limit / 1_000_000) MB limit; "
                + "export a smaller file or raise --max-size"
        case let .unsupported(what):
            "\(what) is not a format skillgap reads; save the resume as PDF, DOCX, HTML, Markdown, plain text or JSON Resume"
        case let .notText(reason):
            "the file is not text (\(reason)); if it is a resume, save it as PDF, DOCX or UTF-8 text"
        case let .damaged(format, reason):
            "the \(format.rawValue) file is damaged (\(reason)); open it and export it again"
        case .encrypted:
            "the PDF is encrypted with a password; save an unprotected copy and try again"
        case .noTextLayer:
            "the PDF has no text layer (a scan or an image); export it from the original document or run OCR first"
        case let .allTextHidden(words):
            "all \(words) words of text in the file are hidden (white, tiny or off the page); there is nothing a reader would see"
        case let .invalidJSON(line, column, reason):
            "invalid JSON at line \(line), column \(column): \(reason); fix it or validate it with a JSON linter"
        case .emptyResume:
            "the JSON Resume has no content (every field is empty); fill it in before checking it"
        case let .notClaimedFormat(claimed, actual):
            "the file is named .\(claimed) but holds \(actual), so it is damaged or misnamed; export the resume again"
        case let .unreadable(reason):
            "cannot read the file (\(reason)); check the path and its permissions"
        case let .tooDeep(format, limit, line):
            "the \(format.rawValue) is nested more than \(limit) levels deep (line \(line)), far beyond any resume; "
                + "export it again, or raise --max-depth if the nesting is genuine"
        case let .tooManyElements(format, limit):
            "the \(format.rawValue) holds more than \(limit) values, far more than any resume; "
                + "export it again, or raise --max-elements if it is genuine"
        }
    }
}

/// Format names for messages, independent of detection.
public enum DocumentFormatName: String, Sendable {
    case pdf = "PDF", docx = "DOCX", html = "HTML", json = "JSON"
}
