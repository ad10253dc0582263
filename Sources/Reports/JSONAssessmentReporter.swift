import Foundation
import SkillgapCore

/// `--format json`: the assessment as a versioned, stable JSON contract (`schemaVersion` 1).
public struct JSONAssessmentReporter: AssessmentReporter, Sendable {
    public static let schemaVersion = 1

    /// One line per assessment (JSON Lines) instead of pretty-printed.
    public var compact: Bool

    public init(compact: Bool = false) {
        self.compact = compact
    }

    struct Output: Encodable {
        struct Role: Encodable { let id, title, version: String }
        struct RequirementOutput: Encodable {
            let id, title: String
            let level: RequirementLevel
            let weight: Double
            let status: RequirementStatus
            let coverage: Double
        }
        struct EvidenceOutput: Encodable {
            let section: Section
            let page, line: Int
            let text: String
        }
        struct SkillOutput: Encodable {
            let id, name: String
            let status: EvidenceStrength
            let inRole: Bool
            let evidence: [EvidenceOutput]
        }
        struct FindingOutput: Encodable {
            let rule: String
            let level: CheckLevel
            let message: String
            let detail: String?
        }
        struct Extraction: Encodable {
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
        let requirements: [RequirementOutput]
        let skills: [SkillOutput]
        let findings: [FindingOutput]
        let extraction: Extraction

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(schemaVersion, forKey: .schemaVersion)
            try container.encode(file, forKey: .file)
            try container.encode(format, forKey: .format)
            try container.encode(candidate, forKey: .candidate)
            try container.encode(role, forKey: .role)
            try container.encode(score, forKey: .score) // null when not scored, never missing
            try container.encode(scoreReason, forKey: .scoreReason)
            try container.encode(mustHaves, forKey: .mustHaves)
            try container.encode(requirements, forKey: .requirements)
            try container.encode(skills, forKey: .skills)
            try container.encode(findings, forKey: .findings)
            try container.encode(extraction, forKey: .extraction)
        }

        enum CodingKeys: String, CodingKey {
            case schemaVersion, file, format, candidate, role, score, scoreReason, mustHaves, requirements, skills
            case findings, extraction
        }
    }

    public func render(_ assessment: Assessment) -> String {
        let document = assessment.resume.document
        let output = Output(
            schemaVersion: Self.schemaVersion, file: assessment.file, format: document.format,
            candidate: assessment.resume.contact.name,
            role: .init(id: assessment.role.id, title: assessment.role.title, version: assessment.role.version),
            score: assessment.score, scoreReason: assessment.unscoredReason,
            mustHaves: ["met": assessment.mustHaves.met, "total": assessment.mustHaves.total],
            requirements: assessment.requirements.map {
                .init(id: $0.requirement.id, title: $0.requirement.title, level: $0.requirement.level,
                      weight: $0.requirement.weight, status: $0.status, coverage: ($0.coverage * 1000).rounded() / 1000)
            },
            skills: assessment.skills.map { skill in
                .init(id: skill.skill.id, name: skill.skill.name, status: skill.status, inRole: skill.inRole,
                      evidence: skill.evidence.map { .init(section: $0.section, page: $0.page, line: $0.line, text: $0.text) })
            },
            findings: assessment.findings.map { .init(rule: $0.rule, level: $0.level, message: $0.message, detail: $0.detail) },
            extraction: .init(pages: document.pages, words: document.wordCount, warnings: document.warnings))
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain value types always encode; an empty report would hide a programming error, so trap.
        let data = try! encoder.encode(output)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
