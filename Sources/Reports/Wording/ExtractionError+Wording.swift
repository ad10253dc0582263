import SkillgapCore

extension ExtractionError {
    /// A sentence for the user: what is wrong, then what to do about it.
    public var message: String {
        switch self {
        case .empty:
            "the file is empty; export it again"
        case .tooLarge(let bytes, let limit):
            (bytes.map { "the file is \($0 / 1_000_000) MB, over" } ?? "the input passes")
                + " the \(limit / 1_000_000) MB limit; "
                + "export a smaller file or raise --max-size"
        case .unsupported(let what):
            "\(what) is not a format skillgap reads; save the resume as PDF, DOCX, HTML, Markdown, plain text or JSON Resume"
        case .notText(let reason):
            "the file is not text (\(reason.phrase)); if it is a resume, save it as PDF, DOCX or UTF-8 text"
        case .damaged(let format, let reason):
            "the \(format.rawValue) file is damaged (\(reason)); open it and export it again"
        case .encrypted:
            "the PDF is encrypted with a password; save an unprotected copy and try again"
        case .noTextLayer:
            "the PDF has no text layer (a scan or an image); export it from the original document or run OCR first"
        case .allTextHidden(let words):
            "all \(words) words of text in the file are hidden (white, tiny or off the page); there is nothing a reader would see"
        case .invalidJSON(let line, let column, let reason):
            "invalid JSON at line \(line), column \(column): \(reason); fix it or validate it with a JSON linter"
        case .emptyResume:
            "the JSON Resume has no content (every field is empty); fill it in before checking it"
        case .notClaimedFormat(let claimed, let actual):
            "the file is named .\(claimed) but holds \(actual), so it is damaged or misnamed; export it again"
        case .unreadable(let reason):
            "cannot read the file (\(reason.phrase)); check the path and its permissions"
        case .tooDeep(let format, let limit, let line):
            "the \(format.rawValue) is nested more than \(limit) levels deep (line \(line)), far beyond any resume; "
                + "export it again, or raise --max-depth if the nesting is genuine"
        case .tooManyElements(let format, let limit):
            "the \(format.rawValue) holds more than \(limit) values, far more than any resume; "
                + "export it again, or raise --max-elements if it is genuine"
        case .libraryMissing(let format, let library, let reason):
            "reading \(format.rawValue) needs \(library), which could not be loaded (\(reason)); "
                + "install libxml2 (Debian, Ubuntu: apt-get install libxml2)"
        }
    }
}

extension ExtractionError.NotTextReason {
    var phrase: String {
        switch self {
        case .invalidAfterUTF8Mark: "it starts with a UTF-8 byte-order mark but is not valid UTF-8"
        case .invalidAfterUTF16Mark:
            "it starts with a UTF-16 byte-order mark but is not valid UTF-16"
        case .nulBytes: "it contains NUL bytes, so it is binary"
        }
    }
}

extension ExtractionError.UnreadableReason {
    var phrase: String {
        switch self {
        case .noSuchFile: "no such file"
        case .nameNotUTF8: "its name is not valid UTF-8; rename it, for example with convmv"
        case .isFolder: "it is a folder; name a file, or use `skillgap batch` for folders"
        case .permissionDenied: "permission denied"
        case .readFailed(let detail): detail.map { "read failed (\($0))" } ?? "read failed"
        }
    }
}
