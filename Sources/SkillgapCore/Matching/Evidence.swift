/// One place a resume names a skill: where, a short quote, and how strong a sign it is.
public struct Evidence: Codable, Equatable, Sendable {
    public var section: Section
    public var page: Int
    public var line: Int
    /// The words around the mention, cut to a readable length.
    public var text: String
    public var strength: EvidenceStrength
    /// Whether the resume names the skill here; false when a behaviour only shows it ("collaborated with").
    public var namesSkill: Bool

    public init(section: Section, page: Int, line: Int, text: String, strength: EvidenceStrength, namesSkill: Bool = true) {
        self.section = section
        self.page = page
        self.line = line
        self.text = text
        self.strength = strength
        self.namesSkill = namesSkill
    }
}
