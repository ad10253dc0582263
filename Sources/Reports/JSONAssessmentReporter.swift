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

    public func render(_ report: AssessmentReport) -> String {
        var output = AssessmentJSON(
            schemaVersion: Self.schemaVersion, file: report.file, format: report.read.format,
            candidate: report.candidate,
            role: .init(id: report.role.id, title: report.role.title, version: report.role.version),
            score: report.score, scoreReason: report.unscoredReason?.sentence,
            mustHaves: ["met": report.mustHaves.met, "total": report.mustHaves.total],
            requirements: report.requirements.map {
                .init(
                    id: $0.requirement.id, title: $0.requirement.title, level: $0.requirement.level,
                    weight: $0.requirement.weight, status: $0.status,
                    coverage: ($0.coverage * 1000).rounded() / 1000, degreeField: $0.degreeField)
            },
            skills: report.skills.map { skill in
                .init(
                    id: skill.id, name: skill.name, status: skill.status, inRole: skill.inRole,
                    evidence: skill.evidence.map { AssessmentJSON.EvidenceJSON($0) })
            },
            findings: report.findings.map {
                .init(
                    rule: $0.rule, level: $0.level, message: $0.message, detail: $0.detail?.sentence
                )
            },
            extraction: .init(
                pages: report.read.pages, words: report.read.words,
                warnings: report.read.warnings.map(\.sentence)))
        output.portfolio = report.portfolio.map(PortfolioJSON.init)
        output.job = report.job.map {
            JobMatchJSON($0, score: report.score, names: report.skillNames)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            compact
            ? [.sortedKeys, .withoutEscapingSlashes]
            : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain value types always encode; an empty report would hide a programming error, so trap.
        let data = try! encoder.encode(output)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
