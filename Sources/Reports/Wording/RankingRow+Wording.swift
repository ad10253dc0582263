import SkillgapCore

extension RankingRow {
    /// Why the row has no score, in words; nil for a scored row.
    public var reasonText: String? {
        switch reason {
        case .unscored(let reason): reason.sentence
        case .failed(let failure): failure.message
        case .written(let text, _): text
        case nil: nil
        }
    }
}
