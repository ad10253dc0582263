/// A percentile bootstrap over CVs: CVs are drawn with replacement, since a few CVs can swing a figure. The
/// generator is seeded, so the same labels and detections print the same interval.
struct Bootstrap {
    var resamples = 2000
    var seed: UInt64 = 0x5EED_5EED

    /// The 95% interval of `statistic` over resamples of `perCV`.
    func interval<Item>(
        _ perCV: [Item], _ statistic: ([Item]) -> Double
    ) -> (low: Double, high: Double) {
        guard !perCV.isEmpty else { return (0, 0) }
        var generator = SplitMix64(state: seed)
        var values: [Double] = []
        values.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let sample = (0..<perCV.count).map { _ in
                perCV[Int(generator.next() % UInt64(perCV.count))]
            }
            values.append(statistic(sample))
        }
        values.sort()
        return (values[Int(Double(resamples) * 0.025)], values[Int(Double(resamples) * 0.975) - 1])
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): small, fast and reproducible across platforms, unlike the system
/// generator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
