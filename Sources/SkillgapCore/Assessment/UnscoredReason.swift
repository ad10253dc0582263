/// Why a resume gets no score: a number computed from text that cannot be trusted would mislead.
public enum UnscoredReason: Equatable, Codable, Sendable {
    /// Hidden text that names skills: keyword stuffing.
    case hiddenSkills(words: Int, reasons: [HiddenTextReason])
    /// Most of the text is garbled (a PDF whose fonts lack a Unicode map).
    case garbledText
    /// Too few readable words to score.
    case tooFewWords(Int)
    /// The job posting it is scored against asks for nothing that can be matched.
    case postingHasNoRequirements
}
