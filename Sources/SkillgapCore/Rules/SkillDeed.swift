/// A behaviour stated as a verb and what it acted on, a few words apart ("Supervised internal staff", "Lead 2
/// Flash developers", "Organized an after-school tutoring program"): evidence that shows a skill without naming
/// it, like a signal, but written once for every pairing of its verbs and objects.
public struct SkillDeed: Equatable, Sendable {
    /// Verbs or verb phrases that open the deed (any case, whole words): `led`, `supervised`, `worked with`.
    public var verbs: [String]
    /// What the verb acts on (any case, whole words): `team`, `staff`, `developers`.
    public var objects: [String]

    /// At most this many words may stand between the verb and its object ("Worked with 3 development, server,
    /// and network teams"); a sentence or clause break (`.`, `;`, `:`, brackets) ends the search sooner.
    public static let maximumGap = 5

    public init(verbs: [String], objects: [String]) {
        self.verbs = verbs
        self.objects = objects
    }
}
