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
        let parts = [
            ScoreFormula.Part(weight: 15, coverage: a, isMust: true),
            ScoreFormula.Part(weight: 12, coverage: b, isMust: true),
            ScoreFormula.Part(weight: 6, coverage: c),
        ]
        XCTAssertEqual(ScoreFormula.share(parts), (15 + 12 * 0.625) / 33, accuracy: 1e-9)
        // 100 × 0.6818^0.6 = 79.5.
        XCTAssertEqual(ScoreFormula.score(parts), 79)
    }

    func testCapsKeepResumesWithoutTheCoreInTheirBand() {
        // A core must-have not shown at all caps the score, however much else is shown.
        let core = ScoreFormula.Part(weight: 15, coverage: 0, isMust: true, capWhenMissing: 49)
        let rest = [
            ScoreFormula.Part(weight: 15, coverage: 1, isMust: true),
            ScoreFormula.Part(weight: 12, coverage: 1, isMust: true),
            ScoreFormula.Part(weight: 30, coverage: 1),
        ]
        XCTAssertEqual(ScoreFormula.score([core] + rest), 49)
        // One must-have shown of three: the bottom band, whatever the soft skills say.
        let soft = ScoreFormula.Part(weight: 10, coverage: 1, isSoftSkill: true)
        let one = [
            ScoreFormula.Part(weight: 15, coverage: 1, isMust: true),
            ScoreFormula.Part(weight: 15, coverage: 0, isMust: true),
            ScoreFormula.Part(weight: 12, coverage: 0, isMust: true), soft,
        ]
        XCTAssertLessThanOrEqual(ScoreFormula.score(one), ScoreFormula.fewMustHavesCap)
        // Soft skills count a quarter of their weight.
        XCTAssertEqual(
            ScoreFormula.share([soft, ScoreFormula.Part(weight: 10, coverage: 0)]), 0.2,
            accuracy: 1e-9)
    }

    func testExtraSkillsBeyondTheNeededOnesDoNotRaiseCoverage() {
        XCTAssertEqual(
            ScoreFormula.coverage(needed: 1, strengths: [.listed, .demonstrated, .coursework]), 1.0)
        XCTAssertEqual(ScoreFormula.coverage(needed: 2, strengths: [.listed]), 0.25)
    }
}
