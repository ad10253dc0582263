import SkillgapCore

extension RankingRow {
    /// Why the row has no score, in words; nil for a scored row.
    public var reasonText: String? {
        switch reason {
        case let .unscored(reason): reason.sentence
        case let .failed(failure): failure.message
        case let .written(text, _): text
        case nil: nil
        }
    }
}
