import SkillgapCore

extension ExtractionWarning {
    /// The warning as a reader sees it in a report.
    public var sentence: String {
        switch self {
        case .pagesLimited(let analyzed, let total):
            "only the first \(analyzed) of \(total) pages were analyzed"
        case .pagesCutAtCharacterLimit(let analyzed, let characters):
            "only the first \(analyzed) pages were analyzed: they hold more text than the \(characters) characters analyzed"
        case .pageUnreadable(let page):
            "page \(page) could not be read"
        case .garbledText(let percent):
            "\(percent)% of the text does not read as words; the PDF's fonts may lack a Unicode map"
        case .charactersLimited(let characters):
            "only the first \(characters) characters were analyzed"
        case .elementsLimited(.html, let limit):
            "only the first \(limit) HTML elements were read"
        case .elementsLimited(.docxXML, let limit):
            "only the first \(limit) XML elements of the document were read"
        case .decodedAs(.windows1252):
            "the file is not valid UTF-8; it was read as Windows-1252"
        case .decodedAs(.utf16WithoutMark):
            "the file has no byte-order mark; it was read as UTF-16"
        case .hiddenText(let hidden):
            "\(hidden.words) words of hidden text (\(HiddenTextReason.phrases(hidden.reasons))) were left out: \"\(hidden.sample)\""
        }
    }
}
