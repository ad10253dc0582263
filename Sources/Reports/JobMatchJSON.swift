import SkillgapCore

/// The `job` object of a gap report scored against a posting (`check --job`, `schemaVersion` 1).
struct JobMatchJSON: Encodable {
    struct Count: Encodable { let met, total: Int }
    struct SkillJSON: Encodable { let id, name: String }
    struct LineJSON: Encodable {
        let text, kind: String
        let line: Int
        let status: EvidenceStrength
        /// null when an earlier line of the posting asked the same skills.
        let weight: Double?
        let skills: [SkillJSON]
        let evidence: [AssessmentJSON.EvidenceJSON]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(kind, forKey: .kind)
            try container.encode(line, forKey: .line)
            try container.encode(status, forKey: .status)
            try container.encode(weight, forKey: .weight)
            try container.encode(skills, forKey: .skills)
            try container.encode(evidence, forKey: .evidence)
        }

        enum CodingKeys: String, CodingKey {
            case text, kind, line, status, weight, skills, evidence
        }
    }
    struct YearsJSON: Encodable {
        let skill: String?
        let required: Int
        let found: Double
        let ok: Bool
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(skill, forKey: .skill)
            try container.encode(required, forKey: .required)
            try container.encode(found, forKey: .found)
            try container.encode(ok, forKey: .ok)
        }
        enum CodingKeys: String, CodingKey { case skill, required, found, ok }
    }
    struct Experience: Encodable {
        let required: Int?
        let found: Double
        let internships: Double
        let perSkill: [YearsJSON]
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(required, forKey: .required)
            try container.encode(found, forKey: .found)
            try container.encode(internships, forKey: .internships)
            try container.encode(perSkill, forKey: .perSkill)
        }
        enum CodingKeys: String, CodingKey { case required, found, internships, perSkill }
    }
    struct Degree: Encodable {
        let level: DegreeLevel?
        let fields: [String]
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(level, forKey: .level)
            try container.encode(fields, forKey: .fields)
        }
        enum CodingKeys: String, CodingKey { case level, fields }
    }
    struct Education: Encodable {
        let required: Degree
        let equivalentAccepted: Bool
        let found: Degree
        let ok: Bool?
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(required, forKey: .required)
            try container.encode(equivalentAccepted, forKey: .equivalentAccepted)
            try container.encode(found, forKey: .found)
            try container.encode(ok, forKey: .ok)
        }
        enum CodingKeys: String, CodingKey { case required, equivalentAccepted, found, ok }
    }

    let file: String
    let title: String?
    let matchScore: Int?
    let required, preferred: Count
    let requirements: [LineJSON]
    let experience: Experience
    let education: Education
    let missingTerms: [String]
    let warnings: [String]

    init(_ job: JobMatch, score: Int?, names: [String: String]) {
        file = job.file
        title = job.posting.title
        matchScore = score
        required = Count(met: job.required.met, total: job.required.total)
        preferred = Count(met: job.preferred.met, total: job.preferred.total)
        requirements = job.lines.map { line in
            LineJSON(
                text: line.requirement.text, kind: line.requirement.part.kindName,
                line: line.requirement.line,
                status: line.status, weight: line.weight,
                skills: line.requirement.skills.map { SkillJSON(id: $0, name: names[$0] ?? $0) },
                evidence: line.evidence.map { AssessmentJSON.EvidenceJSON($1, skill: $0) })
        }
        experience = Experience(
            required: job.years.first { $0.skill == nil }?.required, found: job.resumeYears,
            internships: job.internshipYears,
            perSkill: job.years.filter { $0.skill != nil }.map {
                YearsJSON(skill: $0.skill, required: $0.required, found: $0.found, ok: $0.ok)
            })
        education = Education(
            required: Degree(level: job.education.level, fields: job.education.fields),
            equivalentAccepted: job.education.equivalentAccepted,
            found: Degree(level: job.resumeDegree, fields: job.resumeFields), ok: job.educationOK)
        missingTerms = job.missingTerms
        warnings = job.posting.warnings.map(\.sentence)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(title, forKey: .title)
        try container.encode(matchScore, forKey: .matchScore)
        try container.encode(required, forKey: .required)
        try container.encode(preferred, forKey: .preferred)
        try container.encode(requirements, forKey: .requirements)
        try container.encode(experience, forKey: .experience)
        try container.encode(education, forKey: .education)
        try container.encode(missingTerms, forKey: .missingTerms)
        try container.encode(warnings, forKey: .warnings)
    }

    enum CodingKeys: String, CodingKey {
        case file, title, matchScore, required, preferred, requirements, experience, education,
            missingTerms, warnings
    }
}
