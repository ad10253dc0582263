/// What an extractor read from one file: blocks in reading order plus the facts about how it read them.
/// It says nothing about what the text means; the sectioner decides that.
public struct Document: Sendable {
    /// The format the bytes were recognised as.
    public var format: DocumentFormat
    /// Number of pages (1 for formats without pages).
    public var pages: Int
    /// Blocks in reading order.
    public var blocks: [Block]
    /// Link targets found in the markup (HTML `href`, DOCX relationships, Markdown links, JSON Resume URLs),
    /// which the visible text may not show: a GitHub icon is still a GitHub link.
    public var linkTargets: [String]
    /// Page layout as read, or nil when the format has no pages to lay out.
    public var layout: PageLayout?
    /// Text that was present but not visible, kept out of `blocks`.
    public var hiddenText: HiddenText
    /// Things the reader should know about the extraction.
    public var warnings: [ExtractionWarning]

    public init(
        format: DocumentFormat, pages: Int = 1, blocks: [Block], linkTargets: [String] = [],
        layout: PageLayout? = nil, hiddenText: HiddenText = HiddenText(),
        warnings: [ExtractionWarning] = []
    ) {
        self.format = format
        self.pages = pages
        self.blocks = blocks
        self.linkTargets = linkTargets
        self.layout = layout
        self.hiddenText = hiddenText
        self.warnings = warnings
    }

    /// The number of words in the visible text.
    public var wordCount: Int {
        // Block text is normalized to single spaces, so words are spaces plus one.
        blocks.reduce(0) { count, block in
            block.text.isEmpty
                ? count : count + 1 + block.text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
        }
    }
}
