import XCTest

@testable import Reports
@testable import SkillgapCore

/// The Markdown gap report, rendered from an assessment built in the test.
final class MarkdownAssessmentReporterTests: XCTestCase {
    private let report = MarkdownAssessmentReporter().render(SampleAssessment.make())

    func testHeaderGivesScoreVerdictAndMustHaves() {
        XCTAssertTrue(report.hasPrefix("# Jane Doe: ML Intern gap report\n"), report)
        XCTAssertTrue(
            report.contains(
                "**Score: 71/100** · must-haves met: 1 of 2 · Promising, but must-haves are missing or only listed."
            ), report)
        XCTAssertTrue(
            report.contains("File: `cv.pdf` · role `ml-engineer-intern` version 1.0"), report)
    }

    func testRequirementsShowTheirEvidenceWithItsPlace() {
        XCTAssertTrue(
            report.contains(
                "| A language | must | ✅ met | Python (demonstrated, projects, p1 L3): “Built a Python service that scores loans” |"
            ), report)
        XCTAssertTrue(report.contains("| A framework | must | ❌ missing | not found |"), report)
        XCTAssertTrue(
            report.contains("| Maths \\<b\\>and\\</b\\> stats | should |"),
            "resume and rule text is escaped: \(report)")
    }

    func testGapsComeMustFirstWithWhyAndAdvice() throws {
        let framework = try XCTUnwrap(
            report.range(of: "1. **A framework** (must, weight 15, missing)"))
        let maths = try XCTUnwrap(
            report.range(
                of:
                    "2. **Maths \\<b\\>and\\</b\\> stats** (should, weight 12, partial: Python demonstrated, Statistics listed; not shown in use)"
            ))
        XCTAssertLessThan(framework.lowerBound, maths.lowerBound)
        XCTAssertTrue(report.contains("   - What to do: Train a model with PyTorch."))
    }

    func testClaimedSkillsListTheRolesFirst() throws {
        let statistics = try XCTUnwrap(
            report.range(of: "- **Statistics** (the role asks for it): skills, p1 L5"))
        let excel = try XCTUnwrap(report.range(of: "- **Excel**: skills, p1 L5"))
        XCTAssertLessThan(statistics.lowerBound, excel.lowerBound)
    }

    func testChecksComeMostSeriousFirstWithTheirDetailsInWords() throws {
        let error = try XCTUnwrap(
            report.range(of: "- ❌ **error** `length`: Too short. (12 words, under 200)"))
        let warning = try XCTUnwrap(
            report.range(of: "- ⚠️ **warning** `phone`: No phone number was found."))
        XCTAssertLessThan(error.lowerBound, warning.lowerBound)
        XCTAssertTrue(
            report.contains(
                #"(2 lines; first at page 1, line 3: "responsible for" in "Responsible for \<script\>x\</script\>")"#
            ), report)
    }

    func testWhatWasReadAndTheFormula() {
        XCTAssertTrue(
            report.contains("- format: pdf · pages: 1 · words: 11 · layout: two columns"), report)
        XCTAssertTrue(report.contains("- links: github https://github.com/jane"), report)
        XCTAssertTrue(
            report.contains(
                "a skill earns 1.0 demonstrated, 0.75 coursework, 0.5 listed, an implied skill 0.75"
            ), report)
    }

    func testUnscoredReportSaysWhy() {
        let unscored = MarkdownAssessmentReporter().render(
            SampleAssessment.make(unscored: .tooFewWords(12)))
        XCTAssertTrue(
            unscored.contains(
                "**Not scored.** only 12 words could be read; the file holds too little text to score · must-haves met: 1 of 2"
            ), unscored)
    }

    func testHostileFileNamesAndNamesCannotInjectMarkup() {
        let hostile = MarkdownAssessmentReporter().render(
            SampleAssessment.make(
                file: "x`<img src=x onerror=alert(1)>\u{1B}[31m.md",
                name: "[Jane](javascript:alert(1))"))
        XCTAssertTrue(
            hostile.contains("File: `x'<img src=x onerror=alert(1)>?[31m.md`"),
            "a code span cannot be closed early: \(hostile)")
        XCTAssertTrue(
            hostile.hasPrefix("# \\[Jane\\](javascript:alert(1)): ML Intern gap report"), hostile)
        XCTAssertFalse(hostile.unicodeScalars.contains("\u{1B}"))
    }

    func testWarningsAreWordedOnce() {
        let hidden = HiddenText(
            words: 3, reasons: [.whiteText, .tinyText(belowPoints: 4)],
            sample: "Python PyTorch Keras")
        let warned = MarkdownAssessmentReporter().render(
            SampleAssessment.make(warnings: [
                .pagesLimited(analyzed: 40, of: 41), .hiddenText(hidden),
            ]))
        XCTAssertTrue(
            warned.contains("- warning: only the first 40 of 41 pages were analyzed"), warned)
        XCTAssertTrue(
            warned.contains(
                #"- warning: 3 words of hidden text (white text, tiny text (under 4 pt)) were left out: "Python PyTorch Keras""#
            ), warned)
    }
}
