import SkillgapCore

/// `skillgap posting --format markdown`: what was read from a posting, as a Markdown page to keep or diff.
public struct PostingMarkdownReporter: Sendable {
    public init() {}

    private typealias Text = UntrustedText

    public func render(_ report: PostingReport) -> String {
        let posting = report.posting
        var lines: [String] = []
        let company = posting.company.map { " at " + Text.markdown($0) } ?? ""
        lines.append("# \(Text.markdown(posting.title ?? "Untitled posting"))\(company)")
        lines.append("")
        lines.append(
            "File: `\(Text.markdownCode(report.file))` · seniority: \(posting.seniority.rawValue) · language: \(posting.language)"
        )
        for warning in report.warnings {
            lines += ["", "> ⚠️ **Warning:** \(Text.markdown(warning))"]
        }
        lines += ["", "## Summary", ""]
        lines.append("- required skills: " + names(report.requiredSkills))
        lines.append("- preferred skills: " + names(report.preferredSkills))
        lines.append(
            "- experience: " + (posting.minimumYears.map { "\($0)+ years" } ?? "not stated"))
        lines.append("- education: " + (report.educationPhrase.map(Text.markdown) ?? "not stated"))
        if let window = posting.education.graduationWindow {
            lines.append("- graduation: \(Text.markdown(window))")
        }
        lines += [
            "", "## Requirements", "", "| Line | Kind | Text | Skills | Years |",
            "|---|---|---|---|---|",
        ]
        for (requirement, skills) in report.requirements {
            let joiner = requirement.mode == .any ? " or " : ", "
            let named =
                skills.isEmpty ? "–" : Text.markdown(skills.map(\.name).joined(separator: joiner))
            let years = report.yearsPhrase(requirement).map(Text.markdown) ?? "–"
            lines.append(
                "| L\(requirement.line) | \(requirement.part.kindName) | \(Text.markdownQuote(requirement.text, limit: 120)) | \(named) | \(years) |"
            )
        }
        if !posting.notes.isEmpty {
            lines += ["", "## Not scored", ""]
            for note in posting.notes {
                lines.append("- \(note.kind.rawValue) (L\(note.line)): \(Text.markdown(note.text))")
            }
        }
        if !posting.unrecognized.isEmpty {
            lines += [
                "", "## Not understood", "",
                "These look technical but name no skill the rules know: "
                    + Text.markdown(posting.unrecognized.joined(separator: ", ")) + ".",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func names(_ skills: [PostingReport.SkillName]) -> String {
        skills.isEmpty ? "none" : Text.markdown(skills.map(\.name).joined(separator: ", "))
    }
}
