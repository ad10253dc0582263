/// Something the reader of a report should know about how a document was read: what was left out and why.
public enum ExtractionWarning: Equatable, Sendable {
    /// Pages past the page limit were not analyzed.
    case pagesLimited(analyzed: Int, of: Int)
    /// Pages after the first `analyzed` were not read: those already held more text than is analyzed.
    case pagesCutAtCharacterLimit(analyzed: Int, characters: Int)
    /// A page poppler could not open.
    case pageUnreadable(page: Int)
    /// This share of the words (in percent) does not read as words: a PDF whose fonts lack a Unicode map.
    case garbledText(percent: Int)
    /// Only the first `characters` characters were analyzed.
    case charactersLimited(characters: Int)
    /// Only the first `limit` elements of the markup were read.
    case elementsLimited(markup: MarkupKind, limit: Int)
    /// The text was not in the encoding it should be, and was read as another.
    case decodedAs(TextEncodingGuess)
    /// Text that was present but invisible was left out.
    case hiddenText(HiddenText)

    /// The markup whose elements are counted against the element limit.
    public enum MarkupKind: String, Sendable {
        case html, docxXML
    }

    /// How text that was not plain UTF-8 was read.
    public enum TextEncodingGuess: String, Sendable {
        /// Bytes that are not valid UTF-8, read as Windows-1252.
        case windows1252
        /// UTF-16 without a byte-order mark.
        case utf16WithoutMark
    }
}
