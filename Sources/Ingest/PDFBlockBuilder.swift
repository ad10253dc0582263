import SkillgapCore

/// Turns the ordered lines of a PDF into blocks: list items (from their bullet), headings (larger or bold
/// short lines, or all-caps ones) and paragraphs, joining the wrapped lines of one item or paragraph.
struct PDFBlockBuilder {
    /// The size most of the document's text is set in.
    let bodySize: Double

    private struct Line {
        var text: String
        var segment: PDFSegment
        var isBullet: Bool
        /// Segments joined into this line; more than one means a tabular line (title ... date).
        var parts: Int
    }

    func blocks(page: Int, lines: [[PDFSegment]]) -> [Block] {
        var blocks: [Block] = []
        var previous: (line: Line, blockIndex: Int)?
        let extents = lines.map { (x0: $0.first?.x0 ?? 0, x1: $0.last?.x1 ?? 0) }
        var lineNumber = 0
        for (lineIndex, segments) in lines.enumerated() {
            var merged = segments[0]
            for extra in segments.dropFirst() { merged.absorb(extra) }
            var text = TextNormalizer.normalize(merged.text)
            guard !text.isEmpty else { continue }
            lineNumber += 1
            var isBullet = false
            if let first = text.first, ListMarker.bullets.contains(first),
                text.count == 1 || text.dropFirst().first == " "
            {
                isBullet = true
                text = String(text.dropFirst().trimmingSpaces)
                if text.isEmpty { continue }
            }
            let line = Line(text: text, segment: merged, isBullet: isBullet, parts: segments.count)
            let font = FontHint(size: merged.fontSize, bold: merged.isBold)
            if let last = previous, !isBullet, blocks[last.blockIndex].kind != .heading,
                continues(
                    last.line, with: line,
                    rightEdge: { Self.rightEdge(of: extents, near: extents[lineIndex].x0) })
            {
                blocks[last.blockIndex].text = Self.join(blocks[last.blockIndex].text, text)
                previous = (line, last.blockIndex)
                continue
            }
            let kind: BlockKind = isBullet ? .listItem : (isHeading(line) ? .heading : .paragraph)
            blocks.append(Block(kind: kind, text: text, page: page, line: lineNumber, font: font))
            previous = (line, blocks.count - 1)
        }
        return blocks
    }

    /// The right edge of the text column that starts near `x0`: the furthest right any line starting
    /// there reaches.
    private static func rightEdge(of extents: [(x0: Double, x1: Double)], near x0: Double) -> Double
    {
        extents.filter { abs($0.x0 - x0) <= 24 }.map(\.x1).max() ?? 0
    }

    /// Whether `line` is the wrapped continuation of `previous`: same style, close below it, not indented
    /// less, `previous` ran to the column's right edge (it wrapped), and neither is a tabular line.
    private func continues(_ previous: Line, with line: Line, rightEdge: () -> Double) -> Bool {
        let above = previous.segment
        let below = line.segment
        let gap = below.y0 - above.y1
        return previous.parts == 1 && line.parts == 1
            && abs(above.fontSize - below.fontSize) < 0.6
            && above.isBold == below.isBold
            && gap > -1 && gap < max(above.height, below.height) * 0.8
            && below.x0 >= above.x0 - 3
            && above.x1 >= rightEdge() - above.fontSize * 2.5
    }

    private func isHeading(_ line: Line) -> Bool {
        let words = line.text.wordCount
        guard words <= 8, line.text.count <= 70, !line.text.hasSuffix("."),
            line.text.first(where: \.isLetter)?.isUppercase == true
        else { return false }
        if line.segment.fontSize >= bodySize * 1.15 { return true }
        if line.segment.isBold, words <= 6 { return true }
        // An all-caps line is a heading; a lone acronym ("SQL", "AWS") in a skills list is not.
        return words <= 5 && line.text.isAllCaps && !line.text.contains(where: \.isNumber)
            && (words > 1 || line.text.lazy.filter(\.isLetter).count >= 5)
    }

    /// Joins a wrapped line to what came before. A line that ends in a hyphen after a letter is joined
    /// without a space and keeps its hyphen, so "scikit-" + "learn" reads "scikit-learn".
    static func join(_ head: String, _ tail: String) -> String {
        if head.hasSuffix("-"), head.dropLast().last?.isLetter == true, tail.first?.isLetter == true
        {
            return head + tail
        }
        return head + " " + tail
    }
}
