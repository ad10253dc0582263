import SkillgapCore

/// The batch ranking as Markdown: a summary (files, failures by reason, score distribution) and a table.
public struct MarkdownRankingReporter {
    public init() {}

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
            "",
            "| Rank | File | Candidate | Score | Must-haves | Top gaps | Status |"
                + (withJob ? " Required met | Years |" : ""),
            "|---|---|---|---|---|---|---|" + (withJob ? "---|---|" : ""),
        ]
        for (position, row) in ranked.enumerated() {
            let rank = row.status == .scored ? String(position + 1) : "–"
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
                "| \(rank) | \(UntrustedText.markdown(row.file)) | \(UntrustedText.markdown(row.candidate ?? "")) | \(score) | \(musts) | \(UntrustedText.markdown(row.topGaps.joined(separator: ", "))) | \(status) |"
                    + job)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
