import SkillgapCore

/// The batch ranking as CSV for a spreadsheet. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`,
/// `@`, tab, carriage return at the start) get a leading apostrophe.
public struct CSVRankingReporter {
    public init() {}

    public func render(_ rows: [RankingRow]) -> String {
        // A batch against a job posting adds its figures at the end, so the usual columns keep their place.
        let withJob = rows.contains { $0.job != nil }
        var lines = [
            "rank,file,candidate,score,must_haves_met,missing_must_haves,top_gaps,status,error"
                + (withJob ? ",required_met,preferred_met,years" : "")
        ]
        let ranked = RankingRow.ranked(rows)
        for (row, rankNumber) in zip(ranked, RankingRow.ranks(ranked)) {
            let rank = rankNumber.map(String.init) ?? ""
            var cells = [
                rank, row.file, row.candidate ?? "", row.score.map(String.init) ?? "",
                row.status == .failed ? "" : "\(row.mustHavesMet)/\(row.mustHavesTotal)",
                row.missingMustHaves.joined(separator: "; "), row.topGaps.joined(separator: "; "),
                row.status.rawValue, row.reasonText ?? "",
            ]
            if withJob {
                cells +=
                    row.job.map {
                        [
                            "\($0.requiredMet)/\($0.requiredTotal)",
                            "\($0.preferredMet)/\($0.preferredTotal)", String($0.years),
                        ]
                    } ?? ["", "", ""]
            }
            lines.append(cells.map(UntrustedText.csvCell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
