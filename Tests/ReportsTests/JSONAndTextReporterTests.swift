import Foundation
import XCTest

@testable import Reports
@testable import SkillgapCore

/// The JSON contract and the terminal summary say what the Markdown report says.
final class JSONAndTextReporterTests: XCTestCase {
    private func json(_ assessment: Assessment) throws -> [String: Any] {
        let text = JSONAssessmentReporter().render(assessment)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testJSONCarriesTheSameVerdicts() throws {
        let object = try json(SampleAssessment.make())
        XCTAssertEqual(object["schemaVersion"] as? Int, 1)
        XCTAssertEqual(object["score"] as? Int, 71)
        XCTAssertTrue(object["scoreReason"] is NSNull, "null, not missing, when scored")
        let requirements = try XCTUnwrap(object["requirements"] as? [[String: Any]])
        XCTAssertEqual(
            requirements.compactMap { $0["status"] as? String }, ["met", "missing", "partial"])
        let skills = try XCTUnwrap(object["skills"] as? [[String: Any]])
        let python = try XCTUnwrap(skills.first { $0["id"] as? String == "python" })
        let evidence = try XCTUnwrap((python["evidence"] as? [[String: Any]])?.first)
        XCTAssertEqual(evidence["section"] as? String, "projects")
        XCTAssertEqual(evidence["page"] as? Int, 1)
        XCTAssertEqual(evidence["line"] as? Int, 3)
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.compactMap { $0["detail"] as? String }.last, "12 words, under 200")
    }

    func testJSONGivesTheUnscoredReasonAsASentence() throws {
        let object = try json(
            SampleAssessment.make(unscored: .hiddenSkills(words: 9, reasons: [.whiteText])))
        XCTAssertTrue(object["score"] is NSNull)
        XCTAssertEqual(
            object["scoreReason"] as? String,
            "the file hides 9 words of text (white text) that name skills, which looks like keyword stuffing; remove the hidden text"
        )
    }

    func testTextSummaryIsColouredByBandAndNeverCarriesEscapes() {
        let plain = TextAssessmentReporter(color: false).render(
            SampleAssessment.make(name: nil, unscored: nil))
        XCTAssertTrue(plain.hasPrefix("cv.pdf · ML Intern\n"), plain)
        XCTAssertTrue(plain.contains("score 71/100 · must-haves 1/2 · Promising"), plain)
        XCTAssertTrue(
            plain.contains(
                "  ✓ ██████████ 100%  A language (must)\n  ✗ ░░░░░░░░░░   0%  A framework (must)\n"),
            plain)
        XCTAssertEqual(TextAssessmentReporter.bar(0.65), "██████▌░░░")
        XCTAssertEqual(TextAssessmentReporter.bar(0), "░░░░░░░░░░")
        XCTAssertFalse(
            plain.contains("\u{1B}"), "no colour codes without a terminal or with NO_COLOR")
        XCTAssertTrue(plain.contains("error: Too short."), plain)
        let coloured = TextAssessmentReporter(color: true).render(
            SampleAssessment.make(file: "a\u{1B}]0;x\u{7}.pdf", name: nil))
        XCTAssertTrue(
            coloured.contains("\u{1B}[1;33m71/100"),
            "a good-band score is yellow: \(coloured.debugDescription)")
        XCTAssertTrue(coloured.contains("a?]0;x?.pdf"), coloured.debugDescription)
    }
}
