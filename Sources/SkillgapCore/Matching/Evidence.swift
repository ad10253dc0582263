/// One place a resume names a skill: where, a short quote, and how strong a sign it is.
public struct Evidence: Codable, Equatable, Sendable {
    public var section: Section
    public var page: Int
    public var line: Int
    public var strength: EvidenceStrength
    /// Whether the resume names the skill here; false when a behaviour only shows it ("collaborated with").
    public var namesSkill: Bool
    /// The whole block and where the mention is in it (in Unicode scalars); the quote is cut from them only
    /// when a report asks, so a batch that prints no quotes never pays for them.
    private var blockText: String
    private var range: Range<Int>

    public init(section: Section, page: Int, line: Int, text: String, strength: EvidenceStrength, namesSkill: Bool = true,
                range: Range<Int>? = nil) {
        self.section = section
        self.page = page
        self.line = line
        self.blockText = text
        self.range = range ?? 0..<0
        self.strength = strength
        self.namesSkill = namesSkill
    }

    /// The words around the mention, cut to a readable length.
    public var text: String { range.isEmpty ? blockText : SkillMatcher.quote(blockText, around: range) }

    private enum CodingKeys: String, CodingKey {
        case section, page, line, text, strength, namesSkill
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(section: try container.decode(Section.self, forKey: .section), page: try container.decode(Int.self, forKey: .page),
                  line: try container.decode(Int.self, forKey: .line), text: try container.decode(String.self, forKey: .text),
                  strength: try container.decode(EvidenceStrength.self, forKey: .strength),
                  namesSkill: try container.decode(Bool.self, forKey: .namesSkill))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(section, forKey: .section)
        try container.encode(page, forKey: .page)
        try container.encode(line, forKey: .line)
        try container.encode(text, forKey: .text)
        try container.encode(strength, forKey: .strength)
        try container.encode(namesSkill, forKey: .namesSkill)
    }
}
