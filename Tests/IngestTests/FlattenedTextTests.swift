import SkillgapCore
import XCTest

@testable import Ingest

/// A CV stored as one long line, its line breaks turned into runs of spaces, and bytes written as escapes.
final class FlattenedTextTests: XCTestCase {
    private func flattened() -> String {
        var text =
            "\"Dana Cole Firmware Engineer  Morris Plains, NJ    EDUCATION    BS Electrical Engineering, 1991"
        text +=
            "    SUMMARY    Engineer with 15 years in embedded systems.  \\xef\\x82\\xa7 Wrote firmware in C."
        text +=
            "    EXPERIENCE    Firmware Engineer, Acme  1999 - 2010  \\xef\\x82\\xa7 Designed motor controllers."
        for index in 1...20 {
            text += "  \\xef\\x82\\xa7 Shipped release \(index) of the controller firmware."
        }
        text += "    SKILLS    Programming: C/C++, Assembly  Tools: Git, Jira\""
        return text
    }

    func testAFlattenedDocumentIsReadAsItsLines() throws {
        let document = try TextExtractor().extract(Data(flattened().utf8))
        let headings = document.blocks.filter { $0.kind == .heading }.map(\.text)
        XCTAssertEqual(headings, ["EDUCATION", "SUMMARY", "EXPERIENCE", "SKILLS"])
        XCTAssertGreaterThan(document.blocks.filter { $0.kind == .listItem }.count, 20)
        XCTAssertTrue(
            document.blocks.contains {
                $0.kind == .listItem && $0.text == "Designed motor controllers."
            },
            "the escaped Wingdings bullet opens a list item")
        let resume = Sectioner().resume(from: document)
        XCTAssertEqual(
            resume.blocks.first { $0.text.hasPrefix("Designed motor") }?.section, .experience,
            "the experience is not one block of education")
    }

    func testAShortLineWithDoubleSpacesIsLeftAlone() {
        let line: Substring = "Built the pipeline.  Then the dashboard."
        XCTAssertEqual(TextExtractor.unflattened(line), [line])
    }

    func testEscapedUTF8BytesAreDecodedAndOtherEscapesKept() {
        XCTAssertEqual(EscapedBytes.decode("it\\xe2\\x80\\x99s"), "it’s")
        XCTAssertEqual(EscapedBytes.decode("C:\\x41 and \\xe2 alone"), "C:\\x41 and \\xe2 alone")
        XCTAssertEqual(EscapedBytes.decode("no escapes"), "no escapes")
    }
}
