import SkillgapCore

/// The batch ranking as CSV for a spreadsheet. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`,
/// `@`, tab, carriage return at the start) get a leading apostrophe.
public struct CSVRankingReporter {
    public init() {}

    public func render(_ rows: [RankingRow]) -> String {
        var lines = [
            "rank,file,candidate,score,must_haves_met,missing_must_haves,top_gaps,status,error"
        ]
        for (position, row) in RankingRow.ranked(rows).enumerated() {
            let rank = row.status == .scored ? String(position + 1) : ""
            let cells = [
                rank, row.file, row.candidate ?? "", row.score.map(String.init) ?? "",
                row.status == .failed ? "" : "\(row.mustHavesMet)/\(row.mustHavesTotal)",
                row.missingMustHaves.joined(separator: "; "), row.topGaps.joined(separator: "; "),
                row.status.rawValue, row.reasonText ?? "",
            ]
            lines.append(cells.map(UntrustedText.csvCell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
