import SkillgapCore

/// The gap report: score and verdict, requirements with evidence, gaps with advice, skills only claimed,
/// resume checks, and what was read. Resume text is escaped so it cannot inject Markdown or HTML.
public struct MarkdownAssessmentReporter: AssessmentReporter {
    public init() {}

    private typealias Text = UntrustedText

    public func render(_ report: AssessmentReport) -> String {
        var lines: [String] = []
        header(report, into: &lines)
        if let job = report.job {
            JobMatchMarkdown(job: job, names: report.skillNames).render(into: &lines)
        }
        requirementsTable(report, into: &lines)
        gaps(report, into: &lines)
        claimed(report, into: &lines)
        otherSkills(report, into: &lines)
        if let portfolio = report.portfolio {
            lines.append("## Portfolio")
            lines.append("")
            lines.append(PortfolioMarkdownReporter().section(portfolio, level: 3))
        }
        checks(report, into: &lines)
        read(report, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ report: AssessmentReport, into lines: inout [String]) {
        let who = report.candidate.map { Text.markdown($0) + ": " } ?? ""
        lines.append("# \(who)\(Text.markdown(report.role.title)) gap report")
        lines.append("")
        let musts = report.mustHaves
        if let score = report.score {
            lines.append(
                "**Score: \(score)/100** · must-haves met: \(musts.met) of \(musts.total) · \(report.verdict.sentence)"
            )
            if !report.scoreReasons.isEmpty {
                lines.append("")
                lines.append(
                    "Why: " + Text.markdown(report.scoreReasons.joined(separator: "; ")) + ".")
            }
        } else {
            lines.append(
                "**Not scored.** \(Text.markdown(report.unscoredReason?.sentence ?? "")) · must-haves met: \(musts.met) of \(musts.total)"
            )
        }
        lines.append("")
        lines.append(
            report.job == nil
                ? "File: `\(Text.markdownCode(report.file))` · role `\(Text.markdownCode(report.role.id))` version \(Text.markdown(report.role.version))"
                : "File: `\(Text.markdownCode(report.file))` · scored against the job posting below"
        )
    }

    private func requirementsTable(_ report: AssessmentReport, into lines: inout [String]) {
        lines += [
            "", "## Requirements", "", "| Requirement | Level | Status | Evidence |",
            "|---|---|---|---|",
        ]
        for line in report.requirements {
            let status = "\(Self.icon(line.status)) \(line.status.rawValue)"
            let degree = line.degreeField.map {
                "a degree in \(Text.markdown($0)) (coursework level)"
            }
            let evidence =
                line.shown.isEmpty
                ? (degree ?? "not found")
                : ([degree].compactMap { $0 }
                    + line.shown.prefix(3).map { skill in
                        let name = Text.markdown(skill.name)
                        guard let best = skill.best else { return name }
                        return
                            "\(name) (\(best.noteParts.map(Text.markdown).joined(separator: ", "))): \(Text.markdownQuote(best.text, limit: 70))"
                    }).joined(separator: "<br>")
            lines.append(
                "| \(Text.markdown(line.requirement.title)) | \(line.requirement.level.rawValue) | \(status) | \(evidence) |"
            )
        }
    }

    private func gaps(_ report: AssessmentReport, into lines: inout [String]) {
        lines += ["", "## Gaps, most important first", ""]
        guard !report.gaps.isEmpty else {
            lines.append("None: every requirement is met.")
            return
        }
        for (index, gap) in report.gaps.enumerated() {
            let requirement = gap.requirement
            let state = gap.status == .missing ? "missing" : "partial: " + partialReason(gap)
            lines.append(
                "\(index + 1). **\(Text.markdown(requirement.title))** (\(requirement.level.rawValue), weight \(number(requirement.weight)), \(state))"
            )
            if !requirement.why.isEmpty {
                lines.append("   - Why it matters: \(Text.markdown(requirement.why))")
            }
            lines.append("   - What to do: \(Text.markdown(requirement.advice))")
        }
    }

    private func partialReason(_ gap: AssessmentReport.RequirementLine) -> String {
        let shown = gap.shown.map { "\($0.name) \($0.strength.rawValue)" }
        let needed = gap.requirement.needed
        let count =
            gap.shown.count < needed
            ? "\(gap.shown.count) of \(needed) needed shown" : "not shown in use"
        return Text.markdown(shown.joined(separator: ", ") + "; " + count)
    }

    private func claimed(_ report: AssessmentReport, into lines: inout [String]) {
        lines += ["", "## Claimed but not demonstrated", ""]
        guard !report.claimed.isEmpty else {
            lines.append(
                "None: every skill the resume lists is also shown in experience, projects or education."
            )
            return
        }
        lines.append(
            "These appear only in a skills list or summary. Show each one in a project or job bullet."
        )
        lines.append("")
        for skill in report.claimed {
            let role = skill.inRole ? " (the role asks for it)" : ""
            let first = skill.evidence.first.map { ": " + $0.location.place } ?? ""
            lines.append("- **\(Text.markdown(skill.name))**\(role)\(first)")
        }
    }

    private func otherSkills(_ report: AssessmentReport, into lines: inout [String]) {
        guard !report.otherSkills.isEmpty else { return }
        lines += ["", "## Other skills found", ""]
        lines.append(
            report.otherSkills.map { "\(Text.markdown($0.name)) (\($0.status.rawValue))" }.joined(
                separator: ", "))
    }

    private func checks(_ report: AssessmentReport, into lines: inout [String]) {
        lines += ["", "## Resume checks", ""]
        guard !report.findings.isEmpty else {
            lines.append("All checks pass.")
            return
        }
        for finding in report.findingsBySeverity {
            let detail = finding.detail.map { " (\(Text.markdown($0.sentence)))" } ?? ""
            lines.append(
                "- \(Self.icon(finding.level)) **\(finding.level.rawValue)** `\(Text.markdownCode(finding.rule))`: \(Text.markdown(finding.message))\(detail)"
            )
        }
    }

    private func read(_ report: AssessmentReport, into lines: inout [String]) {
        let read = report.read
        lines += ["", "## What was read", ""]
        var facts = [
            "format: \(read.format.rawValue)", "pages: \(read.pages)", "words: \(read.words)",
        ]
        if let layout = read.layout { facts.append("layout: \(layout.phrase)") }
        lines.append("- " + facts.joined(separator: " · "))
        lines.append("- sections: " + read.sections.map(\.rawValue).joined(separator: ", "))
        let links = read.links.map { "\($0.kind.rawValue) \(Text.markdown($0.url))" }
        lines.append("- links: " + (links.isEmpty ? "none" : links.joined(separator: ", ")))
        for warning in read.warnings {
            lines.append("- warning: \(Text.markdown(warning.sentence))")
        }
        let credits = report.credits.map {
            "\(number($0.credit, decimals: true)) \($0.strength.rawValue)"
        }
        lines += [
            "",
            "Score = 100 × share^\(number(ScoreFormula.curve, decimals: true)), share = Σ(weight × coverage) / Σ weight"
                + " (soft skills at \(number(ScoreFormula.softSkillWeight, decimals: true)) of their weight), capped as the"
                + " Why line says; a skill earns \(credits.joined(separator: ", ")), an implied skill"
                + " \(number(ScoreFormula.impliedCredit, decimals: true)) of that. "
                + (report.job == nil
                    ? "`skillgap rules show \(Text.markdownCode(report.role.id))` lists the weights."
                    : "Each posting line that names skills is a requirement: required lines weigh \(number(PostingRole.baseWeight(.required))), responsibilities \(number(PostingRole.baseWeight(.responsibilities))), preferred lines \(number(PostingRole.baseWeight(.preferred))), earlier lines of a part and skills the posting repeats more."),
        ]
    }

    /// A weight as written ("15", "2.5"); with `decimals`, a credit as written ("1.0", "0.75").
    private func number(_ value: Double, decimals: Bool = false) -> String {
        !decimals && value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func icon(_ status: RequirementStatus) -> String {
        switch status {
        case .met: "✅"
        case .partial: "🟡"
        case .missing: "❌"
        }
    }

    static func icon(_ level: CheckLevel) -> String {
        switch level {
        case .error: "❌"
        case .warning: "⚠️"
        case .suggestion: "💡"
        }
    }
}
