/// The one place the score is computed. The README describes it with a worked example that a test checks.
///
/// - Each shown skill earns credit by its strongest evidence: demonstrated 1.0, coursework 0.75, listed 0.5.
/// - A requirement's coverage is the mean credit of its best `needed` skills (`min` for `any`, all of them
///   for `all`); skills not shown count 0.
/// - Status: met when coverage is at least 0.75, missing when it is 0, partial otherwise.
/// - The score is 100 × Σ(weight × coverage) / Σ weight, rounded to the nearest whole number.
public enum ScoreFormula {
    public static func credit(_ strength: EvidenceStrength) -> Double {
        switch strength {
        case .demonstrated: 1.0
        case .coursework: 0.75
        case .listed: 0.5
        case .missing: 0
        }
    }

    public static let metThreshold = 0.75

    /// Coverage of a requirement from the strengths of the skills shown for it.
    public static func coverage(needed: Int, strengths: [EvidenceStrength]) -> Double {
        guard needed > 0 else { return 0 }
        let best = strengths.map(credit).sorted(by: >).prefix(needed)
        return best.reduce(0, +) / Double(needed)
    }

    public static func status(coverage: Double) -> RequirementStatus {
        coverage >= metThreshold ? .met : (coverage > 0 ? .partial : .missing)
    }

    /// The 0 to 100 score from weighted coverages.
    public static func score(_ weighted: [(weight: Double, coverage: Double)]) -> Int {
        let total = weighted.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        let earned = weighted.reduce(0) { $0 + $1.weight * $1.coverage }
        return Int((100 * earned / total).rounded())
    }
}
