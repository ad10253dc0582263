/// What a resume check looks at. Each kind has its own keys in `Rules/checks/*.yaml`.
public enum CheckRule: Equatable, Sendable {
    /// `kind: contact`, `field`: the contact detail must be found.
    case contact(field: ContactField)
    /// `kind: sections`, `require`: each section must be present.
    case sections(required: [Section])
    /// `kind: links`, `any`: at least one link of these kinds.
    case links(kinds: [LinkKind])
    /// `kind: project-entries`, `problem`, `approach`, `result`: cue words; each project entry should state
    /// all three.
    case projectEntries(problem: [String], approach: [String], result: [String])
    /// `kind: quantified`, `sections`, `min-share`: the share of bullets in those sections with a number.
    case quantified(sections: [Section], minimumShare: Double)
    /// `kind: length`, `max-pages`, `min-words`, `max-words`.
    case length(maximumPages: Int, minimumWords: Int, maximumWords: Int)
    /// `kind: phrases`, `phrases`, `case-sensitive`, `at-start`, `sections`: wording to avoid.
    case phrases(phrases: [String], caseSensitive: Bool, atStart: Bool, sections: [Section])
    /// `kind: dates`, `sections`: entries in those sections should carry dates.
    case dates(sections: [Section])
}
