import Plot
import SkillgapCore

/// The batch ranking as one self-contained page: a summary, a histogram of scores (SVG) and the ranking table,
/// whose requirement columns are a heatmap of coverage (rows applicants, columns requirements); each file shown
/// below the input folder and linked to its report. A small inline script (`RankingTableScript`, the only one the
/// page's policy allows) sorts and filters the table; without it the page is still the complete table. Every text
/// goes through Plot's escaping.
public struct HTMLRankingReporter {
    /// How files are shown and linked: the same as the Markdown ranking's.
    public var markdown: MarkdownRankingReporter

    public init(markdown: MarkdownRankingReporter = MarkdownRankingReporter()) {
        self.markdown = markdown
    }

    /// Heat cells by coverage: h0 none, h1 under half, h2 partial, h3 met, h4 full; the header's buttons; sticky
    /// headers and vertical requirement ids, so that a table of thousands of rows stays readable.
    static let css = """
        .h0{background:#ffebe9}.h1{background:#fff1c2}.h2{background:#fde68a}.h3{background:#b7e4c7}
        .h4{background:#74c69d}td.h0,td.h1,td.h2,td.h3,td.h4{text-align:right;font-variant-numeric:tabular-nums}
        thead th{position:sticky;top:0;background:#fff;vertical-align:bottom}th.req{writing-mode:vertical-rl;
        transform:rotate(180deg);font-weight:400;font-size:.85em}th button{font:inherit;border:0;background:none;
        padding:0;cursor:pointer;text-align:inherit}th[aria-sort=ascending] button::after{content:" ▲"}
        th[aria-sort=descending] button::after{content:" ▼"}.controls input{margin-right:.5rem}
        #ranking td,#ranking th{white-space:nowrap}#ranking td:nth-last-child(-n+2){white-space:normal;
        min-width:20rem;font-size:.85em}.wide{max-width:none}.legend span{display:inline-block;padding:0 .4rem;margin-right:.25rem}
        """

    public func render(_ rows: [RankingRow], role: String) -> String {
        let ranked = RankingRow.ranked(rows)
        let scored = ranked.compactMap(\.score)
        let unscored = ranked.filter { $0.status == .unscored }.count
        let failed = ranked.filter { $0.status == .failed }.count
        let counts = "scored: \(scored.count) · not scored: \(unscored) · failed: \(failed)"
        let requirements = Self.columns(ranked)
        let title = "\(role): ranking of \(rows.count) file\(rows.count == 1 ? "" : "s")"
        let body: Node<HTML.DocumentContext> = .body(
            .class("wide"),
            .h1(.text(title)),
            .p(.text(counts)),
            .raw(Self.histogram(scored)),
            .p(
                .text(
                    "Ties: equal scores are ordered by must-haves met, then by the role's skills demonstrated"
                        + " in work; rows equal on all three share a rank.")),
            legend(requirements),
            table(ranked, requirements: requirements),
            .raw("<script>" + RankingTableScript.source + "</script>")
        )
        let head = HTMLAssessmentReporter.head(
            title, extraCSS: Self.css, scriptHash: RankingTableScript.sha256)
        return HTML(head, body).render() + "\n"
    }

    private func table(
        _ ranked: [RankingRow], requirements: [RequirementCoverage]
    )
        -> Node<HTML.BodyContext>
    {
        let ranks = RankingRow.ranks(ranked)
        let named = ranked.contains { $0.candidate != nil }
        let requirementHeads: [Node<HTML.TableRowContext>] = requirements.map { requirement in
            .th(
                .class("req"), .attribute(named: "title", value: requirement.title),
                .data(named: "key", value: "req-" + requirement.id),
                .data(named: "num", value: "1"), .text(requirement.id))
        }
        let heads: Node<HTML.TableContext> = .tr(
            Self.header("Rank", key: "rank", numeric: true, firstDirection: "asc"),
            Self.header("File", key: "file", searched: true),
            .if(named, Self.header("Candidate", key: "candidate", searched: true)),
            Self.header("Score", key: "score", numeric: true),
            Self.header("Must-haves", key: "must", numeric: true),
            .group(requirementHeads),
            Self.header("Top gaps", key: "gaps"),
            Self.header("Status", key: "status", searched: true))
        let lines: [Node<HTML.TableContext>] = zip(ranked, ranks).map { row, rank in
            self.row(row, rank: rank, named: named, requirements: requirements)
        }
        return .table(.id("ranking"), .thead(heads), .tbody(.group(lines)))
    }

    private func row(
        _ row: RankingRow, rank: Int?, named: Bool, requirements: [RequirementCoverage]
    ) -> Node<HTML.TableContext> {
        let coverage = Dictionary(
            row.requirements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return .tr(
            .data(named: "status", value: row.status.rawValue),
            .td(.text(rank.map(String.init) ?? "–")),
            .td(fileCell(row)),
            .if(named, .td(.text(row.candidate ?? ""))),
            .td(.text(row.score.map(String.init) ?? "–")),
            .td(.text(row.status == .failed ? "–" : "\(row.mustHavesMet)/\(row.mustHavesTotal)")),
            .forEach(requirements) { requirement in
                guard let cell = coverage[requirement.id] else { return .td(.text("–")) }
                return .td(
                    .class(Self.heat(cell.coverage)),
                    .text(String(Int((cell.coverage * 100).rounded()))))
            },
            .td(
                .text(
                    (row.topGapTitles.isEmpty ? row.topGaps : row.topGapTitles.map(Self.short))
                        .joined(separator: "; "))),
            .td(
                .text(
                    row.status == .scored
                        ? "scored" : "\(row.status.rawValue): \(row.reasonText ?? "")"
                ))
        )
    }

    private func legend(_ requirements: [RequirementCoverage]) -> Node<HTML.BodyContext> {
        .if(
            !requirements.isEmpty,
            .group(
                .p(
                    .class("legend"),
                    .text("Coverage of each requirement, in percent: "),
                    .span(.class("h0"), "none"), .span(.class("h1"), "under 50"),
                    .span(.class("h2"), "partial"), .span(.class("h3"), "met"),
                    .span(.class("h4"), "full")),
                .details(
                    .summary("Requirements"),
                    .ul(
                        .forEach(requirements) { requirement in
                            .li(.code(.text(requirement.id)), .text(": " + requirement.title))
                        }))))
    }

    private static func header(
        _ title: String, key: String, numeric: Bool = false, firstDirection: String? = nil,
        searched: Bool = false
    ) -> Node<HTML.TableRowContext> {
        .th(
            .data(named: "key", value: key),
            .if(numeric, .data(named: "num", value: "1")),
            .if(searched, .data(named: "search", value: "1")),
            .unwrap(firstDirection) { .data(named: "dir", value: $0) },
            .text(title))
    }

    /// The requirement columns: every requirement any row has, in the order rows list them (the role's order).
    static func columns(_ rows: [RankingRow]) -> [RequirementCoverage] {
        var seen = Set<String>()
        var columns: [RequirementCoverage] = []
        for row in rows {
            for requirement in row.requirements where seen.insert(requirement.id).inserted {
                columns.append(requirement)
            }
        }
        return columns
    }

    /// A requirement's title without its bracketed examples ("Data tools (SQL, data visualization)" is "Data
    /// tools"): the legend has the whole title, and a row of 10,000 stays short.
    static func short(_ title: String) -> String {
        guard let open = title.range(of: " ("), open.lowerBound > title.startIndex else {
            return title
        }
        return String(title[..<open.lowerBound])
    }

    /// The heat class of a coverage: none, under half, partial, met (`ScoreFormula.metThreshold`), full.
    static func heat(_ coverage: Double) -> String {
        switch coverage {
        case ..<0.005: "h0"
        case ..<0.5: "h1"
        case ..<ScoreFormula.metThreshold: "h2"
        case ..<0.995: "h3"
        default: "h4"
        }
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
