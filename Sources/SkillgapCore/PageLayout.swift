/// How the text of a paged document is laid out, as the extractor read it.
public enum PageLayout: String, Codable, CaseIterable, Sendable {
    /// Every page reads top to bottom in one column.
    case oneColumn
    /// At least one page has two columns, read one after the other.
    case twoColumns
}
