import SkillgapCore

/// What `skillgap posting` says about a posting, before it is written in any format. Text in it is raw; each
/// renderer escapes it through `UntrustedText`.
public struct PostingReport: Sendable {
    /// A taxonomy skill as the report names it.
    public struct SkillName: Sendable, Equatable {
        public var id: String
        public var name: String
    }

    public var file: String
    public var posting: Posting
    public var requirements: [(requirement: PostingRequirement, skills: [SkillName])]
    public var requiredSkills: [SkillName]
    public var preferredSkills: [SkillName]
    public var warnings: [String]

    /// `names` maps skill ids to the names reports use (the rule pack's).
    public init(_ posting: Posting, file: String, names: [String: String]) {
        func named(_ ids: [String]) -> [SkillName] {
            ids.map { SkillName(id: $0, name: names[$0] ?? $0) }
        }
        self.file = file
        self.posting = posting
        requirements = posting.requirements.map { ($0, named($0.skills)) }
        requiredSkills = named(posting.skills(.required))
        preferredSkills = named(posting.skills(.preferred))
        warnings = posting.warnings.map(\.sentence)
    }

    /// "3+ years", "2+ years of Python" for a line that asks for years.
    public func yearsPhrase(_ requirement: PostingRequirement) -> String? {
        guard let years = requirement.years else { return nil }
        let skill = requirement.yearsSkill.flatMap { id in
            requirements.lazy.flatMap(\.skills).first { $0.id == id }?.name
        }
        return "\(years)+ years" + (skill.map { " of \($0)" } ?? "")
    }

    /// "bachelor in computer science or related field, or equivalent experience".
    public var educationPhrase: String? {
        let education = posting.education
        guard let level = education.level else {
            return education.currentlyPursuing ? "currently pursuing a degree" : nil
        }
        var text = level.rawValue
        if !education.fields.isEmpty { text += " in " + education.fields.joined(separator: ", ") }
        if education.equivalentAccepted { text += ", or equivalent experience" }
        if education.currentlyPursuing { text += " (currently pursuing)" }
        return text
    }
}
