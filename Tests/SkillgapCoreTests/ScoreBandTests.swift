import XCTest

@testable import SkillgapCore

/// The bands, the verdict and the gap order: the one place each is decided.
final class ScoreBandTests: XCTestCase {
    func testBandsCoverZeroToAHundredWithoutOverlap() {
        XCTAssertEqual(ScoreBand.allCases.map(\.range), [0...24, 25...49, 50...74, 75...100])
        for score in 0...100 {
            XCTAssertTrue(ScoreBand(score: score).range.contains(score), "\(score)")
        }
    }

    func testVerdictFollowsTheBandAndTheMustHaves() {
        XCTAssertEqual(Verdict(score: 75, mustHavesMet: 4, mustHavesTotal: 4), .strong)
        XCTAssertEqual(
            Verdict(score: 90, mustHavesMet: 3, mustHavesTotal: 4), .promising,
            "a missing must-have caps the verdict")
        XCTAssertEqual(Verdict(score: 74, mustHavesMet: 4, mustHavesTotal: 4), .good)
        XCTAssertEqual(Verdict(score: 50, mustHavesMet: 0, mustHavesTotal: 4), .promising)
        XCTAssertEqual(Verdict(score: 49, mustHavesMet: 4, mustHavesTotal: 4), .partial)
        XCTAssertEqual(Verdict(score: 24, mustHavesMet: 4, mustHavesTotal: 4), .notYet)
        XCTAssertEqual(Verdict(score: nil, mustHavesMet: 4, mustHavesTotal: 4), .notScored)
    }

    func testGapsComeByLevelThenWeight() {
        func requirement(_ id: String, _ level: RequirementLevel, _ weight: Double) -> Requirement {
            Requirement(
                id: id, title: id, level: level, weight: weight, mode: .any, skills: ["python"],
                minimum: 1,
                why: "", advice: "")
        }
        let shuffled = [
            requirement("nice-heavy", .nice, 20), requirement("should", .should, 5),
            requirement("must-light", .must, 3), requirement("must-heavy", .must, 12),
        ]
        XCTAssertEqual(
            shuffled.sorted(by: GapOrder.precedes).map(\.id),
            ["must-heavy", "must-light", "should", "nice-heavy"])
    }
}
