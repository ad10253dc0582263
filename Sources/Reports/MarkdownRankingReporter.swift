import Foundation
import SkillgapCore

/// The batch ranking as Markdown: a summary (files, failures by reason, score distribution), how ties are
/// broken, and a table whose files are shown relative to the input folder and linked to their reports.
public struct MarkdownRankingReporter {
    /// The folder the files were found in: paths are shown below it.
    public var base: String?
    /// Each row's report (by `RankingRow.index`), as a link target relative to the ranking.
    public var reportLinks: [Int: String]

    public init(base: String? = nil, reportLinks: [Int: String] = [:]) {
        self.base = base
        self.reportLinks = reportLinks
    }

    /// `file` below `base`, when it is there.
    func shown(_ file: String) -> String {
        guard let base, !base.isEmpty else { return file }
        let folder = base.hasSuffix("/") ? base : base + "/"
        return file.hasPrefix(folder) ? String(file.dropFirst(folder.count)) : file
    }

    public func render(_ rows: [RankingRow], role: String) -> String {
        let ranked = RankingRow.ranked(rows)
        let scored = ranked.compactMap(\.score)
        let failed = ranked.filter { $0.status == .failed }
        var lines = [
            "# \(UntrustedText.markdown(role)): ranking of \(rows.count) file\(rows.count == 1 ? "" : "s")",
            "",
        ]
        lines.append(
            "- scored: \(scored.count) · not scored: \(ranked.filter { $0.status == .unscored }.count) · failed: \(failed.count)"
        )
        if !failed.isEmpty {
            let kinds = Dictionary(grouping: failed, by: { $0.failureCode ?? "other" })
                .sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.count)" }
            lines.append("- failures by reason: " + kinds.joined(separator: ", "))
        }
        if !scored.isEmpty {
            let sorted = scored.sorted()
            let median = sorted[sorted.count / 2]
            let bands = ScoreBand.allCases.reversed().map { band in
                "\(band.range.lowerBound)–\(band.range.upperBound): \(scored.filter { ScoreBand(score: $0) == band }.count)"
            }
            lines.append(
                "- scores: min \(sorted.first!), median \(median), max \(sorted.last!) · "
                    + bands.joined(separator: " · "))
        }
        let withJob = rows.contains { $0.job != nil }
        lines += [
            "- ties: equal scores are ordered by must-haves met, then by the role's skills demonstrated in work;"
                + " rows equal on all three share a rank",
            "",
            "| Rank | File | Candidate | Score | Must-haves | Top gaps | Status |"
                + (withJob ? " Required met | Years |" : ""),
            "|---|---|---|---|---|---|---|" + (withJob ? "---|---|" : ""),
        ]
        for (row, rankNumber) in zip(ranked, RankingRow.ranks(ranked)) {
            let rank = rankNumber.map(String.init) ?? "–"
            let file = UntrustedText.markdown(shown(row.file))
            let fileCell =
                reportLinks[row.index].map { "[\(file)](\(Self.linkTarget($0)))" } ?? file
            let gaps = row.topGapTitles.isEmpty ? row.topGaps : row.topGapTitles
            let score = row.score.map(String.init) ?? "–"
            let musts = row.status == .failed ? "–" : "\(row.mustHavesMet)/\(row.mustHavesTotal)"
            let status =
                row.status == .scored
                ? "scored"
                : "\(row.status.rawValue): \(UntrustedText.markdown(row.reasonText ?? ""))"
            let job =
                !withJob
                ? ""
                : row.job.map { " \($0.requiredMet)/\($0.requiredTotal) | \($0.years) |" }
                    ?? " – | – |"
            lines.append(
                "| \(rank) | \(fileCell) | \(UntrustedText.markdown(row.candidate ?? "")) | \(score) | \(musts) | \(UntrustedText.markdown(gaps.joined(separator: "; "))) | \(status) |"
                    + job)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A path as a Markdown link target: spaces and brackets escaped so that the link stays one link.
    static func linkTarget(_ path: String) -> String {
        var result = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case " ": result += "%20"
            case "(": result += "%28"
            case ")": result += "%29"
            case "<", ">", "[", "]", "\"", "`": result += String(format: "%%%02X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
