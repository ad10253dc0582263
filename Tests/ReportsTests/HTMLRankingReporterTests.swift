import Foundation
import XCTest

@testable import Reports
@testable import SkillgapCore

/// The HTML ranking: a heatmap column per requirement, the only script the policy allows, and no candidate
/// column in a blind batch. The browser tests load the page; these check what it is made of.
final class HTMLRankingReporterTests: XCTestCase {
    private func row(_ index: Int, score: Int, candidate: String?, coverage: [Double]) -> RankingRow
    {
        RankingRow(
            index: index, file: "cv-\(index).pdf", candidate: candidate, score: score,
            mustHavesMet: 1, mustHavesTotal: 2, missingMustHaves: [], topGaps: [], status: .scored,
            reason: nil,
            requirements: zip(["lang", "framework"], coverage).map { id, value in
                RequirementCoverage(
                    id: id, title: "The \(id)", status: ScoreFormula.status(coverage: value),
                    coverage: value)
            })
    }

    func testThePolicyAllowsExactlyThePageScript() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ranking-\(UUID().uuidString).js")
        try RankingTableScript.source.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [script.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(
            decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let hex = Array(output.prefix(64))
        let bytes = stride(from: 0, to: 64, by: 2).map {
            UInt8(String(hex[$0...$0 + 1]), radix: 16)!
        }
        XCTAssertEqual(
            Data(bytes).base64EncodedString(), RankingTableScript.sha256,
            "the script changed: put its new digest in RankingTableScript.sha256")

        let page = HTMLRankingReporter().render(
            [row(0, score: 50, candidate: "Ann Lee", coverage: [1, 0.5])], role: "ML")
        XCTAssertTrue(page.contains("script-src 'sha256-\(RankingTableScript.sha256)'"))
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 1, "one script")
        XCTAssertFalse(page.contains("unsafe-eval"))
    }

    func testEachRequirementIsAHeatmapColumn() {
        let page = HTMLRankingReporter().render(
            [
                row(0, score: 80, candidate: "Ann Lee", coverage: [1, 0.8]),
                row(1, score: 20, candidate: "Bo Chan", coverage: [0.25, 0]),
            ], role: "ML")
        XCTAssertTrue(page.contains(#"data-key="req-lang""#), page)
        XCTAssertTrue(page.contains(#"data-key="req-framework""#))
        XCTAssertTrue(page.contains(#"<td class="h4">100</td><td class="h3">80</td>"#), page)
        XCTAssertTrue(page.contains(#"<td class="h1">25</td><td class="h0">0</td>"#), page)
        XCTAssertTrue(page.contains("Candidate"))
        XCTAssertTrue(page.contains("<code>framework</code>: The framework"), "the legend names it")
    }

    func testABlindRankingHasNoCandidateColumn() {
        let page = HTMLRankingReporter().render(
            [row(0, score: 80, candidate: nil, coverage: [1, 1])], role: "ML")
        XCTAssertFalse(page.contains("Candidate"))
    }

    func testGapsAreShownByTheirShortTitles() {
        var ranked = row(0, score: 40, candidate: nil, coverage: [0, 0])
        ranked.topGapTitles = ["Data tools (SQL, data visualization)", "(odd) title"]
        let page = HTMLRankingReporter().render([ranked], role: "ML")
        XCTAssertTrue(page.contains("<td>Data tools; (odd) title</td>"), page)
    }

    func testHeatClassesFollowTheStatusThresholds() {
        XCTAssertEqual(
            [0, 0.2, 0.5, 0.74, 0.75, 0.99, 1].map(HTMLRankingReporter.heat),
            ["h0", "h1", "h2", "h2", "h3", "h3", "h4"])
    }
}
