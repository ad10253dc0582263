/// A run of visible characters on one text line of a PDF page, unbroken by a wide horizontal gap.
/// Two-column pages are put back into reading order from these.
struct PDFSegment {
    /// The segment's text as UTF-8 while it grows: appending bytes costs a fraction of appending to a String,
    /// and a page appends every character.
    private var utf8: [UInt8] = []

    /// The segment's text.
    var text: String {
        get { String(decoding: utf8, as: UTF8.self) }
        set {
            utf8 = Array(newValue.utf8)
            scalarCount = newValue.unicodeScalars.count
        }
    }
    var x0 = Double.greatestFiniteMagnitude
    var y0 = Double.greatestFiniteMagnitude
    var x1 = -Double.greatestFiniteMagnitude
    var y1 = -Double.greatestFiniteMagnitude
    /// Characters counted per font size (rounded to half points), to find the dominant size: a short list, as
    /// a line has a size or two (a dictionary hashed every character).
    var sizeCounts: [(size: Double, count: Int)] = []
    /// The number of scalars in `text`, kept as they are appended (counting them again is linear).
    private(set) var scalarCount = 0
    var boldCharacters = 0
    var characters = 0
    /// The right edge of the last non-space character, to measure gaps.
    var lastX2 = 0.0
    /// Gaps between consecutive non-space characters, to rejoin letter-spaced words.
    var gaps: [Double] = []
    /// Gaps wider than a word space (0.8 of the font size): where a line of a left column and the line beside
    /// it, set close together, may be cut at the gutter. `offset` is where the right part starts in `text`.
    var wideGaps: [(offset: Int, left: Double, right: Double)] = []

    var isEmpty: Bool { characters == 0 }
    var width: Double { x1 - x0 }
    var midY: Double { (y0 + y1) / 2 }
    var height: Double { y1 - y0 }

    var fontSize: Double {
        sizeCounts.max { $0.count < $1.count || ($0.count == $1.count && $0.size < $1.size) }?.size
            ?? 0
    }

    var isBold: Bool { characters > 0 && boldCharacters * 10 >= characters * 6 }

    mutating func append(
        _ scalar: Unicode.Scalar, x0: Double, y0: Double, x1: Double, y1: Double,
        size: Double, bold: Bool
    ) {
        if characters > 0 {
            gaps.append(x0 - lastX2)
            if x0 - lastX2 >= size * 0.8 {
                wideGaps.append((scalarCount, lastX2, x0))
            }
        }
        if scalar.isASCII {
            utf8.append(UInt8(scalar.value))
        } else {
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        }
        scalarCount += 1
        self.x0 = min(self.x0, x0)
        self.y0 = min(self.y0, y0)
        self.x1 = max(self.x1, x1)
        self.y1 = max(self.y1, y1)
        lastX2 = x1
        addSize((size * 2).rounded() / 2, 1)
        characters += 1
        if bold { boldCharacters += 1 }
    }

    /// Adds `number` characters of font size `size` to `sizeCounts`.
    private mutating func addSize(_ size: Double, _ number: Int) {
        if let index = sizeCounts.firstIndex(where: { $0.size == size }) {
            sizeCounts[index].count += number
        } else {
            sizeCounts.append((size, number))
        }
    }

    mutating func appendSpace() {
        if let last = utf8.last, last != 0x20 {
            utf8.append(0x20)
            scalarCount += 1
        }
    }

    /// The two parts of this segment, cut at a gap wider than a word space whose far side is where the right
    /// column's lines start (`columnStart`, within 3 pt); nil when there is no such gap.
    func split(atColumnStart columnStart: Double) -> (left: PDFSegment, right: PDFSegment)? {
        guard let gap = wideGaps.first(where: { abs($0.right - columnStart) <= 3 }) else {
            return nil
        }
        let scalars = Array(text.unicodeScalars)
        guard gap.offset > 0, gap.offset < scalars.count else { return nil }
        func part(_ range: Range<Int>, x0: Double, x1: Double) -> PDFSegment {
            var piece = self
            piece.text = String(String.UnicodeScalarView(scalars[range])).trimmingSpaces.description
            piece.x0 = x0
            piece.x1 = x1
            piece.characters = max(1, piece.text.unicodeScalars.filter { $0 != " " }.count)
            piece.boldCharacters =
                characters > 0 ? boldCharacters * piece.characters / characters : 0
            piece.wideGaps = []
            piece.gaps = []
            return piece
        }
        return (
            part(0..<gap.offset, x0: x0, x1: gap.left),
            part(gap.offset..<scalars.count, x0: gap.right, x1: x1)
        )
    }

    /// Merges another segment of the same line into this one, with a space between.
    mutating func absorb(_ other: PDFSegment) {
        utf8.append(0x20)
        utf8 += other.utf8
        x0 = min(x0, other.x0)
        y0 = min(y0, other.y0)
        x1 = max(x1, other.x1)
        y1 = max(y1, other.y1)
        for (size, number) in other.sizeCounts { addSize(size, number) }
        scalarCount += 1 + other.scalarCount
        boldCharacters += other.boldCharacters
        characters += other.characters
        lastX2 = max(lastX2, other.lastX2)
    }

    /// The text with letter-spaced words ("J A R E D   S M I T H") rejoined from the character gaps:
    /// when most characters are single letters between spaces, a gap well above the typical gap is a
    /// word break and the others are letter spacing.
    var textWithLetterSpacingRejoined: String {
        let text = self.text
        // Most segments have no single-letter tokens at all; skip them without splitting.
        guard characters >= 4, gaps.count >= 3, text.utf8.contains(UInt8(ascii: " ")) else {
            return text
        }
        // A cheap bound first, over the bytes: a token can be a single letter only if it is one ASCII byte or
        // holds non-ASCII bytes (an accented letter, written decomposed or not).
        var tokenCount = 0
        var possiblySingle = 0
        var length = 0
        var ascii = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                if length > 0 {
                    tokenCount += 1
                    if length == 1 || !ascii { possiblySingle += 1 }
                }
                length = 0
                ascii = true
            } else {
                length += 1
                if byte >= 0x80 { ascii = false }
            }
        }
        if length > 0 {
            tokenCount += 1
            if length == 1 || !ascii { possiblySingle += 1 }
        }
        guard tokenCount >= 4, possiblySingle * 10 >= tokenCount * 8 else { return text }
        let tokens = text.split(separator: " ")
        guard tokens.count >= 4, tokens.filter({ $0.count == 1 }).count * 10 >= tokens.count * 8,
            gaps.count >= 3
        else { return text }
        let sorted = gaps.sorted()
        let typical = sorted[sorted.count / 2]
        var words: [String] = []
        var current = ""
        var gapIndex = 0
        for scalar in text.unicodeScalars where scalar != " " {
            if !current.isEmpty, gapIndex < gaps.count {
                if gaps[gapIndex] > typical * 1.6 + 0.5 {
                    words.append(current)
                    current = ""
                }
                gapIndex += 1
            }
            current.unicodeScalars.append(scalar)
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }
}
