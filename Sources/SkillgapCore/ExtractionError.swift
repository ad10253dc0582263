/// Why a file could not be read into a document. The sentence a user reads is written by `Reports`; the
/// string parameters are details quoted in it (what the bytes are, what a library said).
public enum ExtractionError: Error, Equatable, Codable, Sendable {
    case empty
    /// `bytes` is nil for a stream, whose size is known only to pass the limit.
    case tooLarge(bytes: Int?, limit: Int)
    /// Bytes of a format skillgap does not read; `what` names it ("a ZIP archive without word/document.xml").
    case unsupported(what: String)
    case notText(NotTextReason)
    /// A file of a known format that cannot be parsed; `reason` is the detail.
    case damaged(format: DocumentFormatName, reason: String)
    case encrypted
    case noTextLayer
    case allTextHidden(words: Int)
    case invalidJSON(line: Int, column: Int, reason: String)
    case emptyResume
    case notClaimedFormat(claimed: String, actual: String)
    case unreadable(UnreadableReason)
    case tooDeep(format: DocumentFormatName, limit: Int, line: Int)
    case tooManyElements(format: DocumentFormatName, limit: Int)
    /// A library the format needs (libxml2, for HTML and DOCX) could not be loaded: not installed, most likely.
    case libraryMissing(format: DocumentFormatName, library: String, reason: String)

    /// Why bytes are not text.
    public enum NotTextReason: Equatable, Codable, Sendable {
        case invalidAfterUTF8Mark
        case invalidAfterUTF16Mark
        case nulBytes
    }

    /// Why a file could not be opened or read at all.
    public enum UnreadableReason: Equatable, Codable, Sendable {
        case noSuchFile
        /// A name that is not UTF-8 (a Latin-1 name from an old archive), which Swift cannot open.
        case nameNotUTF8
        case isFolder
        case permissionDenied
        /// Reading failed; `detail` is the system's description, when there is one.
        case readFailed(detail: String?)
    }

    /// The short, stable code used in batch rows and summaries ("damaged", "encrypted", ...).
    public var code: String {
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
        case .libraryMissing: "library missing"
        }
    }

    /// True when the file itself could not be opened (exit 66) rather than analyzed (exit 65).
    public var isUnreadable: Bool {
        if case .unreadable = self { return true }
        return false
    }

    /// True when a library skillgap needs is missing (exit 69), not anything about the file.
    public var isLibraryMissing: Bool {
        if case .libraryMissing = self { return true }
        return false
    }
}

/// Format names for messages, independent of detection.
public enum DocumentFormatName: String, Codable, Sendable {
    case pdf = "PDF"
    case docx = "DOCX"
    case html = "HTML"
    case json = "JSON"
}
