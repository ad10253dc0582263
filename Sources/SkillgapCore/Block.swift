/// One unit of text in reading order: a heading, a paragraph or a list item, with where it stands.
public struct Block: Equatable, Sendable {
    /// Heading, paragraph or list item.
    public var kind: BlockKind
    /// Normalized text of the block, on one line.
    public var text: String
    /// 1-based page number (1 for formats without pages).
    public var page: Int
    /// 1-based line: the line on its page for PDF, the source line for text, Markdown and HTML,
    /// the paragraph number for DOCX and the entry number for JSON Resume.
    public var line: Int
    /// Font size and weight, where the format has them (PDF).
    public var font: FontHint?
    /// The canonical section the block belongs to. Extractors set it only when the document's structure
    /// says so (JSON Resume); the sectioner fills in the rest.
    public var section: Section?
    /// Set by the sectioner on a heading that names a section ("EXPERIENCE"); such a heading is structure,
    /// not evidence of a skill.
    public var startsSection = false
    /// A line that lists skills under a label ("Tech Stack: Go, Redis") inside a job or project: it is that
    /// job's evidence, so it keeps the job's section, and is read as a skills list.
    public var listsSkills = false
    /// The heading level the markup gave (HTML `h1`..`h6`, Markdown `#`, DOCX `Heading 1`), if any.
    public var headingLevel: Int?

    public init(
        kind: BlockKind, text: String, page: Int = 1, line: Int, font: FontHint? = nil,
        section: Section? = nil, headingLevel: Int? = nil
    ) {
        self.kind = kind
        self.text = text
        self.page = page
        self.line = line
        self.font = font
        self.section = section
        self.headingLevel = headingLevel
    }
}
