/// One place a resume (or another source) shows a skill: where, a short quote, and how strong a sign it is.
public struct Evidence: Equatable, Sendable {
    public var location: SourceLocation
    public var strength: EvidenceStrength
    /// Whether the source names the skill here; false when a behaviour only shows it ("collaborated with").
    public var namesSkill: Bool
    /// The skill whose evidence this is, when it shows this skill only by implication ("SQL: implied by
    /// PostgreSQL"); nil for the skill's own evidence.
    public var impliedBy: String? = nil
    /// The whole block and where the mention is in it (in Unicode scalars); the quote is cut from them only
    /// when a report asks, so a batch that prints no quotes never pays for them.
    private var blockText: String
    private var range: Range<Int>

    public init(
        location: SourceLocation, text: String, strength: EvidenceStrength, namesSkill: Bool = true,
        range: Range<Int>? = nil
    ) {
        self.location = location
        self.blockText = text
        self.range = range ?? 0..<0
        self.strength = strength
        self.namesSkill = namesSkill
    }

    /// The exact text that matched (an alias, or a behaviour's phrase); the whole text when no span was kept.
    public var matched: String {
        guard !range.isEmpty else { return blockText }
        let scalars = Array(blockText.unicodeScalars)
        guard range.upperBound <= scalars.count else { return blockText }
        return String(String.UnicodeScalarView(scalars[range]))
    }

    /// How the evidence was found: a name, a behaviour that shows the skill, or code that uses it.
    public var via: EvidenceVia {
        if case .file = location { return .code }
        return namesSkill ? .name : .behaviour
    }

    /// The words around the mention, cut to a readable length.
    public var text: String {
        range.isEmpty ? blockText : SkillMatcher.quote(blockText, around: range)
    }

    /// The evidence with its text redacted; the mention is found again in the new text, or the whole text is
    /// kept as the quote when the mention itself was taken out.
    public func redacted(by redactor: Redactor) -> Evidence {
        let matched = matched
        let text = redactor.redact(blockText)
        var range: Range<Int>? = nil
        if !self.range.isEmpty, let found = text.range(of: matched) {
            let start = text.unicodeScalars.distance(
                from: text.unicodeScalars.startIndex, to: found.lowerBound)
            range = start..<(start + matched.unicodeScalars.count)
        }
        return Evidence(
            location: location, text: text, strength: strength, namesSkill: namesSkill, range: range
        )
    }
}
