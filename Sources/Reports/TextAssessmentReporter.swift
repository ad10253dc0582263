import SkillgapCore

/// `--format text`: a compact terminal summary (score, a coverage bar per requirement, top gaps), coloured when
/// asked (a terminal without NO_COLOR).
public struct TextAssessmentReporter: AssessmentReporter {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The colour of a score: green in the strong band, yellow in the good band, red below.
    private static func tint(_ score: Int) -> String {
        switch ScoreBand(score: score) {
        case .strong: "32"
        case .good: "33"
        case .partial, .low: "31"
        }
    }

    public func render(_ report: AssessmentReport) -> String {
        // Every piece of text here may come from a resume, a rule pack or a file name: none may carry an
        // escape sequence to the terminal.
        let text = UntrustedText.terminal
        var lines: [String] = []
        let who = report.candidate ?? report.file
        lines.append(paint("\(text(who)) · \(text(report.role.title))", "1"))
        if let score = report.score {
            lines.append(
                "score \(paint("\(score)/100", "1;\(Self.tint(score))")) · must-haves \(report.mustHaves.met)/\(report.mustHaves.total) · \(report.verdict.sentence)"
            )
        } else {
            lines.append(paint("not scored: \(report.unscoredReason?.sentence ?? "")", "1;31"))
        }
        if let job = report.job {
            let title = job.posting.title.map(text) ?? "the posting"
            lines.append(
                "\(title): required \(job.required.met)/\(job.required.total) · preferred \(job.preferred.met)/\(job.preferred.total)"
                    + (job.missingTerms.isEmpty
                        ? "" : " · missing: " + text(job.missingTerms.joined(separator: ", "))))
            for warning in job.posting.warnings {
                lines.append(paint("warning: \(text(warning.sentence))", "33"))
            }
        }
        if let portfolio = report.portfolio {
            let names = { (skills: [PortfolioReport.SkillName]?) in
                (skills ?? []).isEmpty
                    ? "none" : text((skills ?? []).map(\.name).joined(separator: ", "))
            }
            lines.append(
                "portfolio: \(portfolio.projects.count) project(s) · add to the resume: \(names(portfolio.notOnResume))"
            )
            lines.append(
                "claimed, not shown by experience or portfolio: \(names(portfolio.unbacked))")
        }
        // Every requirement with a bar of its coverage, must-haves first.
        let ordered =
            report.requirements.filter { $0.requirement.level == .must }
            + report.requirements.filter { $0.requirement.level != .must }
        for line in ordered {
            let (mark, colour) =
                switch line.status {
                case .met: ("✓", "32")
                case .partial: ("~", "33")
                case .missing: ("✗", "31")
                }
            let percent = String(Int((line.coverage * 100).rounded()))
            let padded = String(repeating: " ", count: max(0, 3 - percent.count)) + percent
            lines.append(
                "  \(paint(mark, colour)) \(paint(Self.bar(line.coverage), colour)) \(padded)%  "
                    + "\(text(line.requirement.title))\(line.requirement.level == .must ? " (must)" : "")"
            )
        }
        let gaps = report.gaps.prefix(3)
        if !gaps.isEmpty {
            lines.append("top gaps:")
            for gap in gaps {
                lines.append("  - \(text(gap.requirement.title)): \(text(gap.requirement.advice))")
            }
        }
        for finding in report.findings where finding.level == .error {
            lines.append(paint("error: \(text(finding.message))", "31"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bar of `width` cells for a coverage from 0 to 1, in Unicode blocks to an eighth of a cell
    /// ("██████▌░░░" for 0.65).
    static func bar(_ coverage: Double, width: Int = 10) -> String {
        let eighths = Int((min(max(coverage, 0), 1) * Double(width * 8)).rounded())
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var bar = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
        let used = eighths / 8 + (eighths % 8 > 0 ? 1 : 0)
        bar += String(repeating: "░", count: width - used)
        return bar
    }
}
