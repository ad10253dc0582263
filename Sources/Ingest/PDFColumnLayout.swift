/// Puts the segments of one page into reading order, column by column.
///
/// A page has two columns when a vertical gutter splits its segments into a left and a right group, each
/// holding a fair share of the text, few segments cross it, and the right group's segments start at a
/// common left edge (within an indent). That last test tells a real column from right-aligned dates beside a one-column body.
struct PDFColumnLayout {
    struct Page {
        /// Lines in reading order; each line holds the segments that share a baseline in one column.
        var lines: [[PDFSegment]]
        var twoColumns: Bool
    }

    func order(_ segments: [PDFSegment], pageWidth: Double) -> Page {
        guard segments.count >= 8, let gutter = gutter(of: segments, pageWidth: pageWidth) else {
            return Page(lines: sameLineGroups(segments, keepOrder: true), twoColumns: false)
        }
        var left: [PDFSegment] = []
        var right: [PDFSegment] = []
        var crossing: [PDFSegment] = []
        for segment in segments {
            if segment.x1 <= gutter {
                left.append(segment)
            } else if segment.x0 >= gutter {
                right.append(segment)
            } else {
                crossing.append(segment)
            }
        }
        // The columns begin where both have begun; anything higher is a header read first.
        let columnTop = max(left.map(\.y0).min() ?? 0, right.map(\.y0).min() ?? 0) - 1
        let above = segments.filter { $0.midY < columnTop }
        let below = crossing.filter { $0.midY >= columnTop }
        left.removeAll { $0.midY < columnTop }
        right.removeAll { $0.midY < columnTop }
        var lines = sameLineGroups(above, keepOrder: false)
        lines += sameLineGroups(left, keepOrder: false)
        lines += sameLineGroups(right, keepOrder: false)
        lines += sameLineGroups(below, keepOrder: false)
        return Page(lines: lines, twoColumns: true)
    }

    /// The x of the best vertical gutter, or nil for a one-column page.
    func gutter(of segments: [PDFSegment], pageWidth: Double) -> Double? {
        let totalCharacters = segments.reduce(0) { $0 + $1.characters }
        var best: (x: Double, crossing: Int)?
        var x = pageWidth * 0.2
        while x <= pageWidth * 0.8 {
            var crossing = 0
            var leftCharacters = 0
            var rightCharacters = 0
            var leftCount = 0
            var rightCount = 0
            for segment in segments {
                if segment.x1 <= x {
                    leftCharacters += segment.characters
                    leftCount += 1
                } else if segment.x0 >= x {
                    rightCharacters += segment.characters
                    rightCount += 1
                } else {
                    crossing += 1
                }
            }
            let balanced =
                leftCount >= 4 && rightCount >= 4
                && leftCharacters * 100 >= totalCharacters * 8
                && rightCharacters * 100 >= totalCharacters * 8
            if balanced, crossing < (best?.crossing ?? Int.max) { best = (x, crossing) }
            x += 2
        }
        guard let best, best.crossing <= max(2, segments.count * 8 / 100) else { return nil }
        // A real column starts its lines at one left edge (bullets and wrapped lines indent a little);
        // right-aligned dates beside a one-column body start wherever their length puts them.
        let starts = segments.filter { $0.x0 >= best.x }.map(\.x0).sorted()
        let edge = starts[starts.count / 10]
        let aligned = starts.filter { $0 >= edge - 2 && $0 <= edge + 30 }.count
        guard aligned * 2 >= starts.count else { return nil }
        return best.x
    }

    /// Groups segments that share a baseline into lines, left to right.
    /// `keepOrder` keeps poppler's line order (one-column pages); otherwise lines are sorted top to bottom.
    func sameLineGroups(_ segments: [PDFSegment], keepOrder: Bool) -> [[PDFSegment]] {
        let ordered = keepOrder ? segments : segments.sorted { ($0.midY, $0.x0) < ($1.midY, $1.x0) }
        var lines: [[PDFSegment]] = []
        for segment in ordered {
            if var last = lines.last, let anchor = last.first,
                abs(anchor.midY - segment.midY) <= max(2, min(anchor.height, segment.height) * 0.4)
            {
                last.append(segment)
                last.sort { $0.x0 < $1.x0 }
                lines[lines.count - 1] = last
            } else {
                lines.append([segment])
            }
        }
        return lines
    }
}
