import Foundation
import XCTest

@testable import Reports
@testable import SkillgapCore

/// Rankings: rows read back from JSON Lines equal the rows built from the assessment, and every cell is safe.
final class RankingOutputTests: XCTestCase {
    func testAJSONLineReadsBackAsTheSameRow() throws {
        let assessment = SampleAssessment.make()
        let line = JSONAssessmentReporter(compact: true).render(assessment).trimmingCharacters(
            in: .newlines)
        let (row, title) = try XCTUnwrap(RankingJSONLines.row(from: line, index: 0))
        XCTAssertEqual(
            row, RankingRow(index: 0, file: "cv.pdf", assessment: assessment, blind: false))
        XCTAssertEqual(row.topGaps, ["ml-framework", "maths"], "gaps in GapOrder")
        XCTAssertEqual(title, "ML Intern")
    }

    func testAFailureObjectReadsBackWithItsCodeAndSentence() throws {
        let failed = RankingRow(index: 3, file: "scan.pdf", failure: .extraction(.noTextLayer))
        let line = RankingJSONLines.failureObject(failed)
        XCTAssertTrue(line.hasPrefix(#"{"error":"the PDF has no text layer"#), line)
        let (row, _) = try XCTUnwrap(RankingJSONLines.row(from: line, index: 3))
        XCTAssertEqual(row.status, .failed)
        XCTAssertEqual(row.failureCode, "no text layer")
        XCTAssertEqual(row.reasonText, failed.reasonText)
        XCTAssertNil(RankingJSONLines.row(from: #"{"something":"else"}"#, index: 0))
    }

    func testCSVCellsNeverRunAsFormulasAndStayOnTheirRow() {
        XCTAssertEqual(UntrustedText.csvCell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"")
        XCTAssertEqual(UntrustedText.csvCell("-2+3"), "'-2+3")
        XCTAssertEqual(UntrustedText.csvCell("a\u{1B}[31mb"), "a?[31mb")
        XCTAssertEqual(UntrustedText.csvCell("line\nbreak"), "\"line\nbreak\"")
    }

    func testMarkdownRankingCountsEachBandOnce() {
        var rows = [60, 80, 10, 75, 24, 25].enumerated().map { index, score in
            var row = RankingRow(
                index: index, file: "f\(index).pdf", assessment: SampleAssessment.make(),
                blind: true)
            row.score = score
            return row
        }
        rows.append(RankingRow(index: 9, file: "bad.pdf", failure: .timedOut(seconds: 60)))
        let text = MarkdownRankingReporter().render(rows, role: "ML Intern")
        XCTAssertTrue(
            text.contains(
                "- scores: min 10, median 60, max 80 · 75–100: 2 · 50–74: 1 · 25–49: 1 · 0–24: 2"),
            text)
        XCTAssertTrue(text.contains("- failures by reason: timed out 1"), text)
        XCTAssertTrue(
            text.contains(
                "| – | bad.pdf |  | – | – |  | failed: analyzing the file took longer than 60 s"),
            text)
    }
}
