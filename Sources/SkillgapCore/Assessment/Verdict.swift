/// The one-line judgement of an assessment, from its score band and its must-haves. Reports word it.
public enum Verdict: String, Codable, CaseIterable, Sendable {
    /// Strong band and every must-have met.
    case strong
    /// Good band or above, every must-have met.
    case good
    /// Good band or above, but a must-have is missing or only listed.
    case promising
    /// Partial band.
    case partial
    /// Low band.
    case notYet
    /// The resume was not scored.
    case notScored

    public init(score: Int?, mustHavesMet: Int, mustHavesTotal: Int) {
        guard let score else {
            self = .notScored
            return
        }
        let allMusts = mustHavesMet == mustHavesTotal
        switch ScoreBand(score: score) {
        case .strong where allMusts: self = .strong
        case .strong, .good: self = allMusts ? .good : .promising
        case .partial: self = .partial
        case .low: self = .notYet
        }
    }
}
