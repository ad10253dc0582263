import XCTest

@testable import Ingest

/// Column order from segments drawn by hand: what poppler gives for lines set close together.
final class PDFColumnLayoutTests: XCTestCase {
    /// A segment of `text` from `x` on the line at `y`, 10 pt, 5 pt per character; `gapAfter` jumps to the
    /// right column (x = 240) after that many words, as a line of each column read as one run.
    private func segment(_ text: String, x: Double, y: Double, gapAfter: Int? = nil) -> PDFSegment {
        var segment = PDFSegment()
        var cursor = x
        for (index, word) in text.split(separator: " ").enumerated() {
            if index > 0 {
                segment.appendSpace()
                cursor += index == gapAfter ? 240 - cursor : 3
            }
            for scalar in word.unicodeScalars {
                segment.append(
                    scalar, x0: cursor, y0: y, x1: cursor + 5, y1: y + 10, size: 10, bold: false)
                cursor += 5
            }
        }
        return segment
    }

    func testALineOfEachColumnReadAsOneRunIsCutAtTheGutter() {
        var segments: [PDFSegment] = []
        for row in 0..<8 {
            let y = 100 + Double(row) * 14
            segments.append(segment("left column line \(row)", x: 40, y: y))
            segments.append(segment("right column text line \(row)", x: 240, y: y))
        }
        // A left line long enough to reach the gutter, read with its right neighbour as one run.
        segments.append(
            segment(
                "ground plane detection in warehouses Developed an application", x: 40, y: 212,
                gapAfter: 5))
        let page = PDFColumnLayout().order(segments, pageWidth: 612)
        XCTAssertTrue(page.twoColumns)
        let lines = page.lines.map { $0.map(\.text).joined(separator: " ") }
        XCTAssertTrue(lines.contains("ground plane detection in warehouses"), "\(lines)")
        XCTAssertTrue(lines.contains("Developed an application"), "\(lines)")
        XCTAssertLessThan(
            lines.firstIndex(of: "ground plane detection in warehouses")!,
            lines.firstIndex(of: "right column text line 0")!,
            "the left part is read with the left column")
    }
}
