import Plot
import SkillgapCore

/// `--format html`: the gap report as one self-contained page: no request of any kind (inline CSS and SVG, no
/// script), a strict Content-Security-Policy, printable. Every piece of resume, posting or file text goes through
/// Plot's escaping; only numbers this code computes are written into the SVG.
public struct HTMLAssessmentReporter: AssessmentReporter {
    public init() {}

    /// Nothing may load or run: no scripts, no network, no frames, no forms; inline styles only.
    static let policy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    static let css = """
        body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
        h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
        .score{font-size:2.5rem;font-weight:700}.met{color:#1a7f37}.partial{color:#9a6700}.missing{color:#cf222e}
        table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:.35rem .5rem;
        border-bottom:1px solid #eee}svg{vertical-align:middle}.quote{color:#595959;font-size:.9em}
        @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
        """

    public func render(_ report: AssessmentReport) -> String {
        let who = report.candidate ?? report.file
        let title = "\(who): \(report.role.title) gap report"
        let html = HTML(
            Self.head(title),
            .body(
                .h1(.text(title)),
                .p(
                    .text(
                        "File: \(report.file) · role \(report.role.id) version \(report.role.version)"
                    )),
                summary(report),
                .h2("Requirements"),
                requirements(report),
                .h2("Gaps, most important first"),
                gaps(report),
                .h2("Resume checks"),
                checks(report),
                .h2("What was read"),
                .p(
                    .text(
                        "format: \(report.read.format.rawValue) · pages: \(report.read.pages) · words: \(report.read.words)"
                            + " · sections: \(report.read.sections.map(\.rawValue).joined(separator: ", "))"
                    ))
            )
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    /// The head every page of skillgap shares: UTF-8, the policy, the viewport, the title and the style sheet.
    /// `scriptHash` is the SHA-256 (base64) of the one inline script a page may run, if it has one: the policy
    /// then allows that script and nothing else.
    static func head(
        _ title: String, extraCSS: String = "", scriptHash: String? = nil
    )
        -> Node<HTML.DocumentContext>
    {
        let policy = scriptHash.map { Self.policy + "; script-src 'sha256-\($0)'" } ?? Self.policy
        return .head(
            .meta(.charset(.utf8)),
            .meta(
                Attribute(name: "http-equiv", value: "Content-Security-Policy"), .content(policy)),
            .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
            .title(title),
            .style(css + extraCSS)
        )
    }

    private func summary(_ report: AssessmentReport) -> Node<HTML.BodyContext> {
        guard let score = report.score else {
            return .p(
                .class("score missing"),
                .text("Not scored: \(report.unscoredReason?.sentence ?? "")"))
        }
        let reasons = report.scoreReasons
        return .group(
            .p(
                .span(.class("score \(Self.statusClass(score))"), .text("\(score)/100")),
                .text(" · must-haves met: \(report.mustHaves.met) of \(report.mustHaves.total) · "),
                .text(report.verdict.sentence)),
            .if(
                !reasons.isEmpty,
                .p(.text("Why: " + reasons.joined(separator: "; ") + ".")))
        )
    }

    private func requirements(_ report: AssessmentReport) -> Node<HTML.BodyContext> {
        .table(
            .tr(.th("Requirement"), .th("Level"), .th("Coverage"), .th("Evidence")),
            .forEach(report.requirements) { line in
                .tr(
                    .td(.text(line.requirement.title)),
                    .td(.text(line.requirement.level.rawValue)),
                    .td(
                        .raw(Self.bar(line.coverage, status: line.status)),
                        .text(" \(Int((line.coverage * 100).rounded()))% \(line.status.rawValue)")),
                    .td(
                        .if(
                            line.degreeField != nil,
                            .p(.text("a degree in \(line.degreeField ?? "") (coursework level)"))),
                        .if(line.shown.isEmpty && line.degreeField == nil, .text("not found")),
                        .forEach(line.shown.prefix(3)) { skill in
                            .p(
                                .strong(.text(skill.name)),
                                .text(
                                    skill.best.map {
                                        " (" + $0.noteParts.joined(separator: ", ") + ")"
                                    } ?? ""),
                                .br(),
                                .span(
                                    .class("quote"), .text(skill.best.map { "“\($0.text)”" } ?? ""))
                            )
                        })
                )
            })
    }

    private func gaps(_ report: AssessmentReport) -> Node<HTML.BodyContext> {
        guard !report.gaps.isEmpty else { return .p("No gaps: every requirement is met.") }
        return .ol(
            .forEach(report.gaps) { gap in
                .li(
                    .strong(.text(gap.requirement.title)),
                    .text(" (\(gap.requirement.level.rawValue), \(gap.status.rawValue)). "),
                    .text(gap.requirement.why + " "),
                    .em(.text(gap.requirement.advice)))
            })
    }

    private func checks(_ report: AssessmentReport) -> Node<HTML.BodyContext> {
        guard !report.findings.isEmpty else { return .p("All checks pass.") }
        return .ul(
            .forEach(report.findingsBySeverity) { finding in
                .li(
                    .strong(.text(finding.level.rawValue)), .text(": " + finding.message),
                    .text(finding.detail.map { " (\($0.sentence))" } ?? ""))
            })
    }

    /// A coverage bar in SVG; only numbers computed here are written into it.
    static func bar(_ coverage: Double, status: RequirementStatus) -> String {
        let width = Int((max(0, min(1, coverage)) * 100).rounded())
        let colour =
            switch status {
            case .met: "#2da44e"
            case .partial: "#d4a72c"
            case .missing: "#cf222e"
            }
        return "<svg width=\"100\" height=\"10\" role=\"img\" aria-label=\"\(width)%\">"
            + "<rect width=\"100\" height=\"10\" fill=\"#eee\"/><rect width=\"\(width)\" height=\"10\" fill=\"\(colour)\"/></svg>"
    }

    static func statusClass(_ score: Int) -> String {
        switch ScoreBand(score: score) {
        case .strong: "met"
        case .good, .partial: "partial"
        case .low: "missing"
        }
    }
}
