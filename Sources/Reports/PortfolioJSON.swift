import SkillgapCore

/// The JSON contract of a portfolio: `skillgap portfolio --format json` and a gap report's `portfolio` object.
struct PortfolioJSON: Encodable {
    struct Language: Encodable {
        let name: String
        let lines, files: Int
    }
    struct EvidenceJSON: Encodable {
        let path: String
        let line: Int
        let text: String
    }
    struct SkillJSON: Encodable {
        let id, name: String
        let strength: CodeSkillStrength
        let evidence: [EvidenceJSON]
    }
    struct NameJSON: Encodable { let id, name: String }
    struct CheckJSON: Encodable {
        let id: String
        let ok: Bool
        let detail: String
    }
    struct Project: Encodable {
        let path: String
        let remote: String?
        let languages: [Language]
        let skills: [SkillJSON]
        let checks: [CheckJSON]
        let filesRead, filesSkipped: Int
        let warnings: [String]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(remote, forKey: .remote)
            try container.encode(languages, forKey: .languages)
            try container.encode(skills, forKey: .skills)
            try container.encode(checks, forKey: .checks)
            try container.encode(filesRead, forKey: .filesRead)
            try container.encode(filesSkipped, forKey: .filesSkipped)
            try container.encode(warnings, forKey: .warnings)
        }
        enum CodingKeys: String, CodingKey {
            case path, remote, languages, skills, checks, filesRead, filesSkipped, warnings
        }
    }

    let projects: [Project]
    let notOnResume: [NameJSON]?
    let unbacked: [NameJSON]?
    let unverifiedLinks: [String]?

    init(_ report: PortfolioReport) {
        projects = report.projects.map { project in
            Project(
                path: project.path, remote: project.remote,
                languages: project.languages.map {
                    Language(name: $0.name, lines: $0.lines, files: $0.files)
                },
                skills: project.skills.map { skill in
                    SkillJSON(
                        id: skill.skillID, name: report.name(skill.skillID),
                        strength: skill.strength,
                        evidence: skill.evidence.map { evidence in
                            guard case .file(let path, let line) = evidence.location else {
                                return EvidenceJSON(path: "", line: 0, text: evidence.text)
                            }
                            return EvidenceJSON(path: path, line: line, text: evidence.text)
                        })
                },
                checks: project.checks.map { CheckJSON(id: $0.id, ok: $0.ok, detail: $0.detail) },
                filesRead: project.filesRead, filesSkipped: project.filesSkipped,
                warnings: project.warnings)
        }
        notOnResume = report.notOnResume?.map { NameJSON(id: $0.id, name: $0.name) }
        unbacked = report.unbacked?.map { NameJSON(id: $0.id, name: $0.name) }
        unverifiedLinks = report.unverifiedLinks
    }
}
