/// The order gaps are shown and ranked in: must before should before nice, then the heavier first. Every
/// report, ranking and merge of rankings uses this one order.
public enum GapOrder {
    /// Whether a gap in a requirement of level `a` and weight `aWeight` comes before one of `b`, `bWeight`.
    public static func precedes(
        level a: RequirementLevel, weight aWeight: Double,
        level b: RequirementLevel, weight bWeight: Double
    ) -> Bool {
        a != b ? a < b : aWeight > bWeight
    }

    public static func precedes(_ a: Requirement, _ b: Requirement) -> Bool {
        precedes(level: a.level, weight: a.weight, level: b.level, weight: b.weight)
    }
}
