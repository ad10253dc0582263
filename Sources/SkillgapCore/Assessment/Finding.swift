/// What a resume check found.
public struct Finding: Equatable, Sendable {
    public var rule: String
    public var level: CheckLevel
    public var message: String
    /// The specifics: counts, the first example and where it is.
    public var detail: FindingDetail?

    public init(rule: String, level: CheckLevel, message: String, detail: FindingDetail? = nil) {
        self.rule = rule
        self.level = level
        self.message = message
        self.detail = detail
    }
}
