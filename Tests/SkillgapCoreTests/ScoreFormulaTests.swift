import XCTest

@testable import SkillgapCore

/// The README's worked example, computed by the one formula the engine uses.
final class ScoreFormulaTests: XCTestCase {
    func testReadmeWorkedExample() {
        // Requirement A (must, weight 15, any 1 of [python, r, julia]): Python demonstrated.
        let a = ScoreFormula.coverage(needed: 1, strengths: [.demonstrated])
        // Requirement B (must, weight 12, any 2 of the maths skills): statistics coursework, probability listed.
        let b = ScoreFormula.coverage(needed: 2, strengths: [.listed, .coursework])
        // Requirement C (should, weight 6): nothing shown.
        let c = ScoreFormula.coverage(needed: 1, strengths: [])
        XCTAssertEqual(a, 1.0)
        XCTAssertEqual(b, 0.625)
        XCTAssertEqual(c, 0)
        XCTAssertEqual([a, b, c].map(ScoreFormula.status), [.met, .partial, .missing])
        XCTAssertEqual(ScoreFormula.score([(15, a), (12, b), (6, c)]), 68)
    }

    func testExtraSkillsBeyondTheNeededOnesDoNotRaiseCoverage() {
        XCTAssertEqual(
            ScoreFormula.coverage(needed: 1, strengths: [.listed, .demonstrated, .coursework]), 1.0)
        XCTAssertEqual(ScoreFormula.coverage(needed: 2, strengths: [.listed]), 0.25)
    }
}
