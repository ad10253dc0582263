import Foundation

/// The one place the score is computed. The README describes it with a worked example that a test checks.
///
/// - Each shown skill earns credit by its strongest evidence: demonstrated 1.0, coursework 0.75, listed 0.5;
///   evidence of a skill that implies it (PostgreSQL for SQL) earns `impliedCredit` of that.
/// - A requirement's coverage is the mean credit of its best `needed` skills (`min` for `any`, all of them
///   for `all`); skills not shown count 0.
/// - Status: met when coverage is at least 0.75, missing when it is 0, partial otherwise.
/// - The share is Σ(weight × coverage) / Σ weight, soft-skill requirements at a quarter of their weight; the
///   score is 100 × share^0.6, rounded, capped at a requirement's `cap-when-missing` when it is not shown and
///   at 20 when at most one must-have is shown. The constants were fitted on the judged set (README).
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

    /// The coverage a degree in one of a requirement's `degreeFields` gives it: coursework level, met.
    public static let degreeCredit = 0.75

    /// The share of its credit that evidence earns for a skill it only implies (PostgreSQL for SQL).
    public static let impliedCredit = 0.75

    /// The credit of one piece of evidence: its strength's, less for an implied skill.
    public static func credit(_ evidence: Evidence) -> Double {
        credit(evidence.strength) * (evidence.impliedBy == nil ? 1 : impliedCredit)
    }

    /// Coverage of a requirement from the best credit of each skill shown for it.
    public static func coverage(needed: Int, credits: [Double]) -> Double {
        guard needed > 0 else { return 0 }
        return credits.sorted(by: >).prefix(needed).reduce(0, +) / Double(needed)
    }

    /// Coverage of a requirement from the strengths of the skills shown for it.
    public static func coverage(needed: Int, strengths: [EvidenceStrength]) -> Double {
        guard needed > 0 else { return 0 }
        let best = strengths.map(credit).sorted(by: >).prefix(needed)
        return best.reduce(0, +) / Double(needed)
    }

    public static func status(coverage: Double) -> RequirementStatus {
        coverage >= metThreshold ? .met : (coverage > 0 ? .partial : .missing)
    }

    /// A soft-skill requirement counts a quarter of its weight: on the judged set (`Evaluation/scores`), soft-skill
    /// wording let resumes with no technical content outrank technical ones.
    public static let softSkillWeight = 0.25

    /// The curve from the weighted coverage to the score: `100 × share^curve`. Fitted on the judged set, so
    /// that the strongest candidates reach the strong band while the order stays the same.
    public static let curve = 0.6

    /// With at most one must-have shown at all, the score is at most this (the bottom band).
    public static let fewMustHavesCap = 20

    /// One requirement's part in the score.
    public struct Part: Sendable {
        public var weight: Double
        public var coverage: Double
        public var isMust: Bool
        public var isSoftSkill: Bool
        /// The most the score may be when this requirement is not shown at all (`cap-when-missing`).
        public var capWhenMissing: Int?

        public init(
            weight: Double, coverage: Double, isMust: Bool = false, isSoftSkill: Bool = false,
            capWhenMissing: Int? = nil
        ) {
            self.weight = weight
            self.coverage = coverage
            self.isMust = isMust
            self.isSoftSkill = isSoftSkill
            self.capWhenMissing = capWhenMissing
        }
    }

    /// The weighted share of the role a resume covers, 0 to 1, soft skills at `softSkillWeight`.
    public static func share(_ parts: [Part]) -> Double {
        let weights = parts.map { $0.weight * ($0.isSoftSkill ? softSkillWeight : 1) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        return zip(weights, parts).reduce(0) { $0 + $1.0 * $1.1.coverage } / total
    }

    /// The 0 to 100 score: `100 × share^curve`, rounded, then capped: by a requirement's `capWhenMissing`
    /// when it is not shown, and at `fewMustHavesCap` when at most one must-have is shown.
    public static func score(_ parts: [Part]) -> Int {
        var score = Int((100 * pow(share(parts), curve)).rounded())
        for part in parts where part.coverage == 0 {
            if let cap = part.capWhenMissing { score = min(score, cap) }
        }
        let musts = parts.filter(\.isMust)
        if !musts.isEmpty, musts.filter({ $0.coverage > 0 }).count <= 1 {
            score = min(score, fewMustHavesCap)
        }
        return score
    }
}
