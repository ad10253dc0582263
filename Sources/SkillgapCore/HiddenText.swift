/// Text that was present in the file but invisible to a reader, kept out of the analysis.
public struct HiddenText: Codable, Equatable, Sendable {
    /// How many words were hidden.
    public var words: Int
    /// Why they were hidden, each reason once, in the order first met.
    public var reasons: [HiddenTextReason]
    /// The first few hidden words, for the report.
    public var sample: String

    public init(words: Int = 0, reasons: [HiddenTextReason] = [], sample: String = "") {
        self.words = words
        self.reasons = reasons
        self.sample = sample
    }

    /// Records `text` as hidden for `reason`, keeping the sample short.
    public mutating func add(_ text: String, reason: HiddenTextReason) {
        let newWords = text.split(whereSeparator: { $0.isWhitespace })
        guard !newWords.isEmpty else { return }
        words += newWords.count
        if !reasons.contains(reason) { reasons.append(reason) }
        if sample.count < 80 {
            sample =
                String((sample.isEmpty ? "" : sample + " ") + newWords.joined(separator: " "))
                .prefix(80)
                .description
        }
    }
}
