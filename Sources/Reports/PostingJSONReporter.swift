import Foundation
import SkillgapCore

/// `skillgap posting --format json`: what was read from a posting, as a versioned JSON contract.
public struct PostingJSONReporter: Sendable {
    public static let schemaVersion = 1

    public init() {}

    struct Output: Encodable {
        struct SkillJSON: Encodable {
            let id, name: String
        }
        struct RequirementJSON: Encodable {
            let kind, text: String
            let line, page: Int
            let skills: [SkillJSON]
            let mode: String
            let min: Int
            let years: Int?
            let yearsSkill: String?

            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(kind, forKey: .kind)
                try container.encode(text, forKey: .text)
                try container.encode(line, forKey: .line)
                try container.encode(page, forKey: .page)
                try container.encode(skills, forKey: .skills)
                try container.encode(mode, forKey: .mode)
                try container.encode(min, forKey: .min)
                try container.encode(years, forKey: .years)
                try container.encode(yearsSkill, forKey: .yearsSkill)
            }

            enum CodingKeys: String, CodingKey {
                case kind, text, line, page, skills, mode, min, years, yearsSkill
            }
        }
        struct Skills: Encodable { let required, preferred: [SkillJSON] }
        struct Experience: Encodable {
            let minYears: Int?
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(minYears, forKey: .minYears)
            }
            enum CodingKeys: String, CodingKey { case minYears }
        }
        struct Education: Encodable {
            let level: DegreeLevel?
            let fields: [String]
            let equivalentAccepted, currentlyPursuing: Bool
            let graduationWindow: String?
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(level, forKey: .level)
                try container.encode(fields, forKey: .fields)
                try container.encode(equivalentAccepted, forKey: .equivalentAccepted)
                try container.encode(currentlyPursuing, forKey: .currentlyPursuing)
                try container.encode(graduationWindow, forKey: .graduationWindow)
            }
            enum CodingKeys: String, CodingKey {
                case level, fields, equivalentAccepted, currentlyPursuing, graduationWindow
            }
        }
        struct Note: Encodable {
            let kind: PostingNote.Kind
            let text: String
            let line: Int
        }

        let schemaVersion: Int
        let file: String
        let format: DocumentFormat
        let title: String?
        let company: String?
        let seniority: Seniority
        let language: String
        let requirements: [RequirementJSON]
        let skills: Skills
        let experience: Experience
        let education: Education
        let notes: [Note]
        let unrecognized: [String]
        let warnings: [String]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(schemaVersion, forKey: .schemaVersion)
            try container.encode(file, forKey: .file)
            try container.encode(format, forKey: .format)
            try container.encode(title, forKey: .title)
            try container.encode(company, forKey: .company)
            try container.encode(seniority, forKey: .seniority)
            try container.encode(language, forKey: .language)
            try container.encode(requirements, forKey: .requirements)
            try container.encode(skills, forKey: .skills)
            try container.encode(experience, forKey: .experience)
            try container.encode(education, forKey: .education)
            try container.encode(notes, forKey: .notes)
            try container.encode(unrecognized, forKey: .unrecognized)
            try container.encode(warnings, forKey: .warnings)
        }

        enum CodingKeys: String, CodingKey {
            case schemaVersion, file, format, title, company, seniority, language, requirements,
                skills, experience
            case education, notes, unrecognized, warnings
        }
    }

    public func render(_ report: PostingReport) -> String {
        let posting = report.posting
        func skills(_ names: [PostingReport.SkillName]) -> [Output.SkillJSON] {
            names.map { .init(id: $0.id, name: $0.name) }
        }
        let output = Output(
            schemaVersion: Self.schemaVersion, file: report.file, format: posting.document.format,
            title: posting.title,
            company: posting.company, seniority: posting.seniority, language: posting.language,
            requirements: report.requirements.map { requirement, names in
                .init(
                    kind: requirement.part.kindName, text: requirement.text, line: requirement.line,
                    page: requirement.page,
                    skills: skills(names), mode: requirement.mode.rawValue,
                    min: requirement.minimum,
                    years: requirement.years, yearsSkill: requirement.yearsSkill)
            },
            skills: .init(
                required: skills(report.requiredSkills), preferred: skills(report.preferredSkills)),
            experience: .init(minYears: posting.minimumYears),
            education: .init(
                level: posting.education.level, fields: posting.education.fields,
                equivalentAccepted: posting.education.equivalentAccepted,
                currentlyPursuing: posting.education.currentlyPursuing,
                graduationWindow: posting.education.graduationWindow),
            notes: posting.notes.map { .init(kind: $0.kind, text: $0.text, line: $0.line) },
            unrecognized: posting.unrecognized, warnings: report.warnings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain value types always encode; an empty report would hide a programming error, so trap.
        let data = try! encoder.encode(output)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
