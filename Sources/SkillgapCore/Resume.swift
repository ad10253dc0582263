/// A document whose blocks know their section, with the contact details and links found in it.
public struct Resume: Sendable {
    /// What the extractor read.
    public var document: Document
    /// The document's blocks, each with its canonical `section` set.
    public var blocks: [Block]
    public var contact: Contact
    public var links: [Link]

    public init(document: Document, blocks: [Block], contact: Contact, links: [Link]) {
        self.document = document
        self.blocks = blocks
        self.contact = contact
        self.links = links
    }

    /// The sections that hold at least one block, in the order they first appear.
    public var sectionsFound: [Section] {
        var seen = Set<Section>()
        return blocks.compactMap {
            seen.insert($0.section ?? .other).inserted ? $0.section ?? .other : nil
        }
    }
}
