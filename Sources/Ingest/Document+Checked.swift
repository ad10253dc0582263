import SkillgapCore

extension Document {
    /// A document from what an extractor saw, or the error for seeing nothing: `allTextHidden` when every
    /// word was hidden, `nothingVisible` otherwise. Hidden text adds its warning.
    static func checked(
        format: DocumentFormat, pages: Int = 1, blocks: [Block], linkTargets: [String] = [],
        layout: PageLayout? = nil, hiddenText: HiddenText, warnings: [ExtractionWarning] = [],
        nothingVisible: ExtractionError = .empty
    ) throws -> Document {
        guard !blocks.isEmpty else {
            if hiddenText.words > 0 { throw ExtractionError.allTextHidden(words: hiddenText.words) }
            throw nothingVisible
        }
        return Document(
            format: format, pages: pages, blocks: blocks, linkTargets: linkTargets, layout: layout,
            hiddenText: hiddenText,
            warnings: warnings + (hiddenText.words > 0 ? [.hiddenText(hiddenText)] : []))
    }
}
