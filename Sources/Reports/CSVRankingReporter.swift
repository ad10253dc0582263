import SkillgapCore

/// The batch ranking as CSV for a spreadsheet. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`,
/// `@`, tab, carriage return at the start) get a leading apostrophe.
public struct CSVRankingReporter {
    public init() {}

    public func render(_ rows: [RankingRow]) -> String {
        var lines = ["rank,file,candidate,score,must_haves_met,missing_must_haves,top_gaps,status,error"]
        for (position, row) in RankingRow.ranked(rows).enumerated() {
            let rank = row.status == .scored ? String(position + 1) : ""
            let cells = [rank, row.file, row.candidate ?? "", row.score.map(String.init) ?? "",
                         row.status == .failed ? "" : "\(row.mustHavesMet)/\(row.mustHavesTotal)",
                         row.missingMustHaves.joined(separator: "; "), row.topGaps.joined(separator: "; "),
                         row.status.rawValue, row.reason ?? ""]
            lines.append(cells.map(Self.cell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting, after defusing formulas.
    static func cell(_ raw: String) -> String {
        // Control characters (a file name's escape sequences) become "?"; line breaks stay, quoted.
        var value = ControlCharacters.replaced(in: raw, keeping: ["\n", "\r", "\t"])
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
