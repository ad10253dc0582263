/// Counts of (CV, skill) pairs, which add up over CVs.
struct PairCounts {
    var correct = 0
    var falsePositives = 0
    var misses = 0

    var precision: Double { Double(correct) / Double(max(1, correct + falsePositives)) }
    var recall: Double { Double(correct) / Double(max(1, correct + misses)) }

    static func + (lhs: PairCounts, rhs: PairCounts) -> PairCounts {
        PairCounts(
            correct: lhs.correct + rhs.correct,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            misses: lhs.misses + rhs.misses)
    }
}
