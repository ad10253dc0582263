import Foundation
import SkillgapCore

/// `check RESUME --job FOLDER`: the postings of a folder ranked for one resume, best match first, with what is
/// missing for each.
public struct JobRankingReporter: Sendable {
    /// One posting's match: its file and the assessment of the resume against it.
    public struct Entry: Sendable {
        public var file: String
        public var report: AssessmentReport

        public init(file: String, report: AssessmentReport) {
            self.file = file
            self.report = report
        }
    }

    public enum Format: Sendable {
        case markdown, text, json
    }

    public var format: Format

    public init(format: Format) {
        self.format = format
    }

    /// Best match first; postings that cannot be scored last; ties by file name.
    public static func ranked(_ entries: [Entry]) -> [Entry] {
        entries.sorted { ($0.report.score ?? -1, $1.file) > ($1.report.score ?? -1, $0.file) }
    }

    public func render(_ entries: [Entry], resume: String) -> String {
        let ranked = Self.ranked(entries)
        switch format {
        case .json:
            return json(ranked, resume: resume)
        case .text:
            let text = UntrustedText.terminal
            var lines = [
                "\(text(resume)): \(ranked.count) posting\(ranked.count == 1 ? "" : "s"), best match first"
            ]
            for (index, entry) in ranked.enumerated() {
                guard let job = entry.report.job else { continue }
                let score = entry.report.score.map { "\($0)/100" } ?? "not scored"
                lines.append(
                    "\(index + 1). \(text(entry.file)) · \(text(job.posting.title ?? "untitled")) · \(score) · required \(job.required.met)/\(job.required.total) · preferred \(job.preferred.met)/\(job.preferred.total)"
                )
                if !job.missingTerms.isEmpty {
                    lines.append("   missing: " + text(job.missingTerms.joined(separator: ", ")))
                }
            }
            return lines.joined(separator: "\n") + "\n"
        case .markdown:
            let md = UntrustedText.markdown
            var lines = [
                "# Postings for \(md(resume)), best match first", "",
                "| Rank | Posting | Title | Score | Required met | Preferred met | Missing terms |",
                "|---|---|---|---|---|---|---|",
            ]
            for (index, entry) in ranked.enumerated() {
                guard let job = entry.report.job else { continue }
                let score = entry.report.score.map(String.init) ?? "–"
                lines.append(
                    "| \(index + 1) | \(md(entry.file)) | \(md(job.posting.title ?? "")) | \(score) | \(job.required.met)/\(job.required.total) | \(job.preferred.met)/\(job.preferred.total) | \(md(job.missingTerms.joined(separator: ", "))) |"
                )
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    private func json(_ ranked: [Entry], resume: String) -> String {
        struct Output: Encodable {
            let schemaVersion: Int
            let resume: String
            let postings: [JobMatchJSON]
        }
        let output = Output(
            schemaVersion: JSONAssessmentReporter.schemaVersion, resume: resume,
            postings: ranked.compactMap { entry in
                entry.report.job.map {
                    JobMatchJSON($0, score: entry.report.score, names: entry.report.skillNames)
                }
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain value types always encode; an empty report would hide a programming error, so trap.
        return String(decoding: try! encoder.encode(output), as: UTF8.self) + "\n"
    }
}
