import SkillgapCore

/// The JSON contract of a gap report (`schemaVersion` 1): written by `JSONAssessmentReporter` and read back,
/// in part, by `RankingJSONLines` when `skillgap rank` merges JSON Lines.
struct AssessmentJSON: Encodable {
    struct Role: Codable { let id, title, version: String }
    struct RequirementJSON: Codable {
        let id, title: String
        let level: RequirementLevel
        let weight: Double
        let status: RequirementStatus
        let coverage: Double
        /// The field of a degree that counts for the requirement; absent when none does.
        var degreeField: String? = nil
    }
    /// A resume line has a section and a page; a portfolio line has a path instead. `skill` names the skill
    /// where the list mixes skills (a posting line's evidence) and is left out where it does not.
    struct EvidenceJSON: Codable {
        let skill: String?
        let section: Section?
        let path: String?
        let page: Int?
        let line: Int
        let text: String
        /// `name`, `behaviour` or `code`.
        let via: EvidenceVia
        /// The exact text that matched.
        let matched: String
        /// The skill that shows this one by implication ("PostgreSQL" for SQL); absent for its own evidence.
        let impliedBy: String?

        init(_ evidence: Evidence, skill: String? = nil) {
            self.skill = skill
            switch evidence.location {
            case .document(let page, let line, let section):
                (self.section, self.path, self.page, self.line) = (section, nil, page, line)
            case .file(let path, let line):
                (self.section, self.path, self.page, self.line) = (nil, path, nil, line)
            }
            text = evidence.text
            via = evidence.via
            matched = evidence.matched
            impliedBy = evidence.impliedBy
        }
    }
    struct SkillJSON: Codable {
        let id, name: String
        let status: EvidenceStrength
        let inRole: Bool
        let evidence: [EvidenceJSON]
    }
    struct FindingJSON: Codable {
        let rule: String
        let level: CheckLevel
        let message: String
        let detail: String?
    }
    struct Extraction: Codable {
        let pages, words: Int
        let warnings: [String]
    }

    let schemaVersion: Int
    let file: String
    let format: DocumentFormat
    let candidate: String?
    let role: Role
    let score: Int?
    let scoreReason: String?
    let mustHaves: [String: Int]
    let requirements: [RequirementJSON]
    let skills: [SkillJSON]
    let findings: [FindingJSON]
    let extraction: Extraction
    /// Present only for a check against a job posting.
    var job: JobMatchJSON? = nil
    /// Present only when a portfolio was given.
    var portfolio: PortfolioJSON? = nil

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(file, forKey: .file)
        try container.encode(format, forKey: .format)
        try container.encode(candidate, forKey: .candidate)
        try container.encode(role, forKey: .role)
        try container.encode(score, forKey: .score)  // null when not scored, never missing
        try container.encode(scoreReason, forKey: .scoreReason)
        try container.encode(mustHaves, forKey: .mustHaves)
        try container.encode(requirements, forKey: .requirements)
        try container.encode(skills, forKey: .skills)
        try container.encode(findings, forKey: .findings)
        try container.encode(extraction, forKey: .extraction)
        try container.encodeIfPresent(job, forKey: .job)
        try container.encodeIfPresent(portfolio, forKey: .portfolio)
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, file, format, candidate, role, score, scoreReason, mustHaves,
            requirements, skills
        case findings, extraction, job, portfolio
    }
}
