import Plot
import SkillgapCore

/// The batch ranking as one self-contained page: a summary, a histogram of scores (SVG) and the ranking table,
/// each file shown below the input folder and linked to its report. No script and no request: the page is a
/// complete table as it is. Every text goes through Plot's escaping.
public struct HTMLRankingReporter {
    /// How files are shown and linked: the same as the Markdown ranking's.
    public var markdown: MarkdownRankingReporter

    public init(markdown: MarkdownRankingReporter = MarkdownRankingReporter()) {
        self.markdown = markdown
    }

    public func render(_ rows: [RankingRow], role: String) -> String {
        let ranked = RankingRow.ranked(rows)
        let ranks = RankingRow.ranks(ranked)
        let scored = ranked.compactMap(\.score)
        let title = "\(role): ranking of \(rows.count) file\(rows.count == 1 ? "" : "s")"
        let html = HTML(
            HTMLAssessmentReporter.head(title),
            .body(
                .h1(.text(title)),
                .p(
                    .text(
                        "scored: \(scored.count) · not scored: \(ranked.filter { $0.status == .unscored }.count)"
                            + " · failed: \(ranked.filter { $0.status == .failed }.count)")),
                .raw(Self.histogram(scored)),
                .p(
                    .text(
                        "Ties: equal scores are ordered by must-haves met, then by the role's skills demonstrated"
                            + " in work; rows equal on all three share a rank.")),
                .table(
                    .tr(
                        .th("Rank"), .th("File"), .th("Candidate"), .th("Score"), .th("Must-haves"),
                        .th("Top gaps"), .th("Status")),
                    .forEach(Array(zip(ranked, ranks))) { row, rank in
                        .tr(
                            .td(.text(rank.map(String.init) ?? "–")),
                            .td(fileCell(row)),
                            .td(.text(row.candidate ?? "")),
                            .td(.text(row.score.map(String.init) ?? "–")),
                            .td(
                                .text(
                                    row.status == .failed
                                        ? "–" : "\(row.mustHavesMet)/\(row.mustHavesTotal)")),
                            .td(
                                .text(
                                    (row.topGapTitles.isEmpty ? row.topGaps : row.topGapTitles)
                                        .joined(separator: "; "))),
                            .td(
                                .text(
                                    row.status == .scored
                                        ? "scored"
                                        : "\(row.status.rawValue): \(row.reasonText ?? "")"))
                        )
                    })
            )
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    private func fileCell(_ row: RankingRow) -> Node<HTML.BodyContext> {
        let shown = markdown.shown(row.file)
        guard let link = markdown.reportLinks[row.index] else { return .text(shown) }
        return .a(.href(MarkdownRankingReporter.linkTarget(link)), .text(shown))
    }

    /// Scores in ten bins of ten points (the last holds 100), as bars; only computed numbers are written.
    static func histogram(_ scores: [Int]) -> String {
        var counts = Array(repeating: 0, count: 10)
        for score in scores { counts[min(9, max(0, score) / 10)] += 1 }
        let tallest = max(1, counts.max() ?? 1)
        var svg =
            "<svg width=\"420\" height=\"140\" role=\"img\" aria-label=\"histogram of scores\">"
        for (bin, count) in counts.enumerated() {
            let height = Int((Double(count) / Double(tallest) * 100).rounded())
            let x = 10 + bin * 40
            svg +=
                "<rect x=\"\(x)\" y=\"\(118 - height)\" width=\"34\" height=\"\(height)\" fill=\"#2da44e\"/>"
            svg +=
                "<text x=\"\(x + 17)\" y=\"132\" font-size=\"10\" text-anchor=\"middle\">\(bin * 10)</text>"
            svg +=
                "<text x=\"\(x + 17)\" y=\"\(114 - height)\" font-size=\"10\" text-anchor=\"middle\">\(count)</text>"
        }
        return svg + "</svg>"
    }
}
