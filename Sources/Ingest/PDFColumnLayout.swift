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
        // A line of each column read as one run across a narrow gutter: cut where the right column's lines
        // start, and each part goes to its column.
        let starts = right.map(\.x0).sorted()
        if !starts.isEmpty {
            let columnStart = starts[starts.count / 10]
            crossing.removeAll { segment in
                guard let (leftPart, rightPart) = segment.split(atColumnStart: columnStart) else {
                    return false
                }
                left.append(leftPart)
                right.append(rightPart)
                return true
            }
        }
        // A header spans the gutter (a centred name, a long contact line): everything up to its last line is
        // read first. Above where both columns have begun, a few more lines are part of the header too (a name
        // on the left, a contact block on the right); more than that is the start of one column, which must not
        // be read before the other column (its first heading would move into the wrong column).
        let columnTop = max(left.map(\.y0).min() ?? 0, right.map(\.y0).min() ?? 0) - 1
        var headerBottom =
            crossing.filter { $0.midY < columnTop }.map(\.y1).max() ?? -Double
            .greatestFiniteMagnitude
        let loose = (left + right).filter { $0.midY < columnTop && $0.midY > headerBottom }
        if sameLineGroups(loose, keepOrder: false).count <= 3 {
            headerBottom = max(headerBottom, columnTop)
        }
        let above = segments.filter { $0.midY < headerBottom }
        let below = crossing.filter { $0.midY >= headerBottom }
        left.removeAll { $0.midY < headerBottom }
        right.removeAll { $0.midY < headerBottom }
        var lines = sameLineGroups(above, keepOrder: false)
        lines += sameLineGroups(left, keepOrder: false)
        lines += sameLineGroups(right, keepOrder: false)
        lines += sameLineGroups(below, keepOrder: false)
        return Page(lines: lines, twoColumns: true)
    }

    /// The x of the best vertical gutter, or nil for a one-column page.
    func gutter(of segments: [PDFSegment], pageWidth: Double) -> Double? {
        let totalCharacters = segments.reduce(0) { $0 + $1.characters }
        // Every balanced x with its crossing count; the gutter is the middle of the widest run of x's with the
        // fewest crossings, not the first of them: a long line of the left column can leave a narrow gap inside
        // that column that crosses as little as the true gutter does.
        var candidates: [(x: Double, crossing: Int)] = []
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
            if balanced { candidates.append((x, crossing)) }
            x += 2
        }
        guard let fewest = candidates.map(\.crossing).min(),
            fewest <= max(2, segments.count * 8 / 100)
        else { return nil }
        var runs: [(start: Double, end: Double)] = []
        for candidate in candidates where candidate.crossing == fewest {
            if let last = runs.last, candidate.x - last.end <= 2.01 {
                runs[runs.count - 1].end = candidate.x
            } else {
                runs.append((candidate.x, candidate.x))
            }
        }
        let widest = runs.max { ($0.end - $0.start) < ($1.end - $1.start) }!
        let best = (x: ((widest.start + widest.end) / 2 / 2).rounded() * 2, crossing: fewest)
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
