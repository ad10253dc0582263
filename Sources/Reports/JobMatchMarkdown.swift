import SkillgapCore

/// The "Match with the posting" section of the Markdown gap report (`check --job`).
struct JobMatchMarkdown {
    let job: JobMatch
    let names: [String: String]

    private typealias Text = UntrustedText

    func render(into lines: inout [String]) {
        let posting = job.posting
        lines += ["", "## Match with the posting", ""]
        let company = posting.company.map { " at " + Text.markdown($0) } ?? ""
        lines.append(
            "Posting: `\(Text.markdownCode(job.file))` · **\(Text.markdown(posting.title ?? "Untitled posting"))**\(company) · seniority: \(posting.seniority.rawValue)"
        )
        lines.append("")
        for warning in posting.warnings {
            lines.append("> ⚠️ \(Text.markdown(warning.sentence))")
            lines.append("")
        }
        lines.append(
            "- required met: \(job.required.met) of \(job.required.total) · preferred met: \(job.preferred.met) of \(job.preferred.total)"
        )
        if job.years.isEmpty {
            lines.append(
                "- experience: the posting states no years; the resume shows \(JobMatch.number(job.resumeYears)) years of work"
                    + (job.internshipYears > 0
                        ? " and \(JobMatch.number(job.internshipYears)) of internships" : ""))
        }
        for years in job.years {
            lines.append(
                "- experience, \(Text.markdown(job.yearsPhrase(years, names: names))) \(years.ok ? "✅" : "❌")"
            )
        }
        if let asked = job.educationAsked {
            let mark = job.educationOK == true ? "✅" : "❌"
            lines.append(
                "- education: \(Text.markdown(asked)) asked; the resume shows \(Text.markdown(job.educationFound)) \(mark)"
            )
        }
        lines += [
            "", "| Posting line | Kind | Weight | Status | Resume evidence |",
            "|---|---|---|---|---|",
        ]
        for line in job.lines {
            let requirement = line.requirement
            let evidence =
                line.evidence.isEmpty
                ? "not found"
                : line.evidence.prefix(3).map { skill, evidence in
                    "\(Text.markdown(names[skill] ?? skill)) (\(evidence.strength.rawValue), \(evidence.location.place)): \(Text.markdownQuote(evidence.text, limit: 60))"
                }.joined(separator: "<br>")
            lines.append(
                "| L\(requirement.line) \(Text.markdownQuote(requirement.text, limit: 90)) | \(requirement.part.kindName) | \(line.weight.map(JobMatch.number) ?? "–") | \(line.status.rawValue) | \(evidence) |"
            )
        }
        if !job.missingTerms.isEmpty {
            lines += [
                "",
                "The posting's terms the resume lacks (what an applicant tracking system would miss): "
                    + Text.markdown(job.missingTerms.joined(separator: ", ")) + ".",
            ]
        }
        if !posting.notes.isEmpty {
            lines += [
                "",
                "Not scored: "
                    + posting.notes.map {
                        "\($0.kind.rawValue) “\(Text.markdown($0.text))” (L\($0.line))"
                    }.joined(separator: "; "),
            ]
        }
    }

}
