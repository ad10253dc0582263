/// A line of text that a rule must (or must not) match, with where the rule file wrote it.
public struct RuleExample: Equatable, Sendable {
    public var text: String
    /// Where the example is written, as `file:line:col`.
    public var location: String

    public init(text: String, location: String) {
        self.text = text
        self.location = location
    }
}
