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
    struct AuthorshipJSON: Encodable {
        let author: String?
        let commits, totalCommits, changedLines, totalChangedLines, activeWeeks, recentCommits: Int
        let firstCommit, lastCommit: String?
    }
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
        let authorship: AuthorshipJSON?
        let flags: [String]
        let filesRead, filesSkipped: Int
        let warnings: [String]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(remote, forKey: .remote)
            try container.encode(languages, forKey: .languages)
            try container.encode(skills, forKey: .skills)
            try container.encode(checks, forKey: .checks)
            try container.encode(authorship, forKey: .authorship)
            try container.encode(flags, forKey: .flags)
            try container.encode(filesRead, forKey: .filesRead)
            try container.encode(filesSkipped, forKey: .filesSkipped)
            try container.encode(warnings, forKey: .warnings)
        }
        enum CodingKeys: String, CodingKey {
            case path, remote, languages, skills, checks, authorship, flags, filesRead,
                filesSkipped, warnings
        }
    }

    let projects: [Project]
    let notOnResume: [NameJSON]?
    let unbacked: [NameJSON]?
    let unverifiedLinks: [String]?

    init(_ report: PortfolioReport) {
        projects = zip(report.projects, report.authorships).map { project, authorship in
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
                authorship: authorship.map {
                    AuthorshipJSON(
                        author: $0.author, commits: $0.commits, totalCommits: $0.totalCommits,
                        changedLines: $0.changedLines, totalChangedLines: $0.totalChangedLines,
                        activeWeeks: $0.activeWeeks, recentCommits: $0.recentCommits,
                        firstCommit: $0.first.map(Authorship.day),
                        lastCommit: $0.last.map(Authorship.day))
                },
                flags: (authorship?.bulkUpload == true ? ["bulk-upload"] : [])
                    + (authorship?.fork == true ? ["fork"] : []),
                filesRead: project.filesRead, filesSkipped: project.filesSkipped,
                warnings: project.warnings)
        }
        notOnResume = report.notOnResume?.map { NameJSON(id: $0.id, name: $0.name) }
        unbacked = report.unbacked?.map { NameJSON(id: $0.id, name: $0.name) }
        unverifiedLinks = report.unverifiedLinks
    }
}
