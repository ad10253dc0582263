import Foundation
import SkillgapCore

/// Reads plain text. Headings are short all-caps lines, lines underlined with `===` or `---`, and short lines
/// ending in a colon; list items start with a bullet or a number; a hard-wrapped line that continues a
/// paragraph or an item is joined to it.
struct TextExtractor: Extractor {
    /// How much text is read and analyzed.
    var characterLimit = CharacterLimit(characters: Int.max)

    func extract(_ data: Data) throws -> Document {
        let (text, warnings) = try TextDecoder.decode(data).forAnalysis(within: characterLimit)
        let blocks = Self.blocks(fromLines: EscapedBytes.decode(text))
        guard !blocks.isEmpty else { throw ExtractionError.empty }
        return Document(format: .text, blocks: blocks, warnings: warnings)
    }

    static func blocks(fromLines text: String) -> [Block] {
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
        )
        .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        var blocks: [Block] = []
        var previousLineWasBlank = true
        for (index, raw) in lines.enumerated().flatMap({ line in
            unflattened(line.element).map { (line.offset, $0) }
        }) {
            if ListMarker.isRule(raw) {
                // An underline turns the line above into a heading.
                if !previousLineWasBlank, let last = blocks.last, last.line == index,
                    last.kind != .listItem
                {
                    blocks[blocks.count - 1].kind = .heading
                }
                previousLineWasBlank = true
                continue
            }
            let text = TextNormalizer.normalize(String(raw))
            if text.isEmpty {
                previousLineWasBlank = true
                continue
            }
            defer { previousLineWasBlank = false }
            if let item = ListMarker.stripped(raw) {
                blocks.append(
                    Block(
                        kind: .listItem, text: TextNormalizer.normalize(String(item)),
                        line: index + 1))
                continue
            }
            let indented = raw.first == " " || raw.first == "\t"
            if !previousLineWasBlank, let last = blocks.last, last.kind != .heading,
                (last.kind == .listItem && indented)
                    || (last.kind == .paragraph && continues(last.text, text))
            {
                blocks[blocks.count - 1].text += " " + text
                continue
            }
            blocks.append(
                Block(kind: isHeading(text) ? .heading : .paragraph, text: text, line: index + 1))
        }
        return blocks
    }

    /// A whole document flattened onto one line, its line breaks turned into runs of spaces (as some exports
    /// and datasets store a CV), is read as the lines it was: two or three spaces end a line, four or more a
    /// paragraph (an empty line between). A line under 1,000 characters, or with few such runs, is itself.
    static func unflattened(_ line: Substring) -> [Substring] {
        guard line.utf8.count >= 1000 else { return [line] }
        var pieces: [Substring] = []
        var start = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            guard line[index] == " " else {
                index = line.index(after: index)
                continue
            }
            let runEnd = line[index...].firstIndex(where: { $0 != " " }) ?? line.endIndex
            let run = line.distance(from: index, to: runEnd)
            if run >= 2 {
                pieces.append(line[start..<index])
                if run >= 4 { pieces.append("") }
                start = runEnd
            }
            index = runEnd
        }
        pieces.append(line[start...])
        // A long line with a few double spaces after full stops is prose, not a flattened document.
        return pieces.count >= 12 ? pieces : [line]
    }

    /// A paragraph's wrapped line: the paragraph ran long and the new line starts in lower case.
    private static func continues(_ paragraph: String, _ line: String) -> Bool {
        // utf8.count is O(1); count walks the whole paragraph, which made a long one quadratic to build.
        paragraph.utf8.count >= 50 && line.first?.isLowercase == true
    }

    static func isHeading(_ text: String) -> Bool {
        let words = text.wordCount
        guard words <= 6, text.count <= 50 else { return false }
        if text.hasSuffix(":"), words <= 5 { return true }
        return text.isAllCaps && !text.contains("@") && text.filter(\.isNumber).count < 4
    }
}
