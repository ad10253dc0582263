import SkillgapCore

/// `skillgap portfolio` for a terminal: per project, languages, skills by strength with their first evidence.
public struct PortfolioTextReporter: Sendable {
    public init() {}

    public func render(_ report: PortfolioReport) -> String {
        var lines: [String] = []
        for (project, authorship) in zip(report.projects, report.authorships) {
            lines.append(
                UntrustedText.terminal(project.path)
                    + (project.remote.map { " (\(UntrustedText.terminal($0)))" } ?? ""))
            let languages = project.languages.map { "\($0.name) \($0.lines)" }.joined(
                separator: ", ")
            lines.append(
                "languages: \(languages.isEmpty ? "none found" : languages) (non-blank lines of code)"
            )
            lines.append("files: \(project.filesRead) read, \(project.filesSkipped) left out")
            if let authorship {
                lines.append("history: " + UntrustedText.terminal(authorship.summary))
                for flag in authorship.flags { lines.append("flag: \(flag)") }
            } else {
                lines.append("history: none (not a git clone)")
            }
            for strength in CodeSkillStrength.allCases.reversed() {
                let skills = project.skills.filter { $0.strength == strength }
                guard !skills.isEmpty else { continue }
                lines.append("")
                lines.append("[\(strength.rawValue)]")
                for skill in skills {
                    let first =
                        skill.evidence.first.map {
                            "  \($0.location.short): \(UntrustedText.terminal($0.text))"
                        } ?? ""
                    lines.append("\(report.name(skill.skillID))\(first)")
                }
            }
            if !project.checks.isEmpty {
                lines.append("")
                for check in project.checks {
                    lines.append(
                        "\(check.ok ? "ok  " : "todo") \(check.id): \(UntrustedText.terminal(check.detail))"
                    )
                }
            }
            for warning in project.warnings {
                lines.append("warning: \(UntrustedText.terminal(warning))")
            }
            lines.append("")
        }
        if let missing = report.notOnResume {
            lines.append("shown by the portfolio, never named on the resume: " + list(missing))
        }
        if let unbacked = report.unbacked {
            lines.append(
                "claimed on the resume, shown neither by its experience nor by the portfolio: "
                    + list(unbacked))
        }
        if let links = report.unverifiedLinks, !links.isEmpty {
            lines.append(
                "not verified offline (no clone given): "
                    + UntrustedText.terminal(links.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func list(_ skills: [PortfolioReport.SkillName]) -> String {
        skills.isEmpty ? "none" : skills.map(\.name).joined(separator: ", ")
    }
}
