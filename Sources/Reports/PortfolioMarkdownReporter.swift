import SkillgapCore

/// `skillgap portfolio --format markdown`, and the portfolio section of a Markdown gap report.
public struct PortfolioMarkdownReporter: Sendable {
    public init() {}

    /// The whole report, under a first-level heading.
    public func render(_ report: PortfolioReport) -> String {
        "# Portfolio\n\n" + section(report, level: 2)
    }

    /// The projects and the cross-check, with headings at `level`.
    public func section(_ report: PortfolioReport, level: Int) -> String {
        let heading = String(repeating: "#", count: level)
        var lines: [String] = []
        for (project, authorship) in zip(report.projects, report.authorships) {
            lines.append("\(heading) \(UntrustedText.markdown(project.path))")
            lines.append("")
            if let remote = project.remote {
                lines.append("Remote: \(UntrustedText.markdownCode(remote))")
                lines.append("")
            }
            let languages = project.languages.map {
                "\(UntrustedText.markdown($0.name)) \($0.lines)"
            }
            lines.append(
                "Languages (non-blank lines of code): \(languages.isEmpty ? "none found" : languages.joined(separator: ", ")). "
                    + "Files: \(project.filesRead) read, \(project.filesSkipped) left out.")
            lines.append("")
            if let authorship {
                lines.append("History: \(UntrustedText.markdown(authorship.summary)).")
                for flag in authorship.flags { lines.append("- Flag: \(flag)") }
            } else {
                lines.append("History: none (not a git clone).")
            }
            lines.append("")
            if !project.skills.isEmpty {
                lines.append("| Skill | Strength | Evidence |")
                lines.append("|---|---|---|")
                for skill in project.skills {
                    let evidence = skill.evidence.prefix(2).map {
                        "\(UntrustedText.markdown($0.location.short)): \(UntrustedText.markdownCode($0.text))"
                    }.joined(separator: "<br>")
                    lines.append(
                        "| \(UntrustedText.markdown(report.name(skill.skillID))) | \(skill.strength.rawValue) | \(evidence) |"
                    )
                }
                lines.append("")
            }
            let todo = project.checks.filter { !$0.ok }
            let done = project.checks.filter(\.ok)
            if !project.checks.isEmpty {
                lines.append("Checklist: \(done.count) of \(project.checks.count) done.")
                lines.append("")
                for check in todo {
                    lines.append("- [ ] \(check.id): \(UntrustedText.markdown(check.detail))")
                }
                for check in done {
                    lines.append("- [x] \(check.id): \(UntrustedText.markdown(check.detail))")
                }
                lines.append("")
            }
            for warning in project.warnings {
                lines.append("- Warning: \(UntrustedText.markdown(warning))")
            }
            if !project.warnings.isEmpty { lines.append("") }
        }
        if let missing = report.notOnResume {
            lines.append(
                "**Add to your resume** (your projects use them): \(list(missing))")
            lines.append("")
        }
        if let unbacked = report.unbacked {
            lines.append(
                "**Claimed but not shown** by the resume's experience or the portfolio: \(list(unbacked))"
            )
            lines.append("")
        }
        if let links = report.unverifiedLinks, !links.isEmpty {
            lines.append(
                "**Not verified offline** (no clone given for these links): "
                    + links.map { UntrustedText.markdownCode($0) }.joined(separator: ", "))
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func list(_ skills: [PortfolioReport.SkillName]) -> String {
        skills.isEmpty
            ? "none" : skills.map { UntrustedText.markdown($0.name) }.joined(separator: ", ")
    }
}
