import Foundation
import SkillgapCore

/// The lines of `skillgap batch --format jsonl` (and the objects of `--format json`): a file's assessment
/// (`AssessmentJSON`), or an object for a file that failed. Written here and read back here, for
/// `skillgap rank`, so the contract has one owner.
public enum RankingJSONLines {
    /// The object of a file that could not be analyzed.
    struct FailureJSON: Codable {
        let schemaVersion: Int
        let file: String
        let status: String
        /// The failure's short code ("damaged", "timed out").
        let reason: String
        /// The sentence for the user.
        let error: String
    }

    /// The subset of an assessment that a ranking row needs.
    private struct AssessmentSummary: Decodable {
        let file: String
        let candidate: String?
        let role: AssessmentJSON.Role?
        let score: Int?
        let scoreReason: String?
        let mustHaves: [String: Int]?
        let requirements: [AssessmentJSON.RequirementJSON]?
        let skills: [SkillPart]?
        let job: JobPart?
    }

    /// The part of a skill a ranking row needs: whether the role's skill is demonstrated.
    private struct SkillPart: Decodable {
        let status: EvidenceStrength
        let inRole: Bool
    }

    /// The part of a `job` object a ranking row needs.
    private struct JobPart: Decodable {
        struct Count: Decodable { let met, total: Int }
        struct Experience: Decodable { let found: Double }
        let title: String?
        let required, preferred: Count
        let experience: Experience
    }

    /// One compact line for a failed row.
    public static func failureObject(_ row: RankingRow) -> String {
        let object = FailureJSON(
            schemaVersion: JSONAssessmentReporter.schemaVersion, file: row.file, status: "failed",
            reason: row.failureCode ?? "other", error: row.reasonText ?? "")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A struct of strings and an integer always encodes.
        return String(decoding: try! encoder.encode(object), as: UTF8.self)
    }

    /// The ranking row a line stands for, with the role title it names (nil for a failure); nil when the line
    /// is neither an assessment nor a failure object.
    public static func row(from line: String, index: Int) -> (row: RankingRow, roleTitle: String?)?
    {
        let data = Data(line.utf8)
        let decoder = JSONDecoder()
        if let failure = try? decoder.decode(FailureJSON.self, from: data),
            failure.status == "failed"
        {
            return (
                RankingRow(
                    index: index, file: failure.file, writtenFailure: failure.error,
                    code: failure.reason), nil
            )
        }
        guard let summary = try? decoder.decode(AssessmentSummary.self, from: data) else {
            return nil
        }
        let unmet = (summary.requirements ?? []).filter { $0.status != .met }
            .sorted {
                GapOrder.precedes(
                    level: $0.level, weight: $0.weight, level: $1.level, weight: $1.weight)
            }
        let row = RankingRow(
            index: index, file: summary.file, candidate: summary.candidate, score: summary.score,
            mustHavesMet: summary.mustHaves?["met"] ?? 0,
            mustHavesTotal: summary.mustHaves?["total"] ?? 0,
            missingMustHaves: unmet.filter { $0.level == .must }.map(\.id),
            topGaps: unmet.prefix(3).map(\.id), topGapTitles: unmet.prefix(3).map(\.title),
            demonstrated: (summary.skills ?? []).filter { $0.inRole && $0.status == .demonstrated }
                .count,
            status: summary.score == nil ? .unscored : .scored,
            reason: summary.scoreReason.map { .written($0, failureCode: nil) },
            job: summary.job.map {
                JobSummary(
                    requiredMet: $0.required.met, requiredTotal: $0.required.total,
                    preferredMet: $0.preferred.met,
                    preferredTotal: $0.preferred.total, years: $0.experience.found)
            },
            requirements: (summary.requirements ?? []).map {
                RequirementCoverage(
                    id: $0.id, title: $0.title, status: $0.status, coverage: $0.coverage)
            })
        return (row, summary.job?.title ?? summary.role?.title)
    }
}
