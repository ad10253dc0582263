import Foundation

/// Assigns every block of a document to a canonical section and finds the contact details and links.
///
/// Headings are recognised from their wording (through `HeadingVocabulary`), from their markup or font, and
/// from inline labels ("Skills: Python, SQL"). A heading whose wording is unknown starts an `other` section
/// only when it looks like the section headings already recognised (same font or heading level), so a bold
/// company name does not end the experience section. Blocks before the first heading are contact details,
/// then a summary. Without any recognised heading, blocks are classified by what they say.
public struct Sectioner: Sendable {
    private let vocabulary: HeadingVocabulary
    private let contactFinder = ContactFinder()

    public init(vocabulary: HeadingVocabulary = .standard) {
        self.vocabulary = vocabulary
    }

    public func resume(from document: Document) -> Resume {
        var blocks = document.blocks
        let headings = blocks.map(sectionHeading)
        // Section headings share a style. Only headings named exactly ("EDUCATION", not "CORNELL
        // UNIVERSITY") vote, and a style needs two votes unless there is a single vote in all.
        var votes: [String: Int] = [:]
        for (block, heading) in zip(blocks, headings)
        where heading != nil && block.section == nil
            && vocabulary.exactSection(for: Self.strippedColon(block.text)) != nil
        {
            if let style = Self.style(of: block) { votes[style, default: 0] += 1 }
        }
        let sectionStyles = Set(votes.filter { $0.value >= 2 || votes.count == 1 }.keys)
        let foundAnyHeading = headings.contains { $0 != nil }

        var current: Section? = nil
        for index in blocks.indices {
            if blocks[index].section != nil {
                current = blocks[index].section
                continue
            }
            if let heading = headings[index] {
                current = heading
                blocks[index].kind = .heading
                blocks[index].startsSection = true
            } else if let label = inlineLabelSection(blocks[index]) {
                if label == .skills, let current,
                    EvidenceStrength(section: current) == .demonstrated
                {
                    // A job's or project's "Tools:" line is that job's evidence, not a skills section.
                    blocks[index].section = current
                    blocks[index].listsSkills = true
                } else {
                    blocks[index].section = label
                }
                continue
            } else if current != nil,
                blocks[index].kind == .heading || Self.isStandaloneStyledLine(blocks[index]),
                let style = Self.style(of: blocks[index]), sectionStyles.contains(style)
            {
                current = .other
            }
            blocks[index].section =
                current ?? (foundAnyHeading ? nil : SectionCues.section(of: blocks[index]))
        }
        assignTopOfDocument(&blocks)
        // Without headings, a block the cues cannot place stays with the block before it.
        var previous = Section.other
        for index in blocks.indices {
            if let section = blocks[index].section {
                previous = section
            } else {
                blocks[index].section = previous
            }
        }

        return Resume(
            document: document, blocks: blocks,
            contact: contactFinder.contact(in: blocks),
            links: contactFinder.links(in: blocks, targets: document.linkTargets))
    }

    /// The section a block names when it is a heading, or nil when it is not one.
    func sectionHeading(_ block: Block) -> Section? {
        let text = block.text
        guard text.count <= 60, !text.isEmpty else { return nil }
        let words = text.wordCount
        guard words <= 6 else { return nil }
        if block.kind == .heading || (block.font?.bold ?? false) || text.isAllCaps {
            return vocabulary.section(for: text)
        }
        // A short Title Case line with no sentence punctuation ("Selected Research Projects") names a section
        // through a keyword even when the format gave it no heading style.
        if block.kind == .paragraph, words <= 4, Self.isTitleCase(text),
            !text.contains(where: { ".,;!?".contains($0) })
        {
            return vocabulary.section(for: text, keywordLast: true)
        }
        // A plain line is a heading only when it is nothing but a heading's words ("Work Experience:").
        let trimmed = Self.strippedColon(text)
        guard !trimmed.contains(":"), block.kind != .listItem else { return nil }
        return vocabulary.exactSection(for: trimmed)
    }

    private static func strippedColon(_ text: String) -> String {
        text.hasSuffix(":") ? String(text.dropLast()) : text
    }

    /// "Skills: Python, SQL" or "Technical Skills — Python": a block that starts with a heading's words
    /// before its first colon, dash or bar.
    public func inlineLabelSection(_ block: Block) -> Section? {
        // Labels are short: look for the separator in the first 50 bytes only.
        let prefix = block.text.utf8.prefix(50)
        let separators: [[UInt8]] = [[0x3A], [0x7C], Array("—".utf8), Array("–".utf8)]
        var cut: Int?
        var index = 0
        let bytes = Array(prefix)
        while index < bytes.count, cut == nil {
            for separator in separators where bytes[index...].starts(with: separator) {
                cut = index
                break
            }
            index += 1
        }
        guard let cut, cut > 0 else { return nil }
        let label = String(decoding: bytes[..<cut], as: UTF8.self).trimmingSpaces
        guard !label.isEmpty, label.wordCount <= 4 else { return nil }
        return vocabulary.exactSection(for: String(label))
    }

    /// Blocks before the first section: the name and contact lines, then any summary paragraph.
    private func assignTopOfDocument(_ blocks: inout [Block]) {
        var index = 0
        var inContact = true
        while index < blocks.count, blocks[index].section == nil {
            let text = blocks[index].text
            let words = text.wordCount
            if inContact, index > 1, words > 12, !SectionCues.looksLikeContact(text) {
                inContact = false
            }
            blocks[index].section = inContact ? .contact : .summary
            index += 1
        }
    }

    /// The visual signature that section headings of one document share.
    static func style(of block: Block) -> String? {
        if let level = block.headingLevel { return "h\(level)" }
        guard let font = block.font else { return nil }
        let size = (font.size * 2).rounded() / 2
        return "\(size)|\(font.bold)|\(block.text.isAllCaps)"
    }

    private static func isStandaloneStyledLine(_ block: Block) -> Bool {
        block.kind != .listItem && block.text.wordCount <= 5
            && (block.font?.bold ?? false)
    }

    /// Every word starts with a capital, except short joining words ("of", "and", "&").
    static func isTitleCase(_ text: String) -> Bool {
        text.split(separator: " ").allSatisfy { word in
            word.first?.isUppercase == true
                || word.count <= 3 && !word.contains(where: \.isUppercase)
        }
    }
}
