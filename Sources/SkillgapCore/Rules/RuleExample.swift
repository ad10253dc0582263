/// A line of text that a rule must (or must not) match, with where the rule file wrote it.
public struct RuleExample: Equatable, Sendable {
    public var text: String
    /// Where the example is written, in its rule file.
    public var location: RuleLocation

    public init(text: String, location: RuleLocation) {
        self.text = text
        self.location = location
    }
}
